import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar, owned, SignedMoneyScalar, unit } from '@arrears-hub/subgraph-kit';
import { BudgetPurpose, FundingSource } from './budget.enums.js';

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
  [OptionalProps]?: 'adjustments' | 'disbursed' | 'available' | 'version' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

  /** appropriated + adjustments − disbursed, kept by PostgreSQL (rules/budget-line.ts says the same). */
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

/** A budget line is the unit's money: the unit's jurisdiction reads it, and changes it. */
export const BudgetLineOwnership = owned(BudgetLine, {
  relations: { unit: unit('unitId') },
});
