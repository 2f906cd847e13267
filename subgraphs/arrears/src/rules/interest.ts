// Late-payment interest (2020 art. 15, 2025 art. 17): the rate the contract agreed — which must not
// be below the one-year LPR at signing — or, when none was agreed, 0.05 % a day (每日万分之五) on
// the overdue principal. Exact: bigint fen, rounded half-up to the fen at the end.
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { formatCents, toCents } from '@arrears-hub/protocol/money';
import { arrearsMessages as msg } from '../messages.js';
import { label, regimeFor } from './regime.js';

export const DEFAULT_DAILY_RATE_BASIS_POINTS = 5n; // 0.05 % = 5 / 10,000 per day

/** "3.45" (% a year) → rate × 10,000 as bigint (34500n). Up to 4 decimals. */
export function parsePercent(rate: string): bigint {
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(rate.trim());
  if (!m) throw new RangeError(`Not a percentage: ${rate}`);
  return BigInt(m[1]! + (m[2] ?? '').padEnd(4, '0'));
}

function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n); // half-up for non-negative values
}

export interface InterestInput {
  /** The overdue principal, yuan. */
  principal: string;
  days: number;
  contractSignedOn: string;
  /** The annual rate agreed in the contract, in percent (e.g. "3.45"). */
  agreedAnnualRate?: string | null;
  /** The one-year LPR at signing, in percent, to check the agreed rate against. */
  lprAtSigning?: string | null;
}

export interface LateInterestResult {
  amount: string;
  days: number;
  /** The agreed rate is below the one-year LPR at signing (not allowed); null when unknown. */
  agreedRateBelowLpr: boolean | null;
  basis: string;
}

/** The rate interest runs at, and the article that sets it (the basis without principal and days). */
export function rateBasis(
  input: Pick<InterestInput, 'contractSignedOn' | 'agreedAnnualRate' | 'lprAtSigning'>,
): Message {
  const year = label(regimeFor(input.contractSignedOn).regime);
  const article =
    year === '2025' ? msg.article({ year, art: 17 }) : msg.article({ year: '2020', art: 15 });
  if (!input.agreedAnnualRate) return msg.rateStatutory({ article });
  const below = input.lprAtSigning
    ? parsePercent(input.agreedAnnualRate) < parsePercent(input.lprAtSigning)
    : false;
  return msg.rateAgreed({
    article,
    rate: input.agreedAnnualRate,
    lpr: below ? (input.lprAtSigning ?? null) : null,
  });
}

export function lateInterest(input: InterestInput): LateInterestResult {
  const principal = toCents(input.principal);
  if (input.days <= 0 || principal <= 0n) {
    return {
      amount: '0.00',
      days: Math.max(0, input.days),
      agreedRateBelowLpr: null,
      basis: msg.notOverdueNoInterest().text(),
    };
  }
  const basis = msg
    .interestOnce({ rate: rateBasis(input), principal: input.principal, days: input.days })
    .text();
  if (input.agreedAnnualRate) {
    const rate = parsePercent(input.agreedAnnualRate);
    const below = input.lprAtSigning ? rate < parsePercent(input.lprAtSigning) : null;
    // principal (fen) × rate% / 100 × days / 365, with rate held ×10,000.
    const amount = divideRounded(principal * rate * BigInt(input.days), 100n * 10_000n * 365n);
    return {
      amount: formatCents(amount),
      days: input.days,
      agreedRateBelowLpr: below,
      basis,
    };
  }
  const amount = divideRounded(
    principal * DEFAULT_DAILY_RATE_BASIS_POINTS * BigInt(input.days),
    10_000n,
  );
  return {
    amount: formatCents(amount),
    days: input.days,
    agreedRateBelowLpr: null,
    basis,
  };
}

export interface DatedPayment {
  paidOn: string;
  amount: string;
}

/**
 * Interest from the due date to `asOf` on a principal that shrinks with each payment made after
 * the due date: the sum, segment by segment, of principal × rate × days (payments take effect the
 * day after they are made). `outstandingNow` is what is still owed today.
 */
export function accruedLateInterest(input: {
  outstandingNow: string;
  payments: readonly DatedPayment[];
  dueOn: string;
  asOf: string;
  contractSignedOn: string;
  agreedAnnualRate?: string | null;
  lprAtSigning?: string | null;
}): LateInterestResult {
  const after = input.payments
    .filter((p) => p.paidOn > input.dueOn && p.paidOn <= input.asOf)
    .sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  let principal = after.reduce((sum, p) => sum + toCents(p.amount), toCents(input.outstandingNow));
  let from = input.dueOn;
  let total = 0n;
  let days = 0;
  let below: boolean | null = null;
  for (const boundary of [
    ...after.map((p) => ({ on: p.paidOn, amount: toCents(p.amount) })),
    { on: input.asOf, amount: 0n },
  ]) {
    const span = Math.round(
      (Date.parse(`${boundary.on}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000,
    );
    if (span > 0 && principal > 0n) {
      const part = lateInterest({ ...input, principal: formatCents(principal), days: span });
      total += toCents(part.amount);
      below = part.agreedRateBelowLpr;
    }
    days += Math.max(0, span);
    principal -= boundary.amount;
    from = boundary.on;
  }
  if (total === 0n)
    return {
      amount: '0.00',
      days: 0,
      agreedRateBelowLpr: below,
      basis: msg.notOverdueNoInterest().text(),
    };
  return {
    amount: formatCents(total),
    days,
    agreedRateBelowLpr: below,
    basis: msg.interestReducing({ rate: rateBasis(input), days }).text(),
  };
}
