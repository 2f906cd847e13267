import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '@arrears-hub/subgraph-kit';
import { LedgerReport } from './ledger-report.entity.js';
import { LedgerReportKind } from './reporting.enums.js';
import type { Submission } from './ledger-report.validation.js';

export const LedgerReportConnection = connectionType(LedgerReport, 'LedgerReport');

@InputType()
export class SubmitLedgerReportInput implements Submission {
  @Field(() => ID, { description: 'The debtor unit reporting.' })
  unitId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  period!: string;

  @Field(() => LedgerReportKind)
  kind!: LedgerReportKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The aggregating unit it goes through (e.g. the sector group’s vice-leader unit).',
  })
  viaUnitId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
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
}
