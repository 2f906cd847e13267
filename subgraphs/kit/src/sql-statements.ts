// Counts the SQL statements this process sends, so tests can prove a list costs a constant number
// of statements (no query per row). Exposed on GET /debug/stats outside production.
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

let executed = 0;

export function sqlStatementsExecuted(): number {
  return executed;
}

/** MikroORM logger that counts every statement and prints them only when HUB_SQL_LOG=1. */
export class CountingLogger extends DefaultLogger {
  private readonly print = process.env.HUB_SQL_LOG === '1';

  override logQuery(context: { query: string } & LogContext): void {
    executed += 1;
    if (this.print) super.logQuery(context);
  }

  static override create(this: void, options: LoggerOptions): CountingLogger {
    return new CountingLogger(options);
  }
}
