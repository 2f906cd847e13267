// GraphQL inputs of the restriction mutations. Each satisfies the plain interface its validation
// takes (restriction.validation.ts), which never imports these classes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { RestrictionMeasure } from './restriction.enums.js';
import type { RestrictionLift, RestrictionOrder } from './restriction.validation.js';

@InputType()
export class RestrictExpenditureInput implements RestrictionOrder {
  @Field(() => ID)
  unitId!: string;

  @Field(() => RestrictionMeasure)
  measure!: RestrictionMeasure;

  @Field(() => DateScalar)
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true })
  toDate?: string | null;

  @Field(() => String)
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The supervision case that ordered it.' })
  caseId?: string | null;
}

@InputType()
export class LiftRestrictionInput implements RestrictionLift {
  @Field(() => ID)
  restrictionId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => DateScalar)
  liftedOn!: string;

  @Field(() => String)
  reason!: string;
}
