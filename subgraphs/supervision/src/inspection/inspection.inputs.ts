// The inspection aggregate's GraphQL inputs. Each satisfies the plain interface its validation
// takes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { InspectionItem } from './inspection.enums.js';
import type { FollowUpCallReport, InspectionReport } from './inspection.validation.js';

@InputType()
export class RecordInspectionInput implements InspectionReport {
  @Field(() => ID) unitId!: string;
  @Field(() => DateScalar) inspectedOn!: string;
  @Field(() => [InspectionItem]) items!: InspectionItem[];
  @Field(() => String, { nullable: true, description: 'Problems found; leave empty when none.' })
  issuesFound?: string | null;
}

@InputType()
export class RecordFollowUpCallInput implements FollowUpCallReport {
  @Field(() => ID, { description: 'The debtor unit the call is about.' }) unitId!: string;
  @Field(() => ID, { nullable: true, description: 'The enterprise called.' }) enterpriseId?:
    string | null;
  @Field(() => DateScalar) calledOn!: string;
  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  satisfaction!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}
