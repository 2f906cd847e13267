// A payment as recorded (a voucher): the checks that need only the input, and those against the
// debt as it stands under its row lock. Problems are keyed by field, every one reported at once.
import {
  checkNotFuture,
  checkText,
  compareMoney,
  Problems,
  type Problem,
} from '@arrears-hub/subgraph-kit';

export interface PaymentRecord {
  amount: string;
  paidOn: string;
  voucherNo?: string | null;
  idempotencyKey: string;
}

export function paymentProblems(r: PaymentRecord): Problem[] {
  const p = new Problems();
  checkText(p, r.idempotencyKey, 'idempotencyKey', {
    required: true,
    min: 1,
    max: 200,
    identifier: true,
    message: '请填写幂等键（1–200 个字符；the idempotency key must be 1–200 characters）。',
  });
  p.check(
    compareMoney(r.amount, '0') > 0,
    'amount',
    '付款金额必须大于零（the payment must be more than zero）。',
  );
  checkNotFuture(
    p,
    r.paidOn,
    'paidOn',
    '付款日期不能晚于今天（a payment cannot be dated in the future）。',
  );
  checkText(p, r.voucherNo, 'voucherNo', { max: 100, identifier: true });
  return p.list;
}
