// The notices subgraph: the ONE list of its resolvers, the contract it answers and its jobs.
import 'reflect-metadata';
import { buildFederatedSchema, type SubgraphDefinition } from '@arrears-hub/subgraph-kit';
import { deliveryJobs } from './delivery/delivery.jobs.js';
import { SubscriptionMutations } from './delivery/subscription.mutations.js';
import { DeliveryResolver, SubscriptionResolver } from './delivery/subscription.resolver.js';
import { ormConfig, SUBGRAPH_NAME } from './mikro-orm.config.js';
import { noticeContracts } from './notice/notice-events.contract.js';
import { NoticeMutationResolver } from './notice/notice.mutations.js';
import { NoticeResolver } from './notice/notice.resolver.js';

export function buildSchema() {
  return buildFederatedSchema({
    resolvers: [
      NoticeResolver,
      NoticeMutationResolver,
      SubscriptionResolver,
      DeliveryResolver,
      SubscriptionMutations,
    ],
    jobRunsOf: SUBGRAPH_NAME,
  });
}

export const subgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  ormConfig,
  buildSchema,
  contracts: () => noticeContracts(),
  get jobs() {
    return deliveryJobs();
  },
};
