import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { PaymentMethod } from './repayment.enums.js';
import { rollupTrigger } from '../rollup/rollup-trigger.js';

@ObjectType('Payment', {
  description: 'Money actually paid on a debt (a voucher), recorded once per idempotency key.',
})
@Entity({ tableName: 'payment' })
// ArrearFilter.documentsMissing: [PAYMENT_VOUCHER]: the payments a unit recorded without a voucher.
@Index({
  name: 'payment_without_voucher_index',
  expression:
    'create index "payment_without_voucher_index" on "payment" ("arrear_id") where "voucher_no" is null and "disbursement_id" is null',
})
// Payment performance (summary/payment-performance.ts) reads the payments of one half-year: a range
// of paid_on, not a pass over every payment of the ledger (the amount travels with the index).
@Index({
  name: 'payment_paid_on_index',
  expression:
    'create index "payment_paid_on_index" on "payment" ("paid_on", "arrear_id") include ("amount")',
})
// A payment on a counted line adds to its debtor's month (ledger_unit_month) in the same
// transaction: ledger_rollup_on_payment(), written in migration Migration20261201212024_ledger_rollups.
@Trigger({
  name: 'ledger_rollup_payment_insert',
  timing: 'after',
  events: ['insert'],
  forEach: 'statement',
  expression:
    'create trigger ledger_rollup_payment_insert after insert on payment referencing new table as new_rows for each statement execute function ledger_rollup_on_payment()',
})
@Trigger({
  name: 'ledger_rollup_payment_update',
  timing: 'after',
  events: ['update'],
  forEach: 'statement',
  expression:
    'create trigger ledger_rollup_payment_update after update on payment referencing old table as old_rows new table as new_rows for each statement execute function ledger_rollup_on_payment()',
})
@Trigger({
  name: 'ledger_rollup_payment_delete',
  timing: 'after',
  events: ['delete'],
  forEach: 'statement',
  expression:
    'create trigger ledger_rollup_payment_delete after delete on payment referencing old table as old_rows for each statement execute function ledger_rollup_on_payment()',
})
// …and to its regions' payment-times histogram (rollup/ledger-region-payment-days.entity.ts):
// ledger_region_payment_days_on_payment(), migration Migration20261202133702_region_payment_days.
@Trigger(
  rollupTrigger(
    'payment',
    'ledger_rollup_z_days_payment_insert',
    'insert',
    'ledger_region_payment_days_on_payment',
  ),
)
@Trigger(
  rollupTrigger(
    'payment',
    'ledger_rollup_z_days_payment_update',
    'update',
    'ledger_region_payment_days_on_payment',
  ),
)
@Trigger(
  rollupTrigger(
    'payment',
    'ledger_rollup_z_days_payment_delete',
    'delete',
    'ledger_region_payment_days_on_payment',
  ),
)
export class Payment {
  [OptionalProps]?: 'migrantWagesPart' | 'recordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Arrear, { ref: true, deleteRule: 'restrict' })
  arrear!: Ref<Arrear>;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Field(() => MoneyScalar, {
    description: 'The part of this payment that went to migrant workers’ wages (allocated first).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  migrantWagesPart: string = '0.00';

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Voucher (凭证) number.' })
  @Property({ type: 'string', length: 100, nullable: true })
  voucherNo?: string | null;

  /** The finance bureau's disbursement this payment records (finance `disburse`); null for a
   * payment the unit recorded itself. One payment per disbursement, however often it is posted. */
  @Field(() => ID, {
    nullable: true,
    description:
      'The disbursement (finance) this payment records; null when the unit recorded it itself.',
  })
  @Property({
    type: 'uuid',
    nullable: true,
    unique: 'payment_disbursement_unique',
  })
  disbursementId?: string | null;

  /** Chosen by the client; the same key twice records one payment (retries are safe). */
  @Field(() => String)
  @Property({ type: 'string', length: 200, unique: 'payment_idempotency_key_unique' })
  idempotencyKey!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}

/** A payment is part of its debt's file: the debtor's jurisdiction records it, the creditor reads it. */
export const PaymentOwnership = owned(Payment, {
  relations: {
    debt: parent('arrear', () => Arrear, ['debtor']),
    claim: parent('arrear', () => Arrear, ['creditor']),
  },
  writers: ['debt'],
});
