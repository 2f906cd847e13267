// The one ORM configuration of the finance subgraph.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { BudgetAdjustment, BudgetLine, Disbursement } from './entities/budget-line.entity.js';
import { Deposit, Project } from './entities/project.entity.js';
import { Restriction } from './entities/restriction.entity.js';

export const SUBGRAPH_NAME = 'finance';

export const ormConfig = (clientUrl?: string) =>
  subgraphOrmConfig({
    name: SUBGRAPH_NAME,
    clientUrl,
    entities: [BudgetLine, BudgetAdjustment, Disbursement, Project, Deposit, Restriction],
    migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
    migrationsPathTs: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  });

export default ormConfig;
