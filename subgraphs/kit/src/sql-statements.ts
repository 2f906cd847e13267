// Counts the SQL statements this process sends, so tests can prove a list costs a constant number
// of statements (no query per row). Exposed on GET /debug/stats outside production, and as the
// Prometheus metrics hub_sql_statements_total / hub_sql_statement_duration_seconds at /metrics.
// A statement slower than HUB_SLOW_SQL_MS (default 1000) is logged at warn level, without its
// parameters (they may hold personal data).
// Statements of scheduled jobs (jobs/runner.ts) are counted apart (`jobStatements`), so a test
// that counts a request's statements is not disturbed by a job that happens to run meanwhile.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { counter, histogram, LATENCY_BUCKETS, log } from '@arrears-hub/protocol';

let executed = 0;
let background = 0;
let executedByJobs = 0;
const inJob = new AsyncLocalStorage<true>();

/** Statements sent for requests (what /debug/stats reports as `statements`). */
export function sqlStatementsExecuted(): number {
  return executed;
}

/** Statements of work no request waits for (keeping tables in step after the unit directory
 * reloads), sent with `{ loggerContext: { label: BACKGROUND } }`: counted apart, so a test that
 * counts a request's statements is not disturbed by a reload that happens to fall inside it. */
export function backgroundSqlStatements(): number {
  return background;
}

export const BACKGROUND = 'background';

/** Statements sent by scheduled jobs (not in sqlStatementsExecuted). */
export function jobStatementsExecuted(): number {
  return executedByJobs;
}

/** Runs `work` with its statements counted as a job's. */
export function countedAsJob<T>(work: () => Promise<T>): Promise<T> {
  return inJob.run(true, work);
}

const statements = counter({
  name: 'hub_sql_statements_total',
  help: 'SQL statements sent to the database, by outcome (ok, error).',
  labelNames: ['outcome'],
});

const statementDuration = histogram({
  name: 'hub_sql_statement_duration_seconds',
  help: 'Time of each SQL statement, as the ORM measured it.',
  buckets: LATENCY_BUCKETS,
});

const slowMs = Number(process.env.HUB_SLOW_SQL_MS || 1000);

/** MikroORM logger that counts every statement and prints them only when HUB_SQL_LOG=1. */
export class CountingLogger extends DefaultLogger {
  private readonly print = process.env.HUB_SQL_LOG === '1';

  override logQuery(context: { query: string } & LogContext): void {
    if (inJob.getStore()) executedByJobs += 1;
    else if (context.label === BACKGROUND) background += 1;
    else executed += 1;
    statements.inc({ outcome: context.level === 'error' ? 'error' : 'ok' });
    if (typeof context.took === 'number') {
      statementDuration.observe(context.took / 1000);
      if (context.took >= slowMs)
        log('sql').warn(
          { ms: context.took, query: context.query.slice(0, 2000) },
          'slow SQL statement',
        );
    }
    if (this.print) super.logQuery(context);
  }

  static override create(this: void, options: LoggerOptions): CountingLogger {
    return new CountingLogger(options);
  }
}
