import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { RepaymentFundingSource, RepaymentPlanStatus } from './repayment.enums.js';

@ObjectType('RepaymentPlan', {
  description:
    '还款计划 / 还款协议: instalments that add up to what was outstanding when it was agreed.',
})
@Entity({ tableName: 'repayment_plan' })
@Unique({ properties: ['arrear', 'revision'] })
// At most one active plan per debt: a revision supersedes it.
@Index({
  name: 'repayment_plan_one_active',
  expression: `create unique index "repayment_plan_one_active" on "repayment_plan" ("arrear_id") where "status" = 'ACTIVE'`,
})
export class RepaymentPlan {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Arrear, { ref: true, deleteRule: 'restrict' })
  arrear!: Ref<Arrear>;

  @Field(() => Int, { description: '1 for the first plan, 2 for its first revision …' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => DateScalar, { description: 'The day the agreement was signed.' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => RepaymentFundingSource)
  @Enum({ items: () => RepaymentFundingSource })
  fundingSource!: RepaymentFundingSource;

  @Field(() => MoneyScalar, {
    description: 'Paid on the debt when the plan was agreed: instalments count payments after it.',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paidBefore!: string;

  @Field(() => MoneyScalar, {
    description:
      'What the instalments add up to (the outstanding amount, or its undisputed part, when agreed).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  total!: string;

  @Field(() => RepaymentPlanStatus)
  @Enum({ items: () => RepaymentPlanStatus })
  status!: RepaymentPlanStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  agreedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A plan is agreed in its debt's file: the debtor's jurisdiction agrees it, the creditor reads it. */
export const RepaymentPlanOwnership = owned(RepaymentPlan, {
  relations: {
    debt: parent('arrear', () => Arrear, ['debtor']),
    claim: parent('arrear', () => Arrear, ['creditor']),
  },
  writers: ['debt'],
});
