// The assessment aggregate's GraphQL input: the weights of one finalisation.
import { Field, Float, InputType } from 'type-graphql';
import type { AssessmentWeights } from '../rules/assessment-score.js';

@InputType()
export class AssessmentWeightsInput implements AssessmentWeights {
  @Field(() => Float) clueClosure!: number;
  @Field(() => Float) zeroing!: number;
  @Field(() => Float) satisfaction!: number;
  @Field(() => Float) timeliness!: number;
}
