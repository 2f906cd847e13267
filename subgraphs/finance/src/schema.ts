// The finance subgraph: the ONE list of its resolvers, orphan types and reference resolvers. It
// serves no internal contract; it calls the arrears subgraph's ARREAR_FACTS and POST_DISBURSEMENT
// (disburse), LEDGER_PAYMENTS (the reconciliation) and, through the kit, the organisations
// subgraph's unit and region directory.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { BudgetLineResolver } from './budget/budget.resolver.js';
import { DisbursementResolver } from './budget/disbursement.resolver.js';
import { ProjectResolver } from './project/project.resolver.js';
import { RestrictionResolver } from './restriction/restriction.resolver.js';
import { BudgetLineMutations } from './budget/budget.mutations.js';
import { DisbursementMutations } from './budget/disbursement.mutations.js';
import { ReconciliationResolver } from './budget/reconciliation.resolver.js';
import { ProjectMutations } from './project/project.mutations.js';
import { RestrictionMutations } from './restriction/restriction.mutations.js';
import { ArrearBudgetResolver } from './budget/arrear-budget.resolver.js';
import { OrganisationBudgetResolver } from './budget/organisation-budget.resolver.js';
import { RegionBudgetResolver } from './budget/region-budget.resolver.js';
import { DepositResolver } from './project/deposit.resolver.js';
import { OrganisationProjectResolver } from './project/organisation-project.resolver.js';
import { projectReference } from './project/project.reference.js';
import { OrganisationRestrictionResolver } from './restriction/organisation-restriction.resolver.js';
import { RegionRef } from './external/region.js';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { projectFactsContracts } from './project/project-facts.contract.js';
import { DatabaseSeeder } from './seeders/database.seeder.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      BudgetLineResolver,
      BudgetLineMutations,
      DisbursementResolver,
      DisbursementMutations,
      ReconciliationResolver,
      ArrearBudgetResolver,
      ProjectResolver,
      ProjectMutations,
      DepositResolver,
      RestrictionResolver,
      RestrictionMutations,
      OrganisationBudgetResolver,
      OrganisationProjectResolver,
      OrganisationRestrictionResolver,
      RegionBudgetResolver,
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
  contracts: () => projectFactsContracts(),
};
