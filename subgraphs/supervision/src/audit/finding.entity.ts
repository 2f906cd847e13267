// An audit finding about a unit, recorded under an audit, naming the debts and projects it
// concerns (their ids in the arrears and finance subgraphs: no foreign keys across bureaus).
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType, MoneyScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { Audit } from './audit.entity.js';
import { FindingCategory } from './audit.enums.js';

@ObjectType('Finding', {
  description: 'An audit finding about a unit, naming the debts and projects it concerns.',
})
@Entity({ tableName: 'finding' })
export class Finding {
  [OptionalProps]?: 'arrearIds' | 'projectIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Audit, { ref: true, deleteRule: 'restrict' })
  audit!: Ref<Audit>;

  /** The unit concerned (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => FindingCategory)
  @Enum({ items: () => FindingCategory })
  category!: FindingCategory;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  amount?: string | null;

  /** Debts (arrears subgraph ids) and projects (finance subgraph ids) it concerns. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  arrearIds: string[] = [];

  @Property({ type: 'array', columnType: 'uuid[]' })
  projectIds: string[] = [];

  @Field(() => String, { nullable: true, description: '审计建议.' })
  @Property({ type: 'text', nullable: true })
  recommendation?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

/** A finding belongs to the unit it is about: whoever's jurisdiction holds the unit holds it,
 * wherever it is read from (the findings list, an audit, a debt, a project). */
export const FindingOwnership = owned(Finding, {
  relations: { unit: unit('unitId') },
});

export const FindingConnection = connectionType(Finding, 'Finding');
