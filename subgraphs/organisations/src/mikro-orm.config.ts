// The one ORM configuration of the organisations subgraph (default export, as MikroORM expects).
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { GroupMembership } from './entities/group-membership.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { Person } from './entities/person.entity.js';
import { Post } from './entities/post.entity.js';
import { Region } from './entities/region.entity.js';
import { Tenure } from './entities/tenure.entity.js';
import { WorkingGroup } from './entities/working-group.entity.js';

export const SUBGRAPH_NAME = 'organisations';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [Region, Organisation, Person, Post, Tenure, WorkingGroup, GroupMembership],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
