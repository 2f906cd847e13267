import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionType } from '@arrears-hub/subgraph-kit';
import { GroupReport } from './group-report.entity.js';
import { GroupReportStatus } from './reporting.enums.js';

export const GroupReportConnection = connectionType(GroupReport, 'GroupReport');

@InputType()
export class ConsolidateGroupReportInput {
  @Field(() => ID, { description: 'The sector group (行业组).' })
  groupId!: string;

  @Field(() => ID, { description: 'The aggregating unit consolidating its units’ reports.' })
  aggregatorId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  period!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class GroupReportStepInput {
  @Field(() => ID)
  groupReportId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read.' })
  expectedVersion?: number | null;
}

@InputType()
export class SignGroupReportInput extends GroupReportStepInput {
  @Field(() => ID, {
    description: 'The group leader’s post it is signed in (a 组长 seat of the group).',
  })
  postId!: string;
}

@InputType()
export class GroupReportFilter {
  @Field(() => ID, { nullable: true }) groupId?: string | null;
  @Field(() => ID, { nullable: true }) aggregatorId?: string | null;
  @Field(() => String, { nullable: true }) period?: string | null;
  @Field(() => [GroupReportStatus], { nullable: true }) statuses?: GroupReportStatus[] | null;
}
