// The arrears subgraph: the ONE list of its resolvers, orphan types, reference resolvers, the
// contracts it answers and its demo data.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { ArchiveDocumentMutationResolver } from './archive/archive-document.mutations.js';
import { ArchiveDocumentResolver } from './archive/archive-document.resolver.js';
import { ArrearArchiveResolver } from './archive/arrear-archive.resolver.js';
import { CalendarMutationResolver } from './calendar/calendar.mutations.js';
import { CalendarResolver, CalendarYearResolver } from './calendar/calendar.resolver.js';
import { ConfirmationMutationResolver } from './confirmation/confirmation.mutations.js';
import { ConfirmationResolver } from './confirmation/confirmation.resolver.js';
import { ClueLedgerReportMutationResolver } from './clue/clue-ledger-report.mutations.js';
import { ClueLedgerReportResolver } from './clue/clue-ledger-report.resolver.js';
import { PlatformExportResolver } from './national-platform/platform-export.resolver.js';
import { PlatformImportResolver } from './national-platform/platform-import.mutations.js';
import { ClueEnterpriseResolver } from './clue/clue-enterprise.mutations.js';
import { ClueEvidenceResolver } from './clue/clue-evidence.resolver.js';
import { ClueIntakeResolver } from './clue/clue-intake.mutations.js';
import { ClueLinkResolver } from './clue/clue-link.mutations.js';
import { ClueWorkflowResolver } from './clue/clue-workflow.mutations.js';
import { ClueResolver } from './clue/clue.resolver.js';
import { ledgerContracts } from './contracts/ledger.contracts.js';
import { RegionRef } from './external/region.js';
import { arrearsJobs } from './jobs.js';
import { WorkingGroupRef } from './external/working-group.js';
import { ArrearTermsMutationResolver } from './ledger/arrear-terms.mutations.js';
import { ArrearTermsResolver } from './ledger/arrear-terms.resolver.js';
import { ArrearWorkflowResolver } from './ledger/arrear-workflow.mutations.js';
import { ArrearMutationResolver } from './ledger/arrear.mutations.js';
import { arrearReference } from './ledger/arrear.reference.js';
import { ArrearConnectionResolver, ArrearResolver } from './ledger/arrear.resolver.js';
import { OrganisationLedgerResolver } from './ledger/organisation-ledger.resolver.js';
import { ProjectLedgerResolver } from './ledger/project-ledger.resolver.js';
import { RegionLedgerResolver } from './ledger/region-ledger.resolver.js';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { RegionSettingsMutationResolver } from './region-settings/region-settings.mutations.js';
import { RegionSettingsResolver } from './region-settings/region-settings.resolver.js';
import { ArrearRepaymentResolver } from './repayment/arrear-repayment.resolver.js';
import { PaymentMutationResolver } from './repayment/payment.mutations.js';
import { PaymentResolver } from './repayment/payment.resolver.js';
import { RepaymentPlanMutationResolver } from './repayment/repayment-plan.mutations.js';
import { RepaymentPlanResolver } from './repayment/repayment-plan.resolver.js';
import { CampaignDeadlineMutationResolver } from './reporting/campaign-deadline.mutations.js';
import { CampaignDeadlineResolver } from './reporting/campaign-deadline.resolver.js';
import { GroupReportMutationResolver } from './reporting/group-report.mutations.js';
import {
  GroupReportResolver,
  WorkingGroupReportingResolver,
} from './reporting/group-report.resolver.js';
import { LedgerReportMutationResolver } from './reporting/ledger-report.mutations.js';
import { LedgerReportResolver } from './reporting/ledger-report.resolver.js';
import { OrganisationReportingResolver } from './reporting/organisation-reporting.resolver.js';
import { RegionReportingResolver } from './reporting/region-reporting.resolver.js';
import { ReportingPeriodMutationResolver } from './reporting/reporting-period.mutations.js';
import { DatabaseSeeder } from './seeders/database.seeder.js';
import { LedgerExportResolver } from './spreadsheet/ledger-export.resolver.js';
import { LedgerImportResolver } from './spreadsheet/ledger-import.mutations.js';
import { ArrearsSummaryResolver } from './summary/arrears-summary.resolver.js';
import { OrganisationFiguresResolver } from './summary/organisation-figures.resolver.js';
import { RegionFiguresResolver } from './summary/region-figures.resolver.js';
import {
  OrganisationPaymentPerformanceResolver,
  RegionPaymentPerformanceResolver,
} from './summary/payment-performance.resolver.js';
import { keepDebtorPlaces } from './rollup/debtor-places.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      // ledger
      ArrearResolver,
      ArrearConnectionResolver,
      ArrearMutationResolver,
      ArrearWorkflowResolver,
      ArrearTermsResolver,
      ArrearTermsMutationResolver,
      OrganisationLedgerResolver,
      RegionLedgerResolver,
      ProjectLedgerResolver,
      // repayment
      ArrearRepaymentResolver,
      PaymentResolver,
      PaymentMutationResolver,
      RepaymentPlanResolver,
      RepaymentPlanMutationResolver,
      // archive
      ArrearArchiveResolver,
      ArchiveDocumentResolver,
      ArchiveDocumentMutationResolver,
      // clue
      ClueResolver,
      ClueIntakeResolver,
      ClueWorkflowResolver,
      ClueLinkResolver,
      ClueEnterpriseResolver,
      ClueEvidenceResolver,
      PlatformImportResolver,
      PlatformExportResolver,
      ClueLedgerReportResolver,
      ClueLedgerReportMutationResolver,
      ConfirmationResolver,
      ConfirmationMutationResolver,
      // region settings and calendar
      RegionSettingsResolver,
      RegionSettingsMutationResolver,
      CalendarResolver,
      CalendarYearResolver,
      CalendarMutationResolver,
      // reporting
      LedgerReportResolver,
      LedgerReportMutationResolver,
      ReportingPeriodMutationResolver,
      OrganisationReportingResolver,
      RegionReportingResolver,
      GroupReportResolver,
      GroupReportMutationResolver,
      WorkingGroupReportingResolver,
      CampaignDeadlineResolver,
      CampaignDeadlineMutationResolver,
      // summaries and spreadsheets
      ArrearsSummaryResolver,
      OrganisationFiguresResolver,
      RegionFiguresResolver,
      OrganisationPaymentPerformanceResolver,
      RegionPaymentPerformanceResolver,
      LedgerExportResolver,
      LedgerImportResolver,
    ],
    // Region and WorkingGroup are reachable only through _entities: declare them, or type-graphql
    // leaves them out.
    orphanedTypes: [RegionRef, WorkingGroupRef],
    references: [arrearReference],
    jobRunsOf: SUBGRAPH_NAME,
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
  contracts: () => ledgerContracts(),
  // Keeps each debtor's place in the region tree in step with the registry (rollup/debtor-places.ts).
  onStart: (orm) => keepDebtorPlaces(orm),
  jobs: arrearsJobs,
};
