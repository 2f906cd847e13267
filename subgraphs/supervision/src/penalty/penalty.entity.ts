import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { DisclosureStatus, PenaltyStatus } from './enums.js';

/** 失信惩戒: a unit on the dishonest-entity list (失信主体名录). */
@ObjectType('Penalty')
@Entity({ tableName: 'penalty' })
export class Penalty {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => [String], { description: 'Joint measures (压减一般性支出, 限制政府采购 …).' })
  @Property({ type: 'array', columnType: 'text[]' })
  measures: string[] = [];

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  listedOn!: string;

  @Field(() => PenaltyStatus)
  @Enum({ items: () => PenaltyStatus })
  status!: PenaltyStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  removedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  removalReason?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** 2025 art. 18: an agency publishes last year's overdue unpaid contracts by 31 March. */
@ObjectType('Disclosure', {
  description:
    'A unit’s yearly publication of overdue unpaid contracts (2025 art. 18). Published ones are public.',
})
@Entity({ tableName: 'disclosure' })
@Unique({ properties: ['unitId', 'year'] })
export class Disclosure {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, {
    description: 'The unit’s name when generated (readable without an organisations lookup).',
  })
  @Property({ type: 'string', length: 200 })
  unitName!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  overdueContracts!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  overdueAmount!: string;

  @Field(() => DisclosureStatus)
  @Enum({ items: () => DisclosureStatus })
  status!: DisclosureStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => Boolean, { description: 'Published after 31 March of the following year.' })
  @Property({ type: 'boolean', default: false })
  late: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** A unit's annual assessment (seed 001), stored when finalised. */
@ObjectType('Assessment')
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['unitId', 'year'] })
export class Assessment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Float, { nullable: true, description: '线索办结率' })
  @Property({ type: 'double', nullable: true })
  clueClosureRate?: number | null;

  @Field(() => Float, { nullable: true, description: '欠款清零率' })
  @Property({ type: 'double', nullable: true })
  zeroingRate?: number | null;

  @Field(() => Float, { nullable: true, description: '企业满意度: average follow-up score ÷ 5' })
  @Property({ type: 'double', nullable: true })
  satisfaction?: number | null;

  @Field(() => Float, { nullable: true, description: 'Monthly submissions on time' })
  @Property({ type: 'double', nullable: true })
  ledgerTimeliness?: number | null;

  @Field(() => Float, { description: 'Weighted score, 0–100.' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => GraphQLJSON, { description: 'The weights used.' })
  @Property({ type: 'json' })
  weights!: unknown;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  finalisedAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  finalisedBy!: string;
}
