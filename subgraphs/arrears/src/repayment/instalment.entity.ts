import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { owned, parent } from '@arrears-hub/subgraph-kit';
import { RepaymentPlan } from './repayment-plan.entity.js';

/** One instalment of a plan; GraphQL shows it with its computed state (repayment-plan.resolver.ts). */
@Entity({ tableName: 'instalment' })
@Unique({ properties: ['plan', 'seq'] })
export class Instalment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

/** An instalment belongs to its plan, and through it to the debt. */
export const InstalmentOwnership = owned(Instalment, {
  relations: {
    debt: parent('plan', () => RepaymentPlan, ['debt']),
    claim: parent('plan', () => RepaymentPlan, ['claim']),
  },
  writers: ['debt'],
});
