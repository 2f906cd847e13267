// The one ORM configuration of the arrears subgraph.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { Arrear } from './entities/arrear.entity.js';

export const SUBGRAPH_NAME = 'arrears';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [Arrear],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
