// A unit's ledger frozen for its monthly submission: every line but the withdrawn ones, with its
// active plan and instalments, in three statements; and the outstanding the totals count.
import type { EntityManager } from '@mikro-orm/postgresql';
import { addMoney, money } from '@arrears-hub/subgraph-kit';
import { ArrearStatus, isCounted } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { Instalment } from '../repayment/instalment.entity.js';
import { RepaymentPlanStatus } from '../repayment/repayment.enums.js';
import { RepaymentPlan } from '../repayment/repayment-plan.entity.js';

/** The unit's ledger as it stands: lines (withdrawn ones left out) with their active plans. */
export async function freezeLedger(em: EntityManager, unitId: string) {
  const arrears = await em.find(
    Arrear,
    { debtorId: unitId, status: { $ne: ArrearStatus.WITHDRAWN } },
    { orderBy: { registeredAt: 'asc' } },
  );
  const plans = arrears.length
    ? await em.find(RepaymentPlan, {
        arrear: { $in: arrears.map((a) => a.id) },
        status: RepaymentPlanStatus.ACTIVE,
      })
    : [];
  const instalments = plans.length
    ? await em.find(
        Instalment,
        { plan: { $in: plans.map((p) => p.id) } },
        { orderBy: { seq: 'asc' } },
      )
    : [];
  const lines = arrears.map((a) => {
    const plan = plans.find((p) => p.arrear.id === a.id);
    return {
      arrearId: a.id,
      creditorId: a.creditorId,
      contractNo: a.contractNo,
      subject: a.subject,
      amountDue: a.amountDue,
      paid: a.paid,
      outstanding: money(a.outstanding),
      status: a.status,
      disputed: a.disputed,
      inJudicialProcess: a.inJudicialProcess,
      plan: plan
        ? {
            revision: plan.revision,
            signedOn: plan.signedOn,
            instalments: instalments
              .filter((i) => i.plan.id === plan.id)
              .map((i) => ({ dueOn: i.dueOn, amount: i.amount })),
          }
        : null,
    };
  });
  const counted = lines.filter(isCounted);
  return { lines, outstanding: addMoney('0', ...counted.map((l) => l.outstanding)) };
}
