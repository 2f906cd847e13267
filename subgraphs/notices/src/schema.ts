// The notices subgraph: the ONE list of its resolvers, reference resolvers, contracts and seeder.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { OrganisationNoticesResolver } from './notice/organisation-notices.resolver.js';
import { NoticeMutationResolver } from './notice/notice.mutations.js';
import { noticeReference } from './notice/notice.reference.js';
import { NoticeResolver } from './notice/notice.resolver.js';
import { DatabaseSeeder } from './seeders/database.seeder.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [NoticeResolver, NoticeMutationResolver, OrganisationNoticesResolver],
    references: [noticeReference],
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  demoSeeder: DatabaseSeeder,
  // The internal contracts this subgraph answers (subgraphs/kit/src/contracts/catalogue.ts), e.g.
  // contracts: (orm) => [serveContract(SOME_CONTRACT, (query, ctx) => …)]. It answers none yet; the
  // unit directory it reads is called by the kit.
};
