// A debt as it stood at the end of any day (docs/domain/regulation.md §4, "Figures for a past
// date"): what was paid by then (the dated payments made up to that day, and only those), what was
// disputed that day, whether it was before a court, and from these its outstanding, overdue days,
// ageing bucket and late interest. Pure: the recorded history in, the position out. The summaries'
// SQL (summary/as-of.ts) applies the same rules in PostgreSQL.
import { daysBetween } from '@arrears-hub/protocol/calendar-date';
import { compareMoney, formatCents, subtractMoney, toCents } from '@arrears-hub/protocol/money';
import { ageBucket, AgeBucket } from './ageing.js';
import { lateInterest, rateBasis, type DatedPayment, type LateInterestResult } from './interest.js';
import { arrearsMessages as msg } from '../messages.js';

/** A dated stretch of a debt's life: a dispute (with the amount disputed) or a court case. */
export interface DatedPeriod {
  kind: 'DISPUTE' | 'JUDICIAL';
  /** The first day of the period. */
  startedOn: string;
  /** The day it ended (a settlement, a judgment); open when null. */
  endedOn?: string | null;
  /** DISPUTE: the part of the debt in dispute. */
  disputedAmount?: string | null;
}

export interface DebtHistory {
  amountDue: string;
  /** Paid today: the dated payments plus whatever was paid before the debt entered the ledger. */
  paid: string;
  payments: readonly DatedPayment[];
  periods: readonly DatedPeriod[];
  statutoryDueOn?: string | null;
  contractSignedOn: string;
  status: string;
  /** Today's flags, used for a debt whose dispute or court case predates the dated periods. */
  inJudicialProcess: boolean;
  disputed: boolean;
  disputedAmount?: string | null;
}

export interface Position {
  date: string;
  paid: string;
  outstanding: string;
  disputed: string;
  undisputedOutstanding: string;
  inJudicialProcess: boolean;
  /** In the ledger's totals on that day: signed by then, not withdrawn, not before a court. */
  counted: boolean;
  overdueDays: number;
  ageBucket: AgeBucket;
}

/**
 * Paid by the end of `date`: today's paid less every dated payment made after it. What was paid
 * before the debt entered the ledger carries no date and counts as paid from the start (**hub's
 * choice**, the same as the yearly disclosure's).
 */
export function paidBy(debt: Pick<DebtHistory, 'paid' | 'payments'>, date: string): string {
  const later = debt.payments
    .filter((p) => p.paidOn > date)
    .reduce((sum, p) => sum + toCents(p.amount), 0n);
  return formatCents(toCents(debt.paid) - later);
}

const covers = (p: DatedPeriod, date: string) =>
  p.startedOn <= date && (!p.endedOn || date < p.endedOn);

/** The part in dispute at the end of `date` (0 outside every dispute). A debt marked disputed
 * before disputes were dated counts as disputed on every day. */
export function disputedOn(debt: DebtHistory, date: string): string {
  const disputes = debt.periods.filter((p) => p.kind === 'DISPUTE');
  if (!disputes.length)
    return debt.disputed || debt.status === 'DISPUTED' ? (debt.disputedAmount ?? '0.00') : '0.00';
  const open = disputes
    .filter((p) => covers(p, date))
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn))[0];
  return open?.disputedAmount ?? '0.00';
}

/** Before a court or arbitration body at the end of `date`. A debt sent to court before court
 * periods were dated counts as in court on every day. */
export function judicialOn(debt: DebtHistory, date: string): boolean {
  const cases = debt.periods.filter((p) => p.kind === 'JUDICIAL');
  if (!cases.length) return debt.inJudicialProcess || debt.status === 'IN_COURT';
  return cases.some((p) => covers(p, date));
}

const positive = (amount: string) => (compareMoney(amount, '0') > 0 ? amount : '0.00');

export function positionOn(debt: DebtHistory, date: string): Position {
  const paid = paidBy(debt, date);
  const outstanding = subtractMoney(debt.amountDue, paid);
  const disputed = disputedOn(debt, date);
  const judicial = judicialOn(debt, date);
  const due = debt.statutoryDueOn ?? null;
  const overdueDays =
    due && compareMoney(outstanding, '0') > 0 ? Math.max(0, daysBetween(due, date)) : 0;
  return {
    date,
    paid,
    outstanding,
    disputed,
    undisputedOutstanding: positive(subtractMoney(outstanding, disputed)),
    inJudicialProcess: judicial,
    counted: debt.status !== 'WITHDRAWN' && debt.contractSignedOn <= date && !judicial,
    overdueDays,
    ageBucket: ageBucket(overdueDays),
  };
}

export interface InterestTerms {
  agreedAnnualRate?: string | null;
  lprAtSigning?: string | null;
}

/**
 * Late interest from the due date to the end of `date` (2020 art. 15, 2025 art. 17): day by day on
 * what was owed and undisputed at the end of the day before, so a payment or a dispute takes effect
 * the day after it. The days are cut into stretches at every payment, dispute start and end; each
 * stretch is principal × rate × days, rounded half-up to the fen. A court case does not stop it
 * (**hub's choice**: the regulation's interest is the creditor's claim; the court may award other).
 */
export function lateInterestOn(
  debt: DebtHistory,
  date: string,
  terms: InterestTerms,
): LateInterestResult {
  const due = debt.statutoryDueOn;
  if (!due || date <= due)
    return {
      amount: '0.00',
      days: 0,
      agreedRateBelowLpr: null,
      basis: (due ? msg.notOverdueYet() : msg.noStatutoryDueDate()).text(),
    };
  const changes = new Set<string>();
  for (const p of debt.payments) changes.add(p.paidOn);
  for (const p of debt.periods) {
    if (p.kind !== 'DISPUTE') continue;
    // A dispute started on s holds from the end of day s; one ended on e no longer holds at the
    // end of day e: the state changes at the end of those days.
    changes.add(p.startedOn);
    if (p.endedOn) changes.add(p.endedOn);
  }
  const boundaries = [due, ...[...changes].filter((d) => d > due && d < date).sort(), date];
  let total = 0n;
  let days = 0;
  let below: boolean | null = null;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const span = daysBetween(from, boundaries[i + 1]!);
    const state = positionOn(debt, from);
    const principal = state.undisputedOutstanding;
    if (span <= 0 || compareMoney(principal, '0') <= 0) continue;
    const part = lateInterest({
      principal,
      days: span,
      contractSignedOn: debt.contractSignedOn,
      agreedAnnualRate: terms.agreedAnnualRate,
      lprAtSigning: terms.lprAtSigning,
    });
    total += toCents(part.amount);
    days += span;
    below = part.agreedRateBelowLpr;
  }
  if (total === 0n)
    return {
      amount: '0.00',
      days: 0,
      agreedRateBelowLpr: below,
      basis: msg.notOverdueNoInterest().text(),
    };
  const rate = rateBasis({
    contractSignedOn: debt.contractSignedOn,
    agreedAnnualRate: terms.agreedAnnualRate,
    lprAtSigning: terms.lprAtSigning,
  });
  return {
    amount: formatCents(total),
    days,
    agreedRateBelowLpr: below,
    basis: msg.interestToDate({ rate, days, date }).text(),
  };
}
