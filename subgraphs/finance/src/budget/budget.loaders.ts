// Batched reads of budget lines and what hangs under them: one statement per list, whatever its
// length. The jurisdiction filter scopes every one of them (the ownership declarations).
import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { BudgetAdjustment } from './budget-adjustment.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import { Disbursement } from './disbursement.entity.js';

export const budgetLineById = defineLoader<string, BudgetLine | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(BudgetLine, { id: { $in: ids.filter(isUuid) } }), (b) => b.id),
);

export const adjustmentsOfLine = defineLoader<string, BudgetAdjustment[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      BudgetAdjustment,
      { budgetLine: { $in: [...ids] } },
      { orderBy: { adjustedOn: 'asc' } },
    ),
    (a) => a.budgetLine.id,
  ),
);

export const disbursementsOfLine = defineLoader<string, Disbursement[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Disbursement, { budgetLine: { $in: [...ids] } }, { orderBy: { paidOn: 'asc' } }),
    (d) => d.budgetLine.id,
  ),
);

/** The disbursements towards each debt that the viewer may see (those from its budget lines). */
export const disbursementsOfArrear = defineLoader<string, Disbursement[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Disbursement,
      { arrearId: { $in: ids.filter(isUuid) } },
      { orderBy: { paidOn: 'asc' } },
    ),
    (d) => d.arrearId,
  ),
);
