// The supervision subgraph: the ONE list of its resolvers and orphan types, and its definition.
// type-graphql lists Query and Mutation fields in the order their modules load, so these imports
// (by aggregate: assessment, audit, case, disclosure, inspection, penalty, payment register, then
// the read model)
// keep the committed SDL's order.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { AssessmentMutations } from './assessment/assessment.mutations.js';
import { AssessmentResolver } from './assessment/assessment.resolver.js';
import { OrganisationAssessmentResolver } from './assessment/organisation-assessment.resolver.js';
import { ArrearAuditResolver } from './audit/arrear-audit.resolver.js';
import { AuditMutations } from './audit/audit.mutations.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { FindingResolver } from './audit/finding.resolver.js';
import { ProjectAuditResolver } from './audit/project-audit.resolver.js';
import { RectificationMutations } from './audit/rectification.mutations.js';
import { RectificationResolver } from './audit/rectification.resolver.js';
import { ArrearCaseResolver } from './case/arrear-case.resolver.js';
import { caseContracts } from './case/case-triggers.contract.js';
import { CaseMutations } from './case/case.mutations.js';
import { CaseResolver } from './case/case.resolver.js';
import { SUBGRAPH_NAME } from './config.js';
import { DisclosureMutations } from './disclosure/disclosure.mutations.js';
import { DisclosureResolver } from './disclosure/disclosure.resolver.js';
import { RegionRef } from './external/region.js';
import { supervisionJobs } from './jobs.js';
import { InspectionMutations } from './inspection/inspection.mutations.js';
import { InspectionResolver } from './inspection/inspection.resolver.js';
import { ormConfig } from './mikro-orm.config.js';
import { PaymentReportMutations } from './payment-register/payment-report.mutations.js';
import { PaymentReportResolver } from './payment-register/payment-report.resolver.js';
import { PenaltyMutations } from './penalty/penalty.mutations.js';
import { PenaltyResolver } from './penalty/penalty.resolver.js';
import { caseFactsContracts } from './case/case-facts.contract.js';
import { DatabaseSeeder } from './seeders/database.seeder.js';
import { OrganisationSupervisionResolver } from './summary/organisation-supervision.resolver.js';
import { RegionSupervisionResolver } from './summary/region-supervision.resolver.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      AssessmentResolver,
      AssessmentMutations,
      OrganisationAssessmentResolver,
      AuditResolver,
      AuditMutations,
      FindingResolver,
      RectificationResolver,
      RectificationMutations,
      ArrearAuditResolver,
      ProjectAuditResolver,
      CaseResolver,
      CaseMutations,
      ArrearCaseResolver,
      DisclosureResolver,
      DisclosureMutations,
      InspectionResolver,
      InspectionMutations,
      PenaltyResolver,
      PenaltyMutations,
      PaymentReportResolver,
      PaymentReportMutations,
      OrganisationSupervisionResolver,
      RegionSupervisionResolver,
    ],
    // Region is reachable only through _entities: declare it, or type-graphql leaves it out.
    orphanedTypes: [RegionRef],
    jobRunsOf: SUBGRAPH_NAME,
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
  contracts: (orm) => [...caseContracts(orm), ...caseFactsContracts()],
  jobs: supervisionJobs,
};
