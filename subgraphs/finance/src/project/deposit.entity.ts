import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { DepositForm, DepositKind } from './project.enums.js';
import { Project } from './project.entity.js';

@ObjectType('Deposit', { description: '保证金 held on a project.' })
@Entity({ tableName: 'deposit' })
export class Deposit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Project, { ref: true, deleteRule: 'restrict' })
  project!: Ref<Project>;

  /** The contractor it is held from (organisation id). */
  @Property({ type: 'uuid', nullable: true })
  contractorId?: string | null;

  @Field(() => DepositKind)
  @Enum({ items: () => DepositKind })
  kind!: DepositKind;

  @Field(() => DepositForm)
  @Enum({ items: () => DepositForm })
  form!: DepositForm;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it must be refunded (after the guarantee period).',
  })
  @Property({ type: 'date', nullable: true })
  refundDueOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  refundedOn?: string | null;
}

/** A deposit is held on a project: whoever holds the project holds its deposits. */
export const DepositOwnership = owned(Deposit, {
  relations: { project: parent('project', () => Project) },
});
