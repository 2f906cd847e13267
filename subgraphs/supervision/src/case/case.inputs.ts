// The case aggregate's GraphQL inputs and the escalation's result. Each input satisfies the plain
// interface its validation takes.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import { SupervisionCase } from './case.entity.js';
import { AccountabilityMeasure, CaseMeasure, CaseStatus, CaseTrigger } from './case.enums.js';
import type { AccountabilityDecision, CaseOpening } from './case.validation.js';

@InputType()
export class OpenCaseInput implements CaseOpening {
  // Nullable since issue 18: the unit may be named by `targetUnit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The unit the case is against (Organisation id). Or name it by `targetUnit`.',
  })
  targetUnitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description:
      'The unit the case is against, by id, credit code or name (instead of targetUnitId).',
  })
  targetUnit?: UnitRef | null;
  @Field(() => CaseMeasure) measure!: CaseMeasure;
  @Field(() => CaseTrigger) trigger!: CaseTrigger;
  @Field(() => String) description!: string;
  @Field(() => DateScalar) deadline!: string;
  @Field(() => [ID], { nullable: true }) arrearIds?: string[] | null;
}

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true }) statuses?: CaseStatus[] | null;
  @Field(() => [ID], { nullable: true }) targetUnitIds?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Cases on registered units of this region or any region below it (the unit’s place in the registry now). An unknown code is refused.',
  })
  targetRegionCode?: string | null;
  @Field(() => [CaseMeasure], { nullable: true }) measures?: CaseMeasure[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Open and past the deadline today.' })
  overdue?: boolean | null;
}

@InputType()
export class RecordAccountabilityInput implements AccountabilityDecision {
  @Field(() => ID) caseId!: string;
  @Field(() => String) personName!: string;
  @Field(() => String) postTitle!: string;
  @Field(() => AccountabilityMeasure) measure!: AccountabilityMeasure;
  @Field(() => DateScalar) decidedOn!: string;
}

@ObjectType('EscalationResult')
export class EscalationResult {
  @Field(() => Int) escalated!: number;
  @Field(() => [SupervisionCase], { description: 'The new, stronger cases.' })
  newCases!: SupervisionCase[];
}
