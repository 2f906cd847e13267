import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { FundingSource } from './budget.enums.js';
import { BudgetLine } from './budget-line.entity.js';

@ObjectType('Disbursement', {
  description: 'Money paid from a budget line towards one debt of the ledger.',
})
@Entity({ tableName: 'disbursement' })
export class Disbursement {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

/**
 * A disbursement belongs to the budget line it was paid from: the paying unit's jurisdiction sees
 * it, wherever the debt lies (the debtor sees the payment on its ledger when it records it).
 */
export const DisbursementOwnership = owned(Disbursement, {
  relations: { line: parent('budgetLine', () => BudgetLine) },
});
