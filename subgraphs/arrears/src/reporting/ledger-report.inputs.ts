import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionType, UnitRef } from '@arrears-hub/subgraph-kit';
import { LedgerReport } from './ledger-report.entity.js';
import { LedgerReportKind, LedgerReportStatus } from './reporting.enums.js';
import type { Submission } from './ledger-report.validation.js';

export const LedgerReportConnection = connectionType(LedgerReport, 'LedgerReport');

@InputType()
export class SubmitLedgerReportInput implements Submission {
  // Nullable since issue 18: the unit may be named by `unit` instead, or left out by a clerk
  // whose token names its unit. After @UnitRefs the resolver always sees an id here, or refuses.
  @Field(() => ID, {
    nullable: true,
    description:
      'The debtor unit reporting. Or name it by `unit`; left out by a BUREAU clerk, the clerk’s own unit.',
  })
  unitId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The debtor unit reporting, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;

  @Field(() => String, { description: 'YYYY-MM' })
  period!: string;

  @Field(() => LedgerReportKind)
  kind!: LedgerReportKind;

  @Field(() => ID, {
    nullable: true,
    deprecationReason:
      'The aggregating unit comes from the unit’s reporting route (Organisation.reportingRoutes); a different one is refused.',
    description: 'The aggregating unit it goes through: derived from the unit’s route.',
  })
  viaUnitId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class LedgerReportStepInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read.' })
  expectedVersion?: number | null;
}

@InputType()
export class ReturnLedgerReportInput extends LedgerReportStepInput {
  @Field(() => String, { description: '退回原因: what the unit must correct.' })
  reason!: string;
}

@InputType()
export class LedgerReportFilter {
  @Field(() => String, { nullable: true })
  period?: string | null;

  @Field(() => [ID], { nullable: true })
  unitIds?: string[] | null;

  @Field(() => [LedgerReportKind], { nullable: true })
  kinds?: LedgerReportKind[] | null;

  @Field(() => Boolean, { nullable: true })
  late?: boolean | null;

  @Field(() => [LedgerReportStatus], { nullable: true })
  statuses?: LedgerReportStatus[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Submissions that went to this aggregating unit.',
  })
  viaUnitId?: string | null;
}
