// The one ORM configuration of the notices subgraph (its default export is what the MikroORM CLI
// looks for). Every entity listed here has an ownership declaration beside its class, or the
// subgraph refuses to start.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { NoticeDelivery } from './delivery/delivery.entity.js';
import { NoticeSubscription } from './delivery/subscription.entity.js';
import { Notice } from './notice/notice.entity.js';

export const SUBGRAPH_NAME = 'notices';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [Notice, NoticeSubscription, NoticeDelivery],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
