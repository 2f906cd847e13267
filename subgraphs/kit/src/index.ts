// @arrears-hub/subgraph-kit: the only code the subgraphs share.
import 'reflect-metadata';

export * from './audit-trail.js';
export * from './auth.js';
export * from './build-subgraph-schema.js';
export * from './calendar-date.js';
export * from './change-entity.js';
export * from './context.js';
export * from './credit-code.js';
export * from './csv.js';
export * from './input-checks.js';
export * from './unit-kinds.js';
export * from './errors.js';
export * from './http.js';
export * from './money.js';
export * from './orm.js';
export * from './pagination.js';
export * from './pages-per-parent.js';
export * from './scalars.js';
export * from './state-machine.js';
export * from './sql-statements.js';
export * from './ids.js';
export * from './internal-call.js';
export * from './jurisdiction.js';
export * from './start-subgraph.js';
export * from './transaction.js';
export * from './unit-directory.js';
export * from './viewer-header.js';
