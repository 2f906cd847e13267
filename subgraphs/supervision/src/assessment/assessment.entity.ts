// A unit's annual assessment (docs/domain/assessment.md), stored when the leading group
// finalises a year: the figures it was scored on, the weights, the score.
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { owned, unit } from '@arrears-hub/subgraph-kit';
import type { AssessmentWeights } from '../rules/assessment-score.js';

@ObjectType('Assessment')
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['unitId', 'year'] })
export class Assessment {
  [OptionalProps]?: 'finalisedAt' | 'newArrearsAfterZeroing' | 'lateRegisteredDebts';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Float, {
    nullable: true,
    description: '线索办结率 of the clues the unit handled (scored)',
  })
  @Property({ type: 'double', nullable: true })
  clueClosureRate?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '线索办结率 of the clues about the unit (its respondent’s rate; shown, not scored)',
  })
  @Property({ type: 'double', nullable: true })
  respondentClueClosureRate?: number | null;

  @Field(() => Float, { nullable: true, description: '欠款清零率' })
  @Property({ type: 'double', nullable: true })
  zeroingRate?: number | null;

  @Field(() => Float, { nullable: true, description: '企业满意度: average follow-up score ÷ 5' })
  @Property({ type: 'double', nullable: true })
  satisfaction?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Months on time (paused after zeroing counts as on time) ÷ months due',
  })
  @Property({ type: 'double', nullable: true })
  ledgerTimeliness?: number | null;

  @Field(() => Int, { description: '边清边欠: new arrears after a zeroing notice' })
  @Property({ type: 'integer', default: 0 })
  newArrearsAfterZeroing: number = 0;

  @Field(() => Int, {
    description: '漏报: debts owed before a zeroing notice, registered after it',
  })
  @Property({ type: 'integer', default: 0 })
  lateRegisteredDebts: number = 0;

  @Field(() => Float, { description: 'Weighted score, 0–100.' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => GraphQLJSON, { description: 'The weights used.' })
  @Property({ type: 'json' })
  weights!: AssessmentWeights;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  finalisedAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  finalisedBy!: string;
}

/** An assessment belongs to the unit assessed (the ranked table shows the viewer's units). */
export const AssessmentOwnership = owned(Assessment, {
  relations: { unit: unit('unitId') },
});
