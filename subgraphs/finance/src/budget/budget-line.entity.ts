import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, SignedMoneyScalar } from '@arrears-hub/subgraph-kit';
import { AdjustmentKind, BudgetPurpose, FundingSource } from './enums.js';

/** Money a unit has for a purpose in a fiscal year: appropriated, adjusted, disbursed, available. */
@ObjectType('BudgetLine', {
  description: '预算指标: a unit’s money for a purpose in a fiscal year.',
})
@Entity({ tableName: 'budget_line' })
// Disbursements can never exceed what was appropriated (with its adjustments): the database refuses it too.
@Check({
  name: 'budget_line_within_appropriation',
  expression: 'appropriated >= 0 and disbursed >= 0 and disbursed <= appropriated + adjustments',
})
export class BudgetLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Organisation id (organisations subgraph). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => Int)
  @Index()
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Field(() => BudgetPurpose)
  @Enum({ items: () => BudgetPurpose })
  purpose!: BudgetPurpose;

  @Field(() => FundingSource)
  @Enum({ items: () => FundingSource })
  fundingSource!: FundingSource;

  @Field(() => MoneyScalar, { description: 'Appropriated (年初安排).' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  appropriated!: string;

  @Field(() => SignedMoneyScalar, {
    description: 'Σ adjustments (increases, decreases, 扣减部门预算).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  adjustments: string = '0.00';

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  disbursed: string = '0.00';

  /** appropriated + adjustments − disbursed, kept by PostgreSQL. */
  @Field(() => MoneyScalar, {
    description: 'Still available = appropriated + adjustments − disbursed.',
  })
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    generated: '(appropriated + adjustments - disbursed) stored',
  })
  available!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@ObjectType('BudgetAdjustment')
@Entity({ tableName: 'budget_adjustment' })
export class BudgetAdjustment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => BudgetLine, { ref: true, deleteRule: 'restrict' })
  budgetLine!: Ref<BudgetLine>;

  @Field(() => AdjustmentKind)
  @Enum({ items: () => AdjustmentKind })
  kind!: AdjustmentKind;

  @Field(() => SignedMoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  adjustedOn!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

@ObjectType('Disbursement', {
  description: 'Money paid from a budget line towards one debt of the ledger.',
})
@Entity({ tableName: 'disbursement' })
export class Disbursement {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => BudgetLine, { ref: true, deleteRule: 'restrict' })
  budgetLine!: Ref<BudgetLine>;

  /** Arrear id (arrears subgraph). */
  @Index()
  @Property({ type: 'uuid' })
  arrearId!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => FundingSource)
  @Enum({ items: () => FundingSource })
  fundingSource!: FundingSource;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  voucherNo?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
