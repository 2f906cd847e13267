// A payment as recorded (a voucher): the checks that need only the input, and those against the
// debt as it stands under its row lock. Problems are keyed by field, every one reported at once.
import {
  checkNotFuture,
  checkText,
  compareMoney,
  Problems,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { arrearsMessages as msg } from '../messages.js';

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
    message: msg.idempotencyKeyRequired(),
  });
  p.check(compareMoney(r.amount, '0') > 0, 'amount', msg.paymentNotPositive());
  checkNotFuture(p, r.paidOn, 'paidOn', msg.paymentInFuture());
  checkText(p, r.voucherNo, 'voucherNo', { max: 100, identifier: true });
  return p.list;
}
