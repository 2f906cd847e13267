// @arrears-hub/subgraph-kit: the only code the subgraphs share (beside @arrears-hub/protocol,
// which it re-exports so a subgraph has one import). See README.md in this folder.
import 'reflect-metadata';

export * from '@arrears-hub/protocol';
export * from './audit-trail.js';
export * from './auth.js';
export * from './build-subgraph-schema.js';
export * from './change-entity.js';
export * from './context.js';
export * from './contracts/call.js';
export * from './contracts/catalogue.js';
export * from './contracts/contract.js';
export * from './contracts/references.js';
export * from './contracts/serve.js';
export * from './create-entity.js';
export * from './input-checks.js';
export * from './jurisdiction.js';
export * from './orm.js';
export * from './ownership/index.js';
export * from './pagination.js';
export * from './pages-per-parent.js';
export * from './scalars.js';
export * from './sql-statements.js';
export * from './start-subgraph.js';
export * from './transaction.js';
export * from './unit-directory.js';
export * from './unit-refs.js';
export * from './input-safety.js';
export * from './contracts/body-checks.js';
export * from './events/outbox.js';
export * from './events/relay.js';
export * from './events/recipients.js';
export * from './jobs/job-run.entity.js';
export * from './jobs/job-runs.resolver.js';
export * from './jobs/runner.js';
