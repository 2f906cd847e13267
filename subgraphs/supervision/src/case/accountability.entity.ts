// 问责: a measure against a person in a post, decided on a case.
import { randomUUID } from 'node:crypto';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, owned, parent } from '@arrears-hub/subgraph-kit';
import { SupervisionCase } from './case.entity.js';
import { AccountabilityMeasure } from './case.enums.js';

@ObjectType('Accountability', {
  description: '问责: a measure against a person in a post, decided on a case.',
})
@Entity({ tableName: 'accountability' })
export class Accountability {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => SupervisionCase, { ref: true, deleteRule: 'restrict' })
  supervisionCase!: Ref<SupervisionCase>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  personName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  postTitle!: string;

  @Field(() => AccountabilityMeasure)
  @Enum({ items: () => AccountabilityMeasure })
  measure!: AccountabilityMeasure;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  decidedOn!: string;
}

/** An accountability belongs to its case: whoever holds the case holds it. */
export const AccountabilityOwnership = owned(Accountability, {
  relations: { case: parent('supervisionCase', () => SupervisionCase) },
});
