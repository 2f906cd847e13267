// The contract the supervision subgraph answers (declared once in the kit's catalogue): the facts
// of supervision cases another bureau names (finance, a restriction ordered by a case), for the
// person the caller acts for — a case outside their reach is not returned.
import { CASE_FACTS, serveContract, type ContractHandler } from '@arrears-hub/subgraph-kit';
import { SupervisionCase } from './case.entity.js';

export function caseFactsContracts(): ContractHandler[] {
  return [
    serveContract(CASE_FACTS, async ({ ids }, ctx) => {
      if (!ids.length) return [];
      const cases = await ctx.em.find(SupervisionCase, { id: { $in: ids } });
      return cases.map((c) => ({ id: c.id, targetUnitId: c.targetUnitId, status: c.status }));
    }),
  ];
}
