// GraphQL inputs of the restriction mutations. Each satisfies the plain interface its validation
// takes (restriction.validation.ts), which never imports these classes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import { RestrictionMeasure } from './restriction.enums.js';
import type { RestrictionLift, RestrictionOrder } from './restriction.validation.js';

@InputType()
export class RestrictExpenditureInput implements RestrictionOrder {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The defaulting unit restricted (Organisation id). Or name it by `unit`.',
  })
  unitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description: 'The defaulting unit restricted, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;

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
