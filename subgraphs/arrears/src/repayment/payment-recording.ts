// Money paid on a debt, however it arrives: a clerk's voucher (recordPayment) or a disbursement
// from a clearance budget line posted by the finance subgraph (POST_DISBURSEMENT). One path, under
// the debt's row lock, so paid never exceeds what is payable (the undisputed part while disputed,
// 2025 art. 15) however many payments and disbursements race; idempotent on the client's key or on
// the disbursement id: a replay returns the payment first recorded and writes nothing, not even an
// audit entry; migrant workers' wages are paid first.
import {
  addMoney,
  compareMoney,
  ConflictError,
  createEntity,
  replayed,
  subtractMoney,
  unscoped,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus } from '../ledger/arrear.enums.js';
import { changeArrear } from '../ledger/arrear-change.js';
import { assertMove, PAYABLE, payableNow } from '../ledger/arrear-status.js';
import { Payment } from './payment.entity.js';
import type { PaymentMethod } from './repayment.enums.js';
import { arrearsMessages as msg } from '../messages.js';

export interface PaymentToRecord {
  arrearId: string;
  amount: string;
  paidOn: string;
  method: PaymentMethod;
  voucherNo: string | null;
  /** Normalised already. */
  idempotencyKey: string;
  /** Set when the payment records a finance disbursement (the idempotency is on it). */
  disbursementId?: string | null;
}

export interface RecordedPayment {
  payment: Payment;
  /** false when the payment was already on the ledger: nothing was written. */
  recorded: boolean;
  /** The debt's outstanding after the payment. */
  outstanding: string;
}

/** Records `p`, or returns the payment its key (or disbursement) recorded before. Input fields in
 * refusals are named `input.<field>`, as recordPayment and finance's disburse both call them. */
export function recordPaymentOnDebt(
  ctx: SubgraphContext,
  p: PaymentToRecord,
): Promise<RecordedPayment> {
  const what = p.disbursementId ? `disbursement ${p.disbursementId}` : p.idempotencyKey;
  return changeArrear<RecordedPayment>(
    ctx,
    { arrearId: p.arrearId, action: 'PAYMENT', reason: `payment ${p.amount} (${what})` },
    async (arrear, em) => {
      // Checked under the row lock: a retry that raced the first attempt finds it here. Keys and
      // disbursements are unique hub-wide, whoever may see the debt they were used on.
      const earlier = await em.findOne(
        Payment,
        p.disbursementId
          ? { disbursementId: p.disbursementId }
          : { idempotencyKey: p.idempotencyKey },
        unscoped('an idempotency key (or a disbursement) is unique across every debt'),
      );
      if (earlier) {
        if (
          earlier.arrear.id === arrear.id &&
          compareMoney(earlier.amount, p.amount) === 0 &&
          earlier.paidOn === p.paidOn
        ) {
          return replayed({ payment: earlier, recorded: false, outstanding: arrear.outstanding });
        }
        throw new ConflictError(
          p.disbursementId ? msg.disbursementOtherFigures() : msg.idempotencyKeyReused(),
          { field: p.disbursementId ? 'input.arrearId' : 'input.idempotencyKey' },
        );
      }
      if (!PAYABLE.includes(arrear.status)) {
        throw new ConflictError(msg.notPayable({ status: arrear.status }), {
          status: arrear.status,
        });
      }
      if (p.paidOn < arrear.contractSignedOn)
        throw new UserInputError(msg.paymentBeforeContract(), 'input.paidOn');
      const payable = payableNow(arrear);
      if (compareMoney(p.amount, payable) > 0) {
        const disputed = arrear.status === ArrearStatus.DISPUTED;
        throw new UserInputError(
          msg.paymentOverPayable({ payable, amount: p.amount, disputed }),
          'input.amount',
          { payable },
        );
      }
      const wagesOutstanding = subtractMoney(arrear.migrantWagesAmount, arrear.migrantWagesPaid);
      const wagesPart = compareMoney(p.amount, wagesOutstanding) < 0 ? p.amount : wagesOutstanding;
      const payment = await createEntity(
        ctx,
        Payment,
        {
          arrear,
          amount: p.amount,
          migrantWagesPart: wagesPart,
          paidOn: p.paidOn,
          method: p.method,
          voucherNo: p.voucherNo,
          idempotencyKey: p.idempotencyKey,
          disbursementId: p.disbursementId ?? null,
          recordedBy: ctx.viewer.id,
        },
        { em },
      );
      arrear.paid = addMoney(arrear.paid, p.amount);
      arrear.migrantWagesPaid = addMoney(arrear.migrantWagesPaid, wagesPart);
      if (compareMoney(arrear.paid, arrear.amountDue) === 0) {
        assertMove(arrear.status, ArrearStatus.CLEARED, msg.moveClear());
        arrear.status = ArrearStatus.CLEARED;
      } else if (
        [ArrearStatus.REGISTERED, ArrearStatus.VERIFIED, ArrearStatus.PLANNED].includes(
          arrear.status,
        )
      ) {
        arrear.status = ArrearStatus.REPAYING;
      }
      return { payment, recorded: true, outstanding: subtractMoney(arrear.amountDue, arrear.paid) };
    },
  );
}
