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

export const NOTE_RULE: TextRule = { max: 2000 };
export const ADJUSTMENT_REASON_RULE: TextRule = {
  max: 2000,
  message: '请说明预算为何调整（至少 2 个字）。',
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
  p.check(isFiscalYear(a.fiscalYear), 'fiscalYear', '财政年度应为 2000 至 2100 之间的四位年份。');
  p.check(compareMoney(a.amount, '0') > 0, 'amount', '安排的金额必须大于零。');
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
    p.add('amount', '调整金额为零，预算不会改变。');
  } else if (a.kind === AdjustmentKind.DECREASE && sign > 0) {
    p.add('amount', '调减（DECREASE）的金额应为负数。');
  } else if (a.kind !== AdjustmentKind.DECREASE && sign < 0) {
    p.add('amount', '追加或扣减部门预算调入的金额应为正数（调减请选 DECREASE）。');
  }
  p.check(a.adjustedOn <= today, 'adjustedOn', '调整日期不能晚于今天。');
  return p.list;
}

/** The locked line must still cover what was disbursed after the adjustment. */
export function adjustmentFitsProblems(line: LineTotals, amount: string): Problem[] {
  if (coversDisbursedAfter(line, amount)) return [];
  const after = lineTotal({ ...line, adjustments: addMoney(line.adjustments, amount) });
  return [
    {
      field: 'amount',
      message: `调整后该预算指标只有 ${after} 元，少于已拨付的 ${line.disbursed} 元（less than the ${line.disbursed} already disbursed）。`,
    },
  ];
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
  if (p.check(compareMoney(d.amount, '0') > 0, 'amount', '拨付金额必须大于零。') && debt) {
    // What may be paid now is the ceiling: the undisputed outstanding (2025 art. 15). The ledger
    // checks it again under the debt's lock, where concurrent disbursements and payments queue.
    p.check(
      compareMoney(d.amount, debt.payable) <= 0,
      'amount',
      `这笔欠款现可支付（无分歧部分）${debt.payable} 元，拨付 ${d.amount} 元超过了所欠金额（more than is owed）。`,
    );
  }
  p.check(d.paidOn <= today, 'paidOn', '拨付日期不能晚于今天。');
  checkText(p, d.voucherNo, 'voucherNo', VOUCHER_RULE);
  return p.list;
}

/** On the locked line: never more than is available, so never beyond what was appropriated. */
export function withinAvailableProblems(line: LineTotals, amount: string): Problem[] {
  if (canDisburse(line, amount)) return [];
  const left = available(line);
  return [
    {
      field: 'amount',
      message: `该预算指标可用 ${left} 元，拨付 ${amount} 元超出了安排的资金（${left} available）。`,
    },
  ];
}
