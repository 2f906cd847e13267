// The internal contracts the arrears subgraph answers (declared once in the kit's catalogue): the
// facts of debts another bureau checks before acting on them (finance before paying, supervision
// before a finding), and the figures supervision publishes and scores units by. Each runs for the
// person the caller acts for: the jurisdiction filter and the SQL scopes apply their reach, so a
// debt or a unit outside it is simply not in the answer.
import {
  ARREAR_FACTS,
  ASSESSMENT_FIGURES,
  DISCLOSURE_FIGURES,
  serveContract,
  todayInChina,
  type ContractHandler,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { assessmentFigures, disclosureFigures } from '../summary/unit-figures.js';

export function ledgerContracts(): ContractHandler[] {
  return [
    serveContract(ARREAR_FACTS, async ({ ids }, ctx) => {
      if (!ids.length) return [];
      const debts = await ctx.em.find(Arrear, { id: { $in: ids } });
      return debts.map((a) => ({
        id: a.id,
        debtorId: a.debtorId,
        creditorId: a.creditorId,
        status: a.status,
        outstanding: a.outstanding,
      }));
    }),
    serveContract(DISCLOSURE_FIGURES, ({ units, year }, ctx) =>
      disclosureFigures(ctx, units, year),
    ),
    serveContract(ASSESSMENT_FIGURES, ({ units, year }, ctx) =>
      assessmentFigures(ctx, units, year, todayInChina()),
    ),
  ];
}
