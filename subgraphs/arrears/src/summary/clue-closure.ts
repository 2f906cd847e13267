// 线索办结率: clues about the scope's debtors (a creditor: its own complaints) closed, of those
// accepted — counted per scope by clue-figures.ts.
import { defineLoader } from '@arrears-hub/subgraph-kit';
import { ClueStatus } from '../clue/clue.enums.js';
import type { ClueClosure } from './arrears-summary.type.js';
import { clueCounts } from './clue-figures.js';
import { scopeKey, type SummaryScope } from './scope.js';

export const clueClosureOf = defineLoader<SummaryScope, ClueClosure>(
  async (scopes, ctx) => {
    const counts = await clueCounts(
      ctx,
      scopes,
      {
        accepted: `count(*) filter (where c.status not in ('${ClueStatus.RECEIVED}', '${ClueStatus.REJECTED}'))`,
        closed: `count(*) filter (where c.status = '${ClueStatus.CLOSED}')`,
      },
      [],
    );
    return scopes.map((s) => {
      const { accepted, closed } = counts.get(scopeKey(s)) ?? { accepted: 0, closed: 0 };
      return {
        accepted,
        closed,
        rate: accepted ? Math.round((closed / accepted) * 10000) / 10000 : null,
      };
    });
  },
  { cacheKey: scopeKey },
);
