// The ORM settings every subgraph shares: PostgreSQL, its own database, committed migrations,
// the kit's tables (audit trail, outbox, job runs), statement counting, a watched connection pool. A subgraph's
// mikro-orm.config.ts calls this once.
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { log, watchPool, type WatchedPool } from '@arrears-hub/protocol';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { AuditEntry } from './audit-trail.js';
import { OutboxEvent } from './events/outbox.js';
import { JobRun } from './jobs/job-run.entity.js';
import { CountingLogger } from './sql-statements.js';

export { ensureDatabaseExists } from '@arrears-hub/protocol';

export interface SubgraphOrmOptions {
  /** Subgraph name, e.g. "arrears"; the default database is hub_<name>. */
  name: string;
  entities: Function[];
  /** Absolute path of the compiled migrations (dist/migrations). */
  migrationsPath: string;
  /** Absolute path of the migration sources (src/migrations), where new migrations are written. */
  migrationsPathTs: string;
  clientUrl?: string;
}

export function databaseUrlFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(
      `DATABASE_URL is not set for the ${name} subgraph. Point it at a PostgreSQL database, e.g. postgres://user:pass@localhost:5432/hub_${name} (npm start does this for you).`,
    );
  }
  return url;
}

export function subgraphOrmConfig(options: SubgraphOrmOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl ?? databaseUrlFromEnv(options.name),
    // The kit's own tables in every subgraph: the audit trail, the outbox, the job runs.
    entities: [...options.entities, AuditEntry, OutboxEvent, JobRun],
    // MikroORM batches Reference/Collection loads of one tick into one query (docs/toolchain.md).
    dataloader: true,
    // Each subgraph owns a whole database; creating it is the start script's job, and the schema
    // comes only from committed migrations, never from the entities at start-up.
    ensureDatabase: false,
    forceUtcTimezone: true,
    debug: ['query'],
    loggerFactory: CountingLogger.create,
    // MikroORM 7's PostgreSQL driver creates its pg.Pool itself and hands it to this hook: its
    // connection counts become metrics (hub_db_pool_connections) and its 'error' events — an idle
    // connection PostgreSQL dropped, e.g. on a restart — are counted and logged. (The driver also
    // listens, so the process never dies of them; the next query reconnects.)
    driverOptions: {
      onPoolCreated: (pool: WatchedPool) =>
        watchPool(options.name, pool, (error) =>
          log('database').warn(
            { err: error },
            'database connection lost; the pool reconnects on next use',
          ),
        ),
    },
    extensions: [Migrator, SeedManager],
    migrations: {
      path: options.migrationsPath,
      pathTs: options.migrationsPathTs,
      glob: '!(*.d).{js,ts}',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
    },
  });
}
