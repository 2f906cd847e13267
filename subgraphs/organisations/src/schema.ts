// The organisations subgraph: the ONE list of its resolvers, orphan types and reference resolvers.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { OrganisationMutationResolver } from './resolvers/organisation-mutation.resolver.js';
import { organisationReference, regionReference } from './resolvers/organisation.reference.js';
import { OrganisationResolver } from './resolvers/organisation.resolver.js';
import { PersonResolver, PostResolver, TenureResolver } from './resolvers/post.resolver.js';
import { RegionMutationResolver } from './resolvers/region-mutation.resolver.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import {
  GroupMembershipResolver,
  WorkingGroupResolver,
} from './resolvers/working-group.resolver.js';
import { DatabaseSeeder } from './seeders/DatabaseSeeder.js';
import { unitDirectoryRoutes, unitSource } from './internal/unit-directory.route.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      RegionResolver,
      RegionMutationResolver,
      OrganisationResolver,
      OrganisationMutationResolver,
      WorkingGroupResolver,
      GroupMembershipResolver,
      PostResolver,
      TenureResolver,
      PersonResolver,
    ],
    references: [organisationReference, regionReference],
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
  internalRoutes: unitDirectoryRoutes,
  unitSource,
};
