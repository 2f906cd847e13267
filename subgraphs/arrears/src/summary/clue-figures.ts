// Counts over the clues of each scope, for 线索办结率 and the clue clocks: a debtor's clues are those
// about it (respondent), a creditor's its own complaints, a region's those about any unit of its
// subtree. A region's are counted per respondent in one statement (as many rows as units with
// clues) and added up here by where the unit directory places each respondent: no list of the
// region's units travels, and the count does not grow with the ledger.
import {
  arrayLiteral,
  isUuid,
  unitDirectory,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { byKind, scopeKey, visibleClues, type SummaryScope } from './scope.js';

/** `columns`: name → an aggregate over clue rows aliased `c` (with `?` placeholders, whose values
 * are `params`, in the order the columns are given). */
export async function clueCounts<N extends string>(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
  columns: Record<N, string>,
  params: unknown[],
): Promise<Map<string, Record<N, number>>> {
  const visible = await visibleClues(ctx);
  const names = Object.keys(columns) as N[];
  const select = names.map((n) => `(${columns[n]})::int as "${n}"`).join(', ');
  type Row = Record<N, number> & { key: string };
  const result = new Map<string, Record<N, number>>();
  const zero = () => Object.fromEntries(names.map((n) => [n, 0])) as Record<N, number>;
  for (const [kind, group] of byKind(scopes)) {
    if (kind === 'project') continue;
    if (kind === 'region') {
      const rows = await ctx.em.execute<Row[]>(
        `select c.respondent_id::text as "key", ${select} from clue c
          where c.respondent_id is not null and ${visible.sql} group by 1`,
        [...params, ...visible.params],
      );
      const units = await unitDirectory().get(rows.map((r) => r.key));
      for (const scope of group) {
        const total = zero();
        for (const row of rows) {
          const path = units.get(row.key)?.regionPath;
          if (!path?.startsWith(scope.path!)) continue;
          for (const n of names) total[n] += Number(row[n]);
        }
        result.set(scopeKey(scope), total);
      }
      continue;
    }
    const party = kind === 'creditor' ? 'complainant_id' : 'respondent_id';
    const rows = await ctx.em.execute<Row[]>(
      `select c.${party}::text as "key", ${select} from clue c
        where c.${party} = any(?::uuid[]) and ${visible.sql} group by 1`,
      [...params, arrayLiteral(group.map((s) => s.key).filter(isUuid)), ...visible.params],
    );
    for (const row of rows)
      result.set(
        `${kind}:${row.key}`,
        Object.fromEntries(names.map((n) => [n, Number(row[n])])) as Record<N, number>,
      );
  }
  return result;
}
