// The arrears subgraph: the ONE list of its resolvers, orphan types and reference resolvers.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { ArrearMutationResolver } from './resolvers/arrear-mutation.resolver.js';
import { ArrearFileResolver } from './resolvers/arrear-file.resolver.js';
import { ArrearTermsResolver } from './resolvers/arrear-terms.resolver.js';
import { ArrearWorkflowResolver } from './resolvers/arrear-workflow.resolver.js';
import { arrearReference } from './resolvers/arrear.reference.js';
import { CalendarResolver } from './resolvers/calendar.resolver.js';
import { CampaignDeadlineResolver } from './resolvers/campaign-deadline.resolver.js';
import {
  LedgerReportResolver,
  OrganisationLedgerReportsResolver,
} from './resolvers/ledger-report.resolver.js';
import { RegionReportingResolver } from './resolvers/reporting-status.resolver.js';
import { ClueWorkflowResolver } from './resolvers/clue-workflow.resolver.js';
import { ClueResolver } from './resolvers/clue.resolver.js';
import { DocumentResolver } from './resolvers/document.resolver.js';
import { PaymentResolver } from './resolvers/payment.resolver.js';
import { RepaymentPlanResolver } from './resolvers/repayment-plan.resolver.js';
import { ArrearResolver } from './resolvers/arrear.resolver.js';
import { OrganisationArrearsResolver } from './resolvers/organisation-arrears.resolver.js';
import { ProjectArrearsResolver } from './resolvers/project-arrears.resolver.js';
import { RegionArrearsResolver } from './resolvers/region-arrears.resolver.js';
import {
  OrganisationFiguresResolver,
  RegionFiguresResolver,
} from './resolvers/unit-figures.resolver.js';
import { DatabaseSeeder } from './seeders/DatabaseSeeder.js';
import { arrearFactRoutes } from './internal/arrear-facts.route.js';
import { ArrearsSummaryResolver } from './summary/arrears-summary.resolver.js';
import { RegionRef } from './external/region.js';
import { LedgerSpreadsheetResolver } from './spreadsheet/spreadsheet.resolver.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      ArrearResolver,
      ArrearMutationResolver,
      ArrearWorkflowResolver,
      ArrearFileResolver,
      ArrearTermsResolver,
      PaymentResolver,
      RepaymentPlanResolver,
      DocumentResolver,
      ClueResolver,
      ClueWorkflowResolver,
      CalendarResolver,
      LedgerReportResolver,
      OrganisationLedgerReportsResolver,
      RegionReportingResolver,
      CampaignDeadlineResolver,
      OrganisationArrearsResolver,
      RegionArrearsResolver,
      ProjectArrearsResolver,
      ArrearsSummaryResolver,
      OrganisationFiguresResolver,
      RegionFiguresResolver,
      LedgerSpreadsheetResolver,
    ],
    // Region is reachable only through _entities: declare it, or type-graphql leaves it out.
    orphanedTypes: [RegionRef],
    references: [arrearReference],
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
  internalRoutes: arrearFactRoutes,
};
