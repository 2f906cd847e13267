import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, parent, type Viewer } from '@arrears-hub/subgraph-kit';
import { DisbursementStatus, FundingSource } from './budget.enums.js';
import { BudgetLine } from './budget-line.entity.js';

@ObjectType('Disbursement', {
  description: 'Money paid from a budget line towards one debt of the ledger.',
})
@Entity({ tableName: 'disbursement' })
export class Disbursement {
  [OptionalProps]?: 'createdAt' | 'version';

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

  /** On the ledger (POSTED), waiting for it (PENDING), refused by it (REFUSED), or older than the
   * link (LEGACY). Required: every new disbursement starts PENDING until the ledger answers. */
  @Field(() => DisbursementStatus)
  @Index()
  @Enum({ items: () => DisbursementStatus })
  status!: DisbursementStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The payment (arrears subgraph) that records this disbursement on the ledger.',
  })
  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the ledger recorded it.' })
  @Property({ type: 'datetime', nullable: true })
  postedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'REFUSED: the ledger’s error code (BAD_USER_INPUT, CONFLICT, FORBIDDEN …).',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  refusalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'REFUSED: the ledger’s words.' })
  @Property({ type: 'text', nullable: true })
  refusalMessage?: string | null;

  /** The person the disbursement was made for: a pending one is completed in their name, so the
   * ledger applies their jurisdiction then as it would have at once. Never shown. */
  @Property({ type: 'json', nullable: true })
  requestedFor?: Viewer | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

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
