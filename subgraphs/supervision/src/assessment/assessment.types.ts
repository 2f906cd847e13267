// The assessment aggregate's GraphQL output types.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrganisationRef } from '../external/organisation.js';
import { CaseTrigger } from '../case/case.enums.js';
import { Assessment } from './assessment.entity.js';

@ObjectType('AssessmentResult', {
  description: 'A unit’s assessment figures and score (live for this year, stored once finalised).',
})
export class AssessmentResult {
  @Field(() => Int) year!: number;
  @Field(() => Float, {
    nullable: true,
    description: '线索办结率 of the clues the unit handled (scored).',
  })
  clueClosureRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '线索办结率 of the clues about the unit (shown, not scored).',
  })
  respondentClueClosureRate!: number | null;
  @Field(() => Float, { nullable: true }) zeroingRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '企业满意度: average score ÷ 5 of the supervision follow-up calls naming the enterprise reached and of the complainants’ own ratings (never the unit’s own).',
  })
  satisfaction!: number | null;
  @Field(() => Float, { nullable: true }) ledgerTimeliness!: number | null;
  @Field(() => Int, { description: '边清边欠 this year.' }) newArrearsAfterZeroing!: number;
  @Field(() => Int, { description: '漏报 this year.' }) lateRegisteredDebts!: number;
  @Field(() => [CaseTrigger], {
    description: 'Supervision the figures call for (漏报: CONCEALMENT).',
  })
  supervisionTriggers!: CaseTrigger[];
  @Field(() => Float, { description: '0–100.' }) score!: number;
  @Field(() => Boolean) finalised!: boolean;
}

@ObjectType('RankedAssessment', { description: 'A row of the ranked table (晾晒).' })
export class RankedAssessment {
  @Field(() => Int) rank!: number;
  @Field(() => OrganisationRef) unit!: OrganisationRef;
  @Field(() => Assessment) assessment!: Assessment;
}
