// Between a ledger line and the pure rules: the due date under the regulation (recomputed whenever
// the recorded facts change), late interest and the banned terms a debt shows
// (docs/domain/regulation.md).
import type { EntityManager } from '@mikro-orm/postgresql';
import { compareMoney, todayInChina } from '@arrears-hub/subgraph-kit';
import { restDaysSpanning } from '../calendar/working-days.js';
import { chainOfUnit } from '../region-settings/region-layers.js';
import type { ContractTermsData } from '../rules/contract-terms.js';
import { lateInterestOn, type DatedPeriod, type DebtHistory } from '../rules/as-of.js';
import { notProtectedBasis, statuteApplies, type CreditorSize } from '../rules/creditor-size.js';
import {
  buyerKindOf,
  contractualDueDate,
  statutoryDueDate,
  type DueDate,
  type PaymentTerms,
} from '../rules/due-date.js';
import { parsePercent, type DatedPayment, type LateInterestResult } from '../rules/interest.js';
import { undisputedOutstanding } from '../rules/undisputed.js';
import { violations, type Violation } from '../rules/violations.js';
import { ArrearStatus } from './arrear.enums.js';
import { arrearsMessages as msg } from '../messages.js';

/** What the due date, the interest and the flags are computed from: a ledger line's facts, with
 * the creditor's size at signing (the regulation protects SMEs only, 2025 arts. 2–3). */
export interface DebtFacts extends CreditorSize {
  debtorKind?: string | null;
  contractSignedOn: string;
  deliveredOn?: string | null;
  acceptedOn?: string | null;
  contractTerms?: ContractTermsData | null;
}

export function dueDateOf(debt: DebtFacts, isRestDay?: (day: string) => boolean): DueDate {
  const terms = debt.contractTerms ?? {};
  const paymentTerms: PaymentTerms = {
    buyer: buyerKindOf(debt.debtorKind),
    contractSignedOn: debt.contractSignedOn,
    deliveredOn: debt.deliveredOn,
    acceptedOn: debt.acceptedOn,
    paymentOnAcceptance: terms.paymentOnAcceptance,
    agreedAcceptanceDeadline: terms.agreedAcceptanceDeadline,
    settlementConfirmedOn: terms.settlementConfirmedOn,
    agreedTermDays: terms.agreedTermDays,
  };
  const options = { asOf: todayInChina(), isRestDay };
  // A creditor that was large when it signed keeps the contract's own term (and says why).
  return statuteApplies(debt.creditorSizeAtSigning)
    ? statutoryDueDate(paymentTerms, options)
    : contractualDueDate(paymentTerms, options, notProtectedBasis(debt));
}

/** The stored due-date columns for these facts, computed with a known calendar. */
export function dueDateColumns(
  debt: DebtFacts,
  isRestDay: (day: string) => boolean,
): { statutoryDueOn: string | null; paymentTermBasis: string; paymentTermStartsOn: string | null } {
  const due = dueDateOf(debt, isRestDay);
  return {
    statutoryDueOn: due.dueOn,
    // Stored with the debt, so in the hub's language whoever's request recomputes it.
    paymentTermBasis: due.basis.zh,
    paymentTermStartsOn: due.dueOn ? due.startOn : null,
  };
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
  disputed: boolean;
  disputedAmount?: string | null;
  inJudicialProcess: boolean;
  statutoryDueOn?: string | null;
}

/** A ledger line with its dated payments and periods: what its position on any day comes from. */
export function historyOf(
  debt: InterestFacts & { status: ArrearStatus },
  payments: readonly DatedPayment[],
  periods: readonly DatedPeriod[],
): DebtHistory {
  return {
    amountDue: debt.amountDue,
    paid: debt.paid,
    payments,
    periods,
    statutoryDueOn: debt.statutoryDueOn,
    contractSignedOn: debt.contractSignedOn,
    status: debt.status,
    inJudicialProcess: debt.inJudicialProcess,
    disputed: debt.disputed,
    disputedAmount: debt.disputedAmount,
  };
}

/**
 * Late interest to the end of `asOf`, on what was owed and undisputed each day (payments made by
 * then, and only those; disputes as dated). For a creditor that was large at signing, only the
 * rate its contract agreed (the regulation's 0.05 % a day is for SMEs): none, and nothing accrues.
 */
export function interestOf(
  debt: InterestFacts & { status: ArrearStatus },
  payments: readonly DatedPayment[],
  periods: readonly DatedPeriod[],
  asOf: string,
): LateInterestResult {
  const history = historyOf(debt, payments, periods);
  const terms = debt.contractTerms ?? {};
  if (!statuteApplies(debt.creditorSizeAtSigning)) {
    const why = notProtectedBasis(debt);
    if (!terms.agreedAnnualRate)
      return {
        amount: '0.00',
        days: 0,
        agreedRateBelowLpr: null,
        basis: msg.interestNoneAgreed({ why }).text(),
      };
    const agreed = lateInterestOn(history, asOf, { agreedAnnualRate: terms.agreedAnnualRate });
    return {
      ...agreed,
      agreedRateBelowLpr: null,
      basis: msg.interestContractRate({ why, basis: agreed.basis }).text(),
    };
  }
  return lateInterestOn(history, asOf, {
    agreedAnnualRate: terms.agreedAnnualRate,
    lprAtSigning: terms.lprAtSigning,
  });
}

export function violationsOf(
  debt: InterestFacts & { status: ArrearStatus },
  asOf = todayInChina(),
): Violation[] {
  // The banned terms protect SMEs: none is flagged on a large enterprise's contract.
  if (!statuteApplies(debt.creditorSizeAtSigning)) return [];
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
