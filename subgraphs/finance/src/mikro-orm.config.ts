// The one ORM configuration of the finance subgraph. Every entity here declares its ownership
// beside its class (owned(…)); the kit refuses to start otherwise.
import { fileURLToPath } from 'node:url';
import { subgraphOrmConfig } from '@arrears-hub/subgraph-kit';
import { BudgetAdjustment } from './budget/budget-adjustment.entity.js';
import { BudgetLine } from './budget/budget-line.entity.js';
import { Disbursement } from './budget/disbursement.entity.js';
import { Deposit } from './project/deposit.entity.js';
import { Project } from './project/project.entity.js';
import { Restriction } from './restriction/restriction.entity.js';

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
