// The organisations subgraph: the ONE list of its resolvers, references, contracts and seeder.
import 'reflect-metadata';
import {
  buildFederatedSchema,
  useLocalPartyMatcher,
  type SubgraphDefinition,
} from '@arrears-hub/subgraph-kit';
import { organisationsConfig } from './config.js';
import {
  localDirectorySource,
  regionDirectoryContract,
  unitDirectoryContract,
} from './contracts/unit-directory.contract.js';
import { matchParties, partyMatchesContract } from './contracts/party-matches.contract.js';
import {
  groupsOfKindContract,
  reportingGroupsContract,
} from './contracts/reporting-groups.contract.js';
import { workingGroupUnitsContract } from './contracts/working-group-units.contract.js';
import { ormConfig } from './mikro-orm.config.js';
import { creditorRegistrationContract } from './organisation/creditor-registration.contract.js';
import { OrganisationMutationResolver } from './organisation/organisation.mutations.js';
import { organisationReference } from './organisation/organisation.reference.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { PostMutationResolver } from './post/post.mutations.js';
import { PersonResolver, PostResolver, TenureResolver } from './post/post.resolver.js';
import { RegionMutationResolver } from './region/region.mutations.js';
import { regionReference } from './region/region.reference.js';
import { RegionResolver } from './region/region.resolver.js';
import { ReportingRouteMutationResolver } from './reporting-route/reporting-route.mutations.js';
import {
  OrganisationRouteResolver,
  ReportingRouteResolver,
  WorkingGroupRouteResolver,
} from './reporting-route/reporting-route.resolver.js';
import { DatabaseSeeder } from './seeders/database.seeder.js';
import { GroupMembershipResolver } from './working-group/group-membership.resolver.js';
import { workingGroupReference } from './working-group/working-group.reference.js';
import { WorkingGroupResolver } from './working-group/working-group.resolver.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      RegionResolver,
      RegionMutationResolver,
      OrganisationResolver,
      OrganisationMutationResolver,
      WorkingGroupResolver,
      GroupMembershipResolver,
      ReportingRouteResolver,
      ReportingRouteMutationResolver,
      OrganisationRouteResolver,
      WorkingGroupRouteResolver,
      PostResolver,
      PostMutationResolver,
      TenureResolver,
      PersonResolver,
    ],
    references: [organisationReference, regionReference, workingGroupReference],
  });
}

export const subgraph: SubgraphDefinition = {
  name: organisationsConfig().name,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
  contracts: () => [
    unitDirectoryContract,
    regionDirectoryContract,
    workingGroupUnitsContract,
    reportingGroupsContract,
    partyMatchesContract,
    groupsOfKindContract,
    creditorRegistrationContract,
  ],
  // Jurisdiction here is computed from this database, not by calling itself.
  directorySource: localDirectorySource,
  // Units named by name in this subgraph's own inputs (UnitRef) are matched here, not by calling itself.
  onStart: (orm) => useLocalPartyMatcher((parties) => matchParties(orm.em.fork(), parties)),
};
