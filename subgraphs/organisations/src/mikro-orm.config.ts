// The one ORM configuration of the organisations subgraph (default export, as MikroORM expects).
// Every entity listed here declares its ownership beside its class (the subgraph does not start
// otherwise).
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { organisationsConfig } from './config.js';
import { Organisation } from './organisation/organisation.entity.js';
import { Person } from './post/person.entity.js';
import { Post } from './post/post.entity.js';
import { Tenure } from './post/tenure.entity.js';
import { Region } from './region/region.entity.js';
import { ReportingRoute } from './reporting-route/reporting-route.entity.js';
import { GroupMembership } from './working-group/group-membership.entity.js';
import { WorkingGroup } from './working-group/working-group.entity.js';

export const ENTITIES = [
  Region,
  Organisation,
  Person,
  Post,
  Tenure,
  WorkingGroup,
  GroupMembership,
  ReportingRoute,
];

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: organisationsConfig().name,
    clientUrl,
    entities: ENTITIES,
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
