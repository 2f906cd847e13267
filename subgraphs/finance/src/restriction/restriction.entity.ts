import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { RestrictionMeasure, RestrictionStatus } from './restriction.enums.js';

@ObjectType('Restriction', {
  description:
    'A spending restriction on a defaulting unit (the Wutaishan, Chengqu and Ye County programmes, docs/programmes.md).',
})
@Entity({ tableName: 'restriction' })
export class Restriction {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The restricted unit (organisation id). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => RestrictionMeasure)
  @Enum({ items: () => RestrictionMeasure })
  measure!: RestrictionMeasure;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Open-ended when null.' })
  @Property({ type: 'date', nullable: true })
  toDate?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The supervision case that ordered it (supervision subgraph).',
  })
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => RestrictionStatus)
  @Enum({ items: () => RestrictionStatus })
  status!: RestrictionStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  liftedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  liftReason?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

/** A restriction is on the restricted unit: the jurisdiction over that unit sees it, imposes it
 * and lifts it. */
export const RestrictionOwnership = owned(Restriction, {
  relations: { unit: unit('unitId') },
});
