// Recording money paid on a debt: written by the debtor's jurisdiction (@Writes on the debt, checked
// before anything else), under the debt's row lock so paid never exceeds amountDue, idempotent on
// the client's key, migrant workers' wages paid first.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addMoney,
  compareMoney,
  ConflictError,
  createEntity,
  normalizeIdentifier,
  Problems,
  subtractMoney,
  unscoped,
  UserInputError,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { changeArrear } from '../ledger/arrear-change.js';
import { assertMove, PAYABLE, payableNow } from '../ledger/arrear-status.js';
import { RecordPaymentInput } from './payment.inputs.js';
import { Payment } from './payment.entity.js';
import { paymentProblems } from './payment.validation.js';

@Resolver(() => Payment)
export class PaymentMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'FINANCE')
  @Mutation(() => Payment, {
    description:
      'Records money paid on a debt. Safe to retry with the same idempotencyKey. Payments on one debt are serialised, so paid never exceeds amountDue; migrant workers’ wages are paid first.',
  })
  @Writes(Arrear, 'input.arrearId')
  recordPayment(
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Payment> {
    new Problems().merge(paymentProblems(input)).throwIfAny('input');
    const key = normalizeIdentifier(input.idempotencyKey);
    const voucherNo = input.voucherNo ? normalizeIdentifier(input.voucherNo) || null : null;
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, action: 'PAYMENT', reason: `payment ${input.amount} (${key})` },
      async (arrear, em) => {
        // Checked under the row lock: a retry that raced the first attempt finds it here. Keys are
        // unique hub-wide, whoever may see the debt they were used on.
        const earlier = await em.findOne(
          Payment,
          { idempotencyKey: key },
          unscoped('an idempotency key is unique across every debt'),
        );
        if (earlier) {
          if (
            earlier.arrear.id === arrear.id &&
            compareMoney(earlier.amount, input.amount) === 0 &&
            earlier.paidOn === input.paidOn
          ) {
            return earlier;
          }
          throw new ConflictError(
            '此幂等键已用于另一笔付款：新的付款请使用新的键（this idempotency key was already used for a different payment）。',
            { field: 'input.idempotencyKey' },
          );
        }
        if (!PAYABLE.includes(arrear.status)) {
          throw new ConflictError(
            `状态为 ${arrear.status} 的欠款不能再付款（nothing can be paid on a debt that is ${arrear.status}）。`,
            { status: arrear.status },
          );
        }
        if (input.paidOn < arrear.contractSignedOn)
          throw new UserInputError(
            '付款日期不能早于合同签订日期（a payment cannot predate the contract）。',
            'input.paidOn',
          );
        const payable = payableNow(arrear);
        if (compareMoney(input.amount, payable) > 0) {
          const part = arrear.status === ArrearStatus.DISPUTED ? '无分歧部分' : '';
          throw new UserInputError(
            `这笔欠款${part}只剩 ${payable} 未付，付 ${input.amount} 会超过所欠（only ${payable} is outstanding）。`,
            'input.amount',
            { payable },
          );
        }
        const wagesOutstanding = subtractMoney(arrear.migrantWagesAmount, arrear.migrantWagesPaid);
        const wagesPart =
          compareMoney(input.amount, wagesOutstanding) < 0 ? input.amount : wagesOutstanding;
        const payment = await createEntity(
          ctx,
          Payment,
          {
            arrear,
            amount: input.amount,
            migrantWagesPart: wagesPart,
            paidOn: input.paidOn,
            method: input.method,
            voucherNo,
            idempotencyKey: key,
            recordedBy: ctx.viewer.id,
          },
          { em },
        );
        arrear.paid = addMoney(arrear.paid, input.amount);
        arrear.migrantWagesPaid = addMoney(arrear.migrantWagesPaid, wagesPart);
        if (compareMoney(arrear.paid, arrear.amountDue) === 0) {
          assertMove(arrear.status, ArrearStatus.CLEARED, 'clear this debt');
          arrear.status = ArrearStatus.CLEARED;
        } else if (
          [ArrearStatus.REGISTERED, ArrearStatus.VERIFIED, ArrearStatus.PLANNED].includes(
            arrear.status,
          )
        ) {
          arrear.status = ArrearStatus.REPAYING;
        }
        return payment;
      },
    );
  }
}
