// The supervision subgraph: the ONE list of its resolvers, orphan types and reference resolvers.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { RegionRef } from './external/refs.js';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import {
  AssessmentResolver,
  OrganisationAssessmentResolver,
} from './resolvers/assessment.resolver.js';
import {
  ArrearFindingsResolver,
  AuditResolver,
  FindingResolver,
  ProjectFindingsResolver,
  RectificationResolver,
} from './resolvers/audit.resolver.js';
import { ArrearCasesResolver, CaseResolver } from './resolvers/case.resolver.js';
import { DisclosureResolver } from './resolvers/disclosure.resolver.js';
import { InspectionResolver } from './resolvers/inspection.resolver.js';
import { PenaltyResolver } from './resolvers/penalty.resolver.js';
import {
  OrganisationSupervisionResolver,
  RegionSupervisionResolver,
} from './resolvers/supervision-status.resolver.js';
import { DatabaseSeeder } from './seeders/DatabaseSeeder.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      AuditResolver,
      FindingResolver,
      RectificationResolver,
      ArrearFindingsResolver,
      ProjectFindingsResolver,
      CaseResolver,
      ArrearCasesResolver,
      InspectionResolver,
      PenaltyResolver,
      DisclosureResolver,
      AssessmentResolver,
      OrganisationAssessmentResolver,
      OrganisationSupervisionResolver,
      RegionSupervisionResolver,
    ],
    // Region is reachable only through _entities: declare it, or type-graphql leaves it out.
    orphanedTypes: [RegionRef],
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
};
