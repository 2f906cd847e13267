import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { RestrictionMeasure, RestrictionStatus } from './enums.js';

@ObjectType('Restriction', {
  description: 'A spending restriction on a defaulting unit (seeds 002–004).',
})
@Entity({ tableName: 'restriction' })
export class Restriction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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
