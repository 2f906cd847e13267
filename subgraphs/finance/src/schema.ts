// The finance subgraph: the ONE list of its resolvers, orphan types and reference resolvers.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { RegionRef } from './external/region.js';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { BudgetResolver } from './resolvers/budget.resolver.js';
import {
  ArrearDisbursementsResolver,
  DisbursementResolver,
} from './resolvers/disbursement.resolver.js';
import {
  OrganisationFinanceResolver,
  RegionFinanceResolver,
} from './resolvers/organisation-finance.resolver.js';
import { projectReference } from './resolvers/project.reference.js';
import { DepositResolver, ProjectResolver } from './resolvers/project.resolver.js';
import { RestrictionResolver } from './resolvers/restriction.resolver.js';
import { DatabaseSeeder } from './seeders/DatabaseSeeder.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      BudgetResolver,
      DisbursementResolver,
      ArrearDisbursementsResolver,
      ProjectResolver,
      DepositResolver,
      RestrictionResolver,
      OrganisationFinanceResolver,
      RegionFinanceResolver,
    ],
    // Region is reachable only through _entities: declare it, or type-graphql leaves it out.
    orphanedTypes: [RegionRef],
    references: [projectReference],
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
};
