import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addMoney,
  compareMoney,
  ConflictError,
  DateScalar,
  MoneyScalar,
  subtractMoney,
  todayInChina,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArrearStatus, PaymentMethod } from '../entities/enums.js';
import { Payment } from '../entities/payment.entity.js';
import { arrearById } from '../loaders.js';
import { assertMove, PAYABLE } from '../workflow/status.js';
import { changeArrear } from './arrear-change.js';
import { undisputedOutstanding } from '../workflow/statutory.js';

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => DateScalar)
  paidOn!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  voucherNo?: string | null;

  @Field(() => String, {
    description:
      'Any unique string you choose per payment (e.g. the voucher number with a date). Sending the same key again records nothing new and returns the first payment.',
  })
  idempotencyKey!: string;
}

/** How much of a debt may still be paid: all that is outstanding, or only the undisputed part while disputed. */
export function payableNow(arrear: Arrear): string {
  return arrear.status === ArrearStatus.DISPUTED
    ? undisputedOutstanding(arrear)
    : subtractMoney(arrear.amountDue, arrear.paid);
}

function validatePayment(input: RecordPaymentInput): { key: string; voucherNo: string | null } {
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 200)
    throw new UserInputError(
      'The idempotency key must be 1–200 characters.',
      'input.idempotencyKey',
    );
  if (compareMoney(input.amount, '0') <= 0)
    throw new UserInputError('The payment must be more than zero.', 'input.amount');
  if (input.paidOn > todayInChina())
    throw new UserInputError('A payment cannot be dated in the future.', 'input.paidOn');
  const voucherNo = input.voucherNo?.trim() || null;
  if (voucherNo && voucherNo.length > 100)
    throw new UserInputError('The voucher number has more than 100 characters.', 'input.voucherNo');
  return { key, voucherNo };
}

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'FINANCE')
  @Mutation(() => Payment, {
    description:
      'Records money paid on a debt. Safe to retry with the same idempotencyKey. Payments on one debt are serialised, so paid never exceeds amountDue; migrant workers’ wages are paid first.',
  })
  recordPayment(
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Payment> {
    const { key, voucherNo } = validatePayment(input);
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, action: 'PAYMENT', reason: `payment ${input.amount} (${key})` },
      async (arrear, em) => {
        // Checked under the row lock: a retry that raced the first attempt finds it here.
        const earlier = await em.findOne(Payment, { idempotencyKey: key });
        if (earlier) {
          if (
            earlier.arrear.id === arrear.id &&
            compareMoney(earlier.amount, input.amount) === 0 &&
            earlier.paidOn === input.paidOn
          ) {
            return earlier;
          }
          throw new ConflictError(
            'This idempotency key was already used for a different payment: use a new key for a new payment.',
            {
              field: 'input.idempotencyKey',
              paymentId: earlier.id,
            },
          );
        }
        if (!PAYABLE.includes(arrear.status)) {
          throw new ConflictError(`Nothing can be paid on a debt that is ${arrear.status}.`, {
            status: arrear.status,
          });
        }
        if (input.paidOn < arrear.contractSignedOn)
          throw new UserInputError('A payment cannot predate the contract.', 'input.paidOn');
        const payable = payableNow(arrear);
        if (compareMoney(input.amount, payable) > 0) {
          const why = arrear.status === ArrearStatus.DISPUTED ? 'of the undisputed part ' : '';
          throw new UserInputError(
            `Only ${payable} ${why}is outstanding on this debt; ${input.amount} would pay more than is owed.`,
            'input.amount',
            {
              payable,
            },
          );
        }
        const wagesOutstanding = subtractMoney(arrear.migrantWagesAmount, arrear.migrantWagesPaid);
        const wagesPart =
          compareMoney(input.amount, wagesOutstanding) < 0 ? input.amount : wagesOutstanding;
        const payment = em.create(Payment, {
          id: randomUUID(),
          arrear,
          amount: input.amount,
          migrantWagesPart: wagesPart,
          paidOn: input.paidOn,
          method: input.method,
          voucherNo,
          idempotencyKey: key,
          recordedBy: ctx.viewer.id,
        } as never);
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

  @FieldResolver(() => Arrear)
  async arrear(@Root() payment: Payment, @Ctx() ctx: SubgraphContext): Promise<Arrear> {
    return (await arrearById.load(ctx, payment.arrear.id))!;
  }
}
