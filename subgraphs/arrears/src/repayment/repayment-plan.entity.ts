import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { Arrear } from './arrear.entity.js';
import { RepaymentFundingSource, RepaymentPlanStatus } from './enums.js';

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
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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

/** One instalment of a plan; GraphQL shows it with its computed state (resolvers/repayment-plan.resolver.ts). */
@Entity({ tableName: 'instalment' })
@Unique({ properties: ['plan', 'seq'] })
export class Instalment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => RepaymentPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<RepaymentPlan>;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;
}
