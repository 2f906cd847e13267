// Checks on the budget mutations' input, returning every problem at once, keyed by the domain
// field (the resolver prefixes "input."). They take plain interfaces the GraphQL inputs satisfy.
import {
  addMoney,
  checkText,
  compareMoney,
  Problems,
  todayInChina,
  type Problem,
  type TextRule,
} from '@arrears-hub/subgraph-kit';
import {
  available,
  canDisburse,
  coversDisbursedAfter,
  lineTotal,
  type LineTotals,
} from '../rules/budget-line.js';
import { AdjustmentKind } from './budget.enums.js';
import { financeMessages as msg } from '../messages.js';

export const NOTE_RULE: TextRule = { max: 2000 };
// The message is a getter: rendered in the language of the request that reads it.
export const ADJUSTMENT_REASON_RULE: TextRule = {
  max: 2000,
  message: msg.adjustmentReasonRequired(),
};
/** A voucher number (拨付凭证号) is an identifier: full-width digits become ordinary ones. */
export const VOUCHER_RULE: TextRule = { max: 100, identifier: true };

const isFiscalYear = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;

export interface Appropriation {
  fiscalYear: number;
  amount: string;
  note?: string | null;
}

export function appropriationProblems(a: Appropriation): Problem[] {
  const p = new Problems();
  p.check(isFiscalYear(a.fiscalYear), 'fiscalYear', msg.fiscalYearRange());
  p.check(compareMoney(a.amount, '0') > 0, 'amount', msg.appropriationPositive());
  checkText(p, a.note, 'note', NOTE_RULE);
  return p.list;
}

export interface Adjustment {
  kind: AdjustmentKind;
  /** Positive to add, negative to take away. */
  amount: string;
  reason: string;
  adjustedOn: string;
}

export function adjustmentProblems(a: Adjustment, today = todayInChina()): Problem[] {
  const p = new Problems();
  checkText(p, a.reason, 'reason', { ...ADJUSTMENT_REASON_RULE, required: true });
  const sign = compareMoney(a.amount, '0');
  if (sign === 0) {
    p.add('amount', msg.adjustmentZero());
  } else if (a.kind === AdjustmentKind.DECREASE && sign > 0) {
    p.add('amount', msg.decreaseNegative());
  } else if (a.kind !== AdjustmentKind.DECREASE && sign < 0) {
    p.add('amount', msg.increasePositive());
  }
  p.check(a.adjustedOn <= today, 'adjustedOn', msg.adjustedInFuture());
  return p.list;
}

/** The locked line must still cover what was disbursed after the adjustment. */
export function adjustmentFitsProblems(line: LineTotals, amount: string): Problem[] {
  if (coversDisbursedAfter(line, amount)) return [];
  const after = lineTotal({ ...line, adjustments: addMoney(line.adjustments, amount) });
  return new Problems().add(
    'amount',
    msg.adjustmentBelowDisbursed({ after, disbursed: line.disbursed }),
  ).list;
}

export interface DisbursementRequest {
  amount: string;
  paidOn: string;
  voucherNo?: string | null;
}

/** `debt` is the ledger's view of the debt paid, within the viewer's reach (null when the ledger
 * did not answer: it checks the amount itself when the disbursement is completed). */
export function disbursementProblems(
  d: DisbursementRequest,
  debt: { payable: string } | null,
  today = todayInChina(),
): Problem[] {
  const p = new Problems();
  if (p.check(compareMoney(d.amount, '0') > 0, 'amount', msg.disbursementPositive()) && debt) {
    // What may be paid now is the ceiling: the undisputed outstanding (2025 art. 15). The ledger
    // checks it again under the debt's lock, where concurrent disbursements and payments queue.
    p.check(
      compareMoney(d.amount, debt.payable) <= 0,
      'amount',
      msg.disbursementOverOwed({ payable: debt.payable, amount: d.amount }),
    );
  }
  p.check(d.paidOn <= today, 'paidOn', msg.disbursedInFuture());
  checkText(p, d.voucherNo, 'voucherNo', VOUCHER_RULE);
  return p.list;
}

/** On the locked line: never more than is available, so never beyond what was appropriated. */
export function withinAvailableProblems(line: LineTotals, amount: string): Problem[] {
  if (canDisburse(line, amount)) return [];
  const left = available(line);
  return new Problems().add('amount', msg.disbursementOverAvailable({ left, amount })).list;
}
