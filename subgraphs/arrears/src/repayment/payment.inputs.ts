import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { PaymentMethod } from './repayment.enums.js';
import type { PaymentRecord } from './payment.validation.js';

@InputType()
export class RecordPaymentInput implements PaymentRecord {
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
