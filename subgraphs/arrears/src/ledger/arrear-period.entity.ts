// A dated dispute or court case of a debt: the figures for a past date (rules/as-of.ts) need to
// know what was disputed, and whether the debt was before a court, on that day. Opened by
// markDisputed and transferToJudicial, ended by verifyArrear (a settlement, a judgment).
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
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { ArrearPeriodKind } from './arrear.enums.js';
import { Arrear } from './arrear.entity.js';
import { rollupTrigger } from '../rollup/rollup-trigger.js';

@ObjectType('ArrearPeriod', {
  description: 'A dated dispute or court case of a debt (figures for a past date follow them).',
})
@Entity({ tableName: 'arrear_period' })
// A dispute period written or removed can make a payment of its line one made in dispute: the
// payment-times histogram follows (migration Migration20261202133702_region_payment_days).
@Trigger(
  rollupTrigger(
    'arrear_period',
    'ledger_rollup_z_days_period_insert',
    'insert',
    'ledger_region_payment_days_on_period',
  ),
)
@Trigger(
  rollupTrigger(
    'arrear_period',
    'ledger_rollup_z_days_period_update',
    'update',
    'ledger_region_payment_days_on_period',
  ),
)
@Trigger(
  rollupTrigger(
    'arrear_period',
    'ledger_rollup_z_days_period_delete',
    'delete',
    'ledger_region_payment_days_on_period',
  ),
)
export class ArrearPeriod {
  [OptionalProps]?: 'recordedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Arrear, { ref: true, deleteRule: 'restrict' })
  arrear!: Ref<Arrear>;

  @Field(() => ArrearPeriodKind)
  @Enum({ items: () => ArrearPeriodKind })
  kind!: ArrearPeriodKind;

  @Field(() => DateScalar, { description: 'The first day of the dispute or court case.' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it ended (settled, judged); null while it lasts.',
  })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'DISPUTE: the part disputed.' })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  disputedAmount?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** Part of its debt's file, like a payment: the debtor's jurisdiction writes it, the creditor reads it. */
export const ArrearPeriodOwnership = owned(ArrearPeriod, {
  relations: {
    debt: parent('arrear', () => Arrear, ['debtor']),
    claim: parent('arrear', () => Arrear, ['creditor']),
  },
  writers: ['debt'],
});
