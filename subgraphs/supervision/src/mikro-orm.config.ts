// The one ORM configuration of the supervision subgraph.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { Audit, Finding, Rectification } from './entities/audit.entity.js';
import {
  Accountability,
  FollowUpCall,
  Inspection,
  SupervisionCase,
} from './entities/case.entity.js';
import { Assessment, Disclosure, Penalty } from './entities/public-record.entity.js';

export const SUBGRAPH_NAME = 'supervision';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [
      Audit,
      Finding,
      Rectification,
      SupervisionCase,
      Accountability,
      Inspection,
      FollowUpCall,
      Penalty,
      Disclosure,
      Assessment,
    ],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
