import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, owned, parent, SignedMoneyScalar } from '@arrears-hub/subgraph-kit';
import { AdjustmentKind } from './budget.enums.js';
import { BudgetLine } from './budget-line.entity.js';

/** One change to a budget line's money (追加, 调减, 扣减部门预算); the line keeps the sum. */
@ObjectType('BudgetAdjustment')
@Entity({ tableName: 'budget_adjustment' })
export class BudgetAdjustment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

/** An adjustment belongs to its budget line: whoever holds the line holds its adjustments. */
export const BudgetAdjustmentOwnership = owned(BudgetAdjustment, {
  relations: { line: parent('budgetLine', () => BudgetLine) },
});
