// A unit's ledger frozen for its monthly submission: every line but the withdrawn ones, each with
// every column of the ledger line as it stood (dates, cause, due date, age, migrant-wage part,
// project) and its active plan with the instalments, in three statements; and the outstanding
// the totals count. The 月报 export reads these lines back (spreadsheet/monthly-report.ts), so what
// went up the chain is what the sheet shows.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addMoney,
  formatChinaDateTime,
  money,
  subtractMoney,
  todayInChina,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus, isCounted } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { Instalment } from '../repayment/instalment.entity.js';
import { RepaymentPlanStatus } from '../repayment/repayment.enums.js';
import { RepaymentPlan } from '../repayment/repayment-plan.entity.js';
import { overdueDays } from '../rules/ageing.js';

/** One ledger line as submitted. Snapshots made before issue 14 lack the fields marked optional. */
export interface FrozenLine {
  arrearId: string;
  creditorId: string;
  contractNo: string;
  contractSignedOn?: string;
  subject: string;
  amountDue: string;
  paid: string;
  outstanding: string;
  status: string;
  disputed: boolean;
  disputedAmount?: string | null;
  inJudicialProcess: boolean;
  deliveredOn?: string | null;
  acceptedOn?: string | null;
  cause?: string | null;
  /** 法定付款期限 as computed then. */
  statutoryDueOn?: string | null;
  /** 账龄: days past the due date on the day it was submitted (0 when not due). */
  overdueDays?: number;
  migrantWagesAmount?: string;
  migrantWagesPaid?: string;
  projectId?: string | null;
  projectName?: string | null;
  registeredAt?: string;
  plan: {
    revision: number;
    signedOn: string;
    total?: string;
    fundingSource?: string;
    instalments: { dueOn: string; amount: string }[];
  } | null;
}

export interface LedgerSnapshot {
  /** The China date the ledger was frozen on (the day 账龄 is counted to). */
  asOf?: string;
  lines: FrozenLine[];
}

type PlanRow = Pick<RepaymentPlan, 'revision' | 'signedOn' | 'total' | 'fundingSource'>;

/** One line as it stands on `asOf`. */
export function frozenLine(
  a: Arrear,
  plan: PlanRow | null,
  instalments: readonly Pick<Instalment, 'dueOn' | 'amount'>[],
  asOf: string,
): FrozenLine {
  return {
    arrearId: a.id,
    creditorId: a.creditorId,
    contractNo: a.contractNo,
    contractSignedOn: a.contractSignedOn,
    subject: a.subject,
    amountDue: money(a.amountDue),
    paid: money(a.paid),
    outstanding: money(a.outstanding ?? subtractMoney(a.amountDue, a.paid)),
    status: a.status,
    disputed: a.disputed,
    disputedAmount: a.disputedAmount ?? null,
    inJudicialProcess: a.inJudicialProcess,
    deliveredOn: a.deliveredOn ?? null,
    acceptedOn: a.acceptedOn ?? null,
    cause: a.cause ?? null,
    statutoryDueOn: a.statutoryDueOn ?? null,
    overdueDays: a.status === ArrearStatus.CLEARED ? 0 : overdueDays(a.statutoryDueOn, asOf),
    migrantWagesAmount: money(a.migrantWagesAmount),
    migrantWagesPaid: money(a.migrantWagesPaid),
    projectId: a.projectId ?? null,
    projectName: a.projectName ?? null,
    registeredAt: formatChinaDateTime(a.registeredAt),
    plan: plan
      ? {
          revision: plan.revision,
          signedOn: plan.signedOn,
          total: money(plan.total),
          fundingSource: plan.fundingSource,
          instalments: instalments.map((i) => ({ dueOn: i.dueOn, amount: money(i.amount) })),
        }
      : null,
  };
}

/** What a snapshot's lines add up to, counting only the lines the totals count (not withdrawn,
 * not in court): the same rule as every ledger figure. */
export function snapshotTotals(lines: readonly FrozenLine[]) {
  const counted = lines.filter((l) => isCounted({ ...l, status: l.status as ArrearStatus }));
  return {
    count: counted.length,
    amountDue: addMoney('0', ...counted.map((l) => l.amountDue)),
    paid: addMoney('0', ...counted.map((l) => l.paid)),
    outstanding: addMoney('0', ...counted.map((l) => l.outstanding)),
    leftOut: lines.length - counted.length,
  };
}

/** The unit's ledger as it stands: lines (withdrawn ones left out) with their active plans. */
export async function freezeLedger(
  em: EntityManager,
  unitId: string,
  asOf = todayInChina(),
): Promise<{ snapshot: LedgerSnapshot; lines: FrozenLine[]; outstanding: string }> {
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
    const plan = plans.find((p) => p.arrear.id === a.id) ?? null;
    return frozenLine(a, plan, plan ? instalments.filter((i) => i.plan.id === plan.id) : [], asOf);
  });
  return { snapshot: { asOf, lines }, lines, outstanding: snapshotTotals(lines).outstanding };
}
