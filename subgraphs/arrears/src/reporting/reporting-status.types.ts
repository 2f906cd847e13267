// The reporting status views' GraphQL shapes: one unit's line, and a sector group's month.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { OrganisationRef } from '../external/organisation.js';
import type { ReportingState } from '../rules/reporting-status.js';
import { GroupReport } from './group-report.entity.js';
import { LedgerReport } from './ledger-report.entity.js';

export enum UnitReportingState {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  PAUSED = 'PAUSED',
  RETURNED = 'RETURNED',
  MISSING = 'MISSING',
  PENDING = 'PENDING',
}
registerLabelledEnum(UnitReportingState, {
  name: 'UnitReportingState',
  description: 'Where a unit stands with a period’s monthly ledger (docs/domain/assessment.md).',
  labels: {
    ON_TIME: { zh: '按时报送' },
    LATE: { zh: '逾期报送' },
    PAUSED: { zh: '阶段性清零后暂停报送（视为按时）' },
    RETURNED: { zh: '已退回，待重新报送' },
    MISSING: { zh: '逾期未报送' },
    PENDING: { zh: '尚未报送，期限未到' },
  },
});

export const toUnitState = (state: ReportingState) => UnitReportingState[state];

@ObjectType('UnitReportingLine', { description: 'One unit’s monthly ledger for a period.' })
export class UnitReportingLine {
  @Field(() => OrganisationRef) unit!: OrganisationRef;

  @Field(() => OrganisationRef, {
    nullable: true,
    description: 'The aggregating unit it submits to (from its route).',
  })
  aggregator!: OrganisationRef | null;

  @Field(() => UnitReportingState) state!: UnitReportingState;

  @Field(() => Date, { description: 'Its deadline (its region’s).' }) dueAt!: Date;

  @Field(() => LedgerReport, {
    nullable: true,
    description: 'Its latest submission for the period, whatever its status.',
  })
  report!: LedgerReport | null;
}

@ObjectType('GroupReportingStatus', {
  description:
    'A sector group’s month: who of its units has reported (on time, late, paused, returned) and who has not, and its consolidated reports.',
})
export class GroupReportingStatus {
  @Field(() => String) period!: string;
  @Field(() => Date, { description: 'The group’s region’s deadline.' }) dueAt!: Date;
  @Field(() => Int, { description: 'Units whose reporting the viewer may see.' }) units!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) paused!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int, { description: 'Deadline passed, nothing submitted.' }) missing!: number;
  @Field(() => Int, { description: 'Nothing submitted yet, deadline ahead.' }) pending!: number;
  @Field(() => Int, { description: 'Submitted and not yet received or returned.' })
  awaitingReceipt!: number;
  @Field(() => [UnitReportingLine]) lines!: UnitReportingLine[];
  @Field(() => [GroupReport], {
    description: 'The current consolidated report of each aggregating unit, if any.',
  })
  groupReports!: GroupReport[];
}
