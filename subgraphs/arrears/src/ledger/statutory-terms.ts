// Between a ledger line and the pure rules: the due date under the regulation (recomputed whenever
// the recorded facts change), late interest and the banned terms a debt shows
// (docs/domain/regulation.md).
import type { EntityManager } from '@mikro-orm/postgresql';
import { compareMoney, todayInChina } from '@arrears-hub/subgraph-kit';
import { restDaysSpanning } from '../calendar/working-days.js';
import { chainOfUnit } from '../region-settings/region-layers.js';
import type { ContractTermsData } from '../rules/contract-terms.js';
import { buyerKindOf, statutoryDueDate, type DueDate } from '../rules/due-date.js';
import {
  accruedLateInterest,
  parsePercent,
  type DatedPayment,
  type LateInterestResult,
} from '../rules/interest.js';
import { undisputedOutstanding } from '../rules/undisputed.js';
import { violations, type Violation } from '../rules/violations.js';
import { ArrearStatus } from './arrear.enums.js';

/** What the due date, the interest and the flags are computed from: a ledger line's facts. */
export interface DebtFacts {
  debtorKind?: string | null;
  contractSignedOn: string;
  deliveredOn?: string | null;
  acceptedOn?: string | null;
  contractTerms?: ContractTermsData | null;
}

export function dueDateOf(debt: DebtFacts, isRestDay?: (day: string) => boolean): DueDate {
  const terms = debt.contractTerms ?? {};
  return statutoryDueDate(
    {
      buyer: buyerKindOf(debt.debtorKind),
      contractSignedOn: debt.contractSignedOn,
      deliveredOn: debt.deliveredOn,
      acceptedOn: debt.acceptedOn,
      paymentOnAcceptance: terms.paymentOnAcceptance,
      agreedAcceptanceDeadline: terms.agreedAcceptanceDeadline,
      settlementConfirmedOn: terms.settlementConfirmedOn,
      agreedTermDays: terms.agreedTermDays,
    },
    { asOf: todayInChina(), isRestDay },
  );
}

/** The stored due-date columns for these facts, computed with a known calendar. */
export function dueDateColumns(
  debt: DebtFacts,
  isRestDay: (day: string) => boolean,
): { statutoryDueOn: string | null; paymentTermBasis: string } {
  const due = dueDateOf(debt, isRestDay);
  return { statutoryDueOn: due.dueOn, paymentTermBasis: due.basis };
}

/** Recomputes and stores the due date of a line (call after its dates or terms change). */
export async function refreshDueDate(
  em: EntityManager,
  debt: DebtFacts & {
    debtorId?: string;
    statutoryDueOn?: string | null;
    paymentTermBasis?: string | null;
  },
): Promise<void> {
  const isRestDay = await restDaysSpanning(
    em,
    [debt.deliveredOn ?? debt.contractSignedOn],
    await chainOfUnit(debt.debtorId),
  );
  Object.assign(debt, dueDateColumns(debt, isRestDay));
}

interface InterestFacts extends DebtFacts {
  amountDue: string;
  paid: string;
  disputedAmount?: string | null;
  statutoryDueOn?: string | null;
}

export function interestOf(
  debt: InterestFacts,
  payments: readonly DatedPayment[],
  asOf: string,
): LateInterestResult {
  if (!debt.statutoryDueOn || asOf <= debt.statutoryDueOn) {
    return {
      amount: '0.00',
      days: 0,
      agreedRateBelowLpr: null,
      basis: debt.statutoryDueOn
        ? 'Not overdue yet.'
        : 'No statutory due date: see paymentTermBasis.',
    };
  }
  // Interest runs on what was undisputedly owed: the disputed part is not yet due.
  return accruedLateInterest({
    outstandingNow: undisputedOutstanding(debt),
    payments,
    dueOn: debt.statutoryDueOn,
    asOf,
    contractSignedOn: debt.contractSignedOn,
    agreedAnnualRate: debt.contractTerms?.agreedAnnualRate,
    lprAtSigning: debt.contractTerms?.lprAtSigning,
  });
}

export function violationsOf(
  debt: InterestFacts & { status: ArrearStatus },
  asOf = todayInChina(),
): Violation[] {
  const terms = debt.contractTerms ?? {};
  const undisputed = undisputedOutstanding(debt);
  const overdue = !!debt.statutoryDueOn && debt.statutoryDueOn < asOf;
  return violations({
    buyer: buyerKindOf(debt.debtorKind),
    contractSignedOn: debt.contractSignedOn,
    agreedTermDays: terms.agreedTermDays,
    payWhenPaid: terms.payWhenPaid,
    paymentInstrument: terms.paymentInstrument,
    instrumentExtendsTerm: terms.instrumentExtendsTerm,
    instrumentAgreedInContract: terms.instrumentAgreedInContract,
    auditAsSettlement: terms.auditAsSettlement,
    auditSettlementInContract: terms.auditSettlementInContract,
    auditSettlementRequiredByLaw: terms.auditSettlementRequiredByLaw,
    excuses: terms.excuses,
    contractMakesPaymentWaitForAcceptance: terms.contractMakesPaymentWaitForAcceptance,
    undisputedPartUnpaid:
      debt.status === ArrearStatus.DISPUTED && overdue && compareMoney(undisputed, '0') > 0,
    agreedRateBelowLpr:
      terms.agreedAnnualRate && terms.lprAtSigning
        ? parsePercent(terms.agreedAnnualRate) < parsePercent(terms.lprAtSigning)
        : null,
  });
}
