import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { Arrear } from './arrear.entity.js';
import { PaymentMethod } from './enums.js';

@ObjectType('Payment', {
  description: 'Money actually paid on a debt (a voucher), recorded once per idempotency key.',
})
@Entity({ tableName: 'payment' })
export class Payment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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
