// The assessment aggregate's GraphQL output types.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrganisationRef } from '../external/organisation.js';
import { Assessment } from './assessment.entity.js';

@ObjectType('AssessmentResult', {
  description: 'A unit’s assessment figures and score (live for this year, stored once finalised).',
})
export class AssessmentResult {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) clueClosureRate!: number | null;
  @Field(() => Float, { nullable: true }) zeroingRate!: number | null;
  @Field(() => Float, { nullable: true, description: '企业满意度: average follow-up score ÷ 5.' })
  satisfaction!: number | null;
  @Field(() => Float, { nullable: true }) ledgerTimeliness!: number | null;
  @Field(() => Float, { description: '0–100.' }) score!: number;
  @Field(() => Boolean) finalised!: boolean;
}

@ObjectType('RankedAssessment', { description: 'A row of the ranked table (晾晒).' })
export class RankedAssessment {
  @Field(() => Int) rank!: number;
  @Field(() => OrganisationRef) unit!: OrganisationRef;
  @Field(() => Assessment) assessment!: Assessment;
}
