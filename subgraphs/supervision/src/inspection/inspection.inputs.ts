// The inspection aggregate's GraphQL inputs. Each satisfies the plain interface its validation
// takes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import { InspectionItem } from './inspection.enums.js';
import type { FollowUpCallReport, InspectionReport } from './inspection.validation.js';

@InputType()
export class RecordInspectionInput implements InspectionReport {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The unit inspected (Organisation id). Or name it by `unit`.',
  })
  unitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit inspected, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;
  @Field(() => DateScalar) inspectedOn!: string;
  @Field(() => [InspectionItem]) items!: InspectionItem[];
  @Field(() => String, { nullable: true, description: 'Problems found; leave empty when none.' })
  issuesFound?: string | null;
}

@InputType()
export class RecordFollowUpCallInput implements FollowUpCallReport {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The debtor unit the call is about (Organisation id). Or name it by `unit`.',
  })
  unitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description:
      'The debtor unit the call is about, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The enterprise called. Or name it by `enterprise`.',
  })
  enterpriseId?: string | null;
  @Field(() => UnitRef, {
    nullable: true,
    description: 'The enterprise called, by id, credit code or name (instead of enterpriseId).',
  })
  enterprise?: UnitRef | null;
  @Field(() => DateScalar) calledOn!: string;
  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  satisfaction!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}
