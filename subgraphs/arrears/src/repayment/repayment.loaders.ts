// The loaders of a debt's repayment file: each field that reads them is one batched statement for
// a whole list of debts, and the jurisdiction filter applies (through the debt).
import { byKeys, defineLoader, groupByKeys } from '@arrears-hub/subgraph-kit';
import { Instalment } from './instalment.entity.js';
import { Payment } from './payment.entity.js';
import { RepaymentPlanStatus } from './repayment.enums.js';
import { RepaymentPlan } from './repayment-plan.entity.js';

export const paymentsOfArrear = defineLoader<string, Payment[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Payment,
      { arrear: { $in: [...ids] } },
      { orderBy: { paidOn: 'asc', recordedAt: 'asc' } },
    ),
    (p) => p.arrear.id,
  ),
);

export const plansOfArrear = defineLoader<string, RepaymentPlan[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(RepaymentPlan, { arrear: { $in: [...ids] } }, { orderBy: { revision: 'desc' } }),
    (p) => p.arrear.id,
  ),
);

export const activePlanOfArrear = defineLoader<string, RepaymentPlan | null>(async (ids, { em }) =>
  byKeys(
    ids,
    await em.find(RepaymentPlan, { arrear: { $in: [...ids] }, status: RepaymentPlanStatus.ACTIVE }),
    (p) => p.arrear.id,
  ),
);

export const instalmentsOfPlan = defineLoader<string, Instalment[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Instalment, { plan: { $in: [...ids] } }, { orderBy: { seq: 'asc' } }),
    (i) => i.plan.id,
  ),
);
