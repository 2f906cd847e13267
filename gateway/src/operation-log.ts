// The operation log: who ran which operation (name, document hash, variables with personal data
// redacted), how long it took, which subgraphs it touched and how it ended. The inspectors are
// themselves inspected: INSPECTOR and ADMIN read it at GET /operation-log. Stored in the gateway's
// own database, append-only.
//
// It never misses an operation:
// - every value is made storable whatever it holds: NUL and lone surrogates (which PostgreSQL's
//   text and jsonb refuse) are escaped, long strings are replaced by their length, deep nesting and
//   huge variable sets are cut down and say so;
// - a mutation's entry is written, durably, before the mutation runs; if it cannot be, the mutation
//   is refused (OPERATION_LOG_UNAVAILABLE) and the failure raised (error log line and metrics).
//   The entry is completed with its outcome once the mutation has run;
// - a query's entry goes through a bounded in-process queue, flushed in batches off the request's
//   path and retried while the database is away, so queries keep running during an outage.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import pg from 'pg';
import {
  counter,
  ensureDatabaseExists,
  ensureSchema,
  gauge,
  log,
  unwatchPool,
  watchPool,
  type Viewer,
} from '@arrears-hub/protocol';
import { gatewayMessages as msg } from './messages.js';
import { documentId } from './trusted-documents.js';

export interface LoggedContext {
  viewer: Viewer;
  subgraphs: Set<string>;
  requestId?: string;
}

const SENSITIVE =
  /(phone|mobile|contact|address|email|password|secret|token|idcard|identity|身份证|电话|地址)/i;

/** Longer strings are file contents (a base64 spreadsheet): the log keeps their size, not them. */
const MAX_LOGGED_STRING = 500;
/** Deeper structures are cut at this level (no input type of the schema nests this deep). */
const MAX_LOGGED_DEPTH = 16;
/** Variables whose logged form is larger are replaced by their size. */
const MAX_LOGGED_VARIABLES_BYTES = 64 * 1024;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text PostgreSQL can store (text and jsonb refuse U+0000 and unpaired surrogates): each such
 * character becomes its escape written out (`\u0000`, `\udc00`), so nothing is lost from sight and
 * the rest of the string is kept as it was.
 */
export function storableText(text: string): string {
  return text
    .replaceAll('\u0000', '\\u0000')
    .replace(LONE_SURROGATE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Variables with personal or secret values replaced, file contents shortened and every string
 * made storable, at any depth. */
export function redact(value: unknown, key = '', depth = 0): unknown {
  if (SENSITIVE.test(key) && value !== null && value !== undefined) return '[redacted]';
  if (typeof value === 'string')
    return value.length > MAX_LOGGED_STRING ? `[${value.length} characters]` : storableText(value);
  if (value && typeof value === 'object') {
    if (depth >= MAX_LOGGED_DEPTH) return `[nested deeper than ${MAX_LOGGED_DEPTH} levels]`;
    if (Array.isArray(value)) return value.map((v) => redact(v, '', depth + 1));
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        storableText(k),
        redact(v, k, depth + 1),
      ]),
    );
  }
  return value;
}

/** The variables as the log stores them (redacted, bounded in size). */
function storedVariables(variables: unknown): unknown {
  const redacted = redact(variables ?? null);
  const length = (JSON.stringify(redacted) ?? 'null').length;
  if (length <= MAX_LOGGED_VARIABLES_BYTES) return redacted ?? null;
  return {
    '[truncated]': `${length} characters of variables; the log keeps at most ${MAX_LOGGED_VARIABLES_BYTES}`,
  };
}

/** The variables as the log stores them (JSON text, bounded in size). */
export function loggedVariables(variables: unknown): string {
  return JSON.stringify(storedVariables(variables));
}

const SCHEMA = `
create table if not exists operation_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  viewer_id text not null,
  roles text[] not null,
  operation_name text,
  document_id text,
  variables jsonb,
  duration_ms integer not null,
  subgraphs text[] not null,
  outcome text not null,
  error_codes text[] not null
);
alter table operation_log add column if not exists operation_type text;
alter table operation_log add column if not exists request_id text;
create index if not exists operation_log_at on operation_log (at desc);
-- Append-only, with one exception: a mutation's entry, written as STARTED before it runs, is
-- completed once with how it ended (duration, subgraphs, outcome, codes); nothing else changes.
create or replace function operation_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.outcome = 'STARTED' and new.outcome <> 'STARTED'
     and (new.id, new.at, new.viewer_id, new.roles) = (old.id, old.at, old.viewer_id, old.roles)
     and new.operation_name is not distinct from old.operation_name
     and new.operation_type is not distinct from old.operation_type
     and new.document_id is not distinct from old.document_id
     and new.request_id is not distinct from old.request_id
     and new.variables is not distinct from old.variables then
    return new;
  end if;
  raise exception 'operation_log is append-only';
end $$;
drop trigger if exists operation_log_append_only on operation_log;
create trigger operation_log_append_only before update or delete on operation_log
  for each row execute function operation_log_append_only();`;

export interface OperationEntry {
  viewer: Viewer;
  operationName: string | null;
  operationType?: string | null;
  documentId: string | null;
  requestId?: string | null;
  variables: unknown;
  /** When the operation arrived (the queue writes later). */
  at?: Date;
  durationMs: number;
  subgraphs: string[];
  outcome: string;
  errorCodes: string[];
}

interface Completion {
  id: string;
  durationMs: number;
  subgraphs: string[];
  outcome: string;
  errorCodes: string[];
}

type Item =
  { kind: 'insert'; entry: OperationEntry } | { kind: 'complete'; completion: Completion };

/** The log's metrics, registered when a gateway opens a log (a gateway without one shows none). */
function logMetrics() {
  return {
    up: gauge({
      name: 'hub_operation_log_up',
      help: '1 when the last write to the operation log succeeded, 0 while it fails (mutations are refused).',
    }),
    queueLength: gauge({
      name: 'hub_operation_log_queue_length',
      help: 'Entries waiting in the gateway to be written to the operation log.',
    }),
    writeFailures: counter({
      name: 'hub_operation_log_write_failures_total',
      help: 'Failed writes to the operation log: before a mutation (which is then refused) or of a queued batch (retried).',
      labelNames: ['kind'],
    }),
    refusedMutations: counter({
      name: 'hub_operation_log_refused_mutations_total',
      help: 'Mutations refused because their operation log entry could not be written first.',
    }),
    dropped: counter({
      name: 'hub_operation_log_dropped_total',
      help: 'Entries dropped because the queue was full during a long outage (should stay 0).',
    }),
    written: counter({
      name: 'hub_operation_log_entries_written_total',
      help: 'Entries written to the operation log (inserted or completed).',
    }),
  };
}

export interface OperationLogOptions {
  /** Entries kept while the database is away; beyond it new entries are dropped and counted. */
  maxQueue?: number;
  /** Entries written in one statement. */
  batchSize?: number;
  /** How long a queued entry waits for more to join its batch. */
  flushDelayMs?: number;
}

/** The row as jsonb_to_recordset reads it: every text value storable. */
function row(entry: OperationEntry) {
  const text = (s: string | null | undefined, max = 500) =>
    s == null ? null : storableText(s.length > max ? `${s.slice(0, max)}…` : s);
  return {
    at: (entry.at ?? new Date()).toISOString(),
    viewer_id: text(entry.viewer.id) ?? '',
    roles: entry.viewer.roles.map((r) => text(r)),
    operation_name: text(entry.operationName, 200),
    operation_type: text(entry.operationType ?? null),
    document_id: text(entry.documentId),
    request_id: text(entry.requestId ?? null),
    variables: storedVariables(entry.variables),
    duration_ms: Math.max(0, Math.round(entry.durationMs)),
    subgraphs: entry.subgraphs.map((s) => text(s)),
    outcome: text(entry.outcome) ?? 'UNKNOWN',
    error_codes: entry.errorCodes.map((c) => text(c, 100)),
  };
}

const INSERT = `
  insert into operation_log (at, viewer_id, roles, operation_name, operation_type, document_id, request_id,
                             variables, duration_ms, subgraphs, outcome, error_codes)
  select at, viewer_id, roles, operation_name, operation_type, document_id, request_id,
         variables, duration_ms, subgraphs, outcome, error_codes
    from jsonb_to_recordset($1::jsonb) as r(at timestamptz, viewer_id text, roles text[],
         operation_name text, operation_type text, document_id text, request_id text, variables jsonb,
         duration_ms integer, subgraphs text[], outcome text, error_codes text[])
  returning id`;

const COMPLETE = `
  update operation_log o
     set duration_ms = c.duration_ms, subgraphs = c.subgraphs, outcome = c.outcome, error_codes = c.error_codes
    from jsonb_to_recordset($1::jsonb) as c(id bigint, duration_ms integer, subgraphs text[],
         outcome text, error_codes text[])
   where o.id = c.id and o.outcome = 'STARTED'`;

export class OperationLog {
  private readonly queue: Item[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private retryMs = 0;
  private closed = false;
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private readonly flushDelayMs: number;
  readonly metrics = logMetrics();

  private constructor(
    private readonly pool: pg.Pool,
    options: OperationLogOptions,
  ) {
    this.maxQueue = options.maxQueue ?? 10_000;
    this.batchSize = options.batchSize ?? 500;
    // Fewer, larger statements: a reader of the log flushes the queue first, so nobody waits.
    this.flushDelayMs = options.flushDelayMs ?? 200;
  }

  /** A log on a pool that already has the table (open() creates it); tests give a stand-in pool. */
  static forPool(pool: pg.Pool, options: OperationLogOptions = {}): OperationLog {
    return new OperationLog(pool, options);
  }

  static async open(url: string, options: OperationLogOptions = {}): Promise<OperationLog> {
    await ensureDatabaseExists(url);
    // Bounded waits: a mutation waits at most this long for its entry before it is refused.
    const pool = new pg.Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 5_000,
      query_timeout: 10_000,
    });
    // An idle connection dropped by the server (PostgreSQL restarting) is an 'error' event on the
    // pool: without a listener it would end the gateway.
    watchPool('operation-log', pool, (error) =>
      log('operation-log').warn(
        { err: error },
        'operation log connection lost; reconnecting on next use',
      ),
    );
    // One table, created here rather than through a migration tool: the gateway owns nothing else.
    await ensureSchema(pool, SCHEMA);
    const opened = new OperationLog(pool, options);
    opened.metrics.up.set(1);
    return opened;
  }

  /** Writes a mutation's entry (outcome STARTED) now and returns its id; throws when it cannot. */
  async recordBeforeRun(entry: OperationEntry): Promise<string> {
    try {
      const { rows } = await this.pool.query<{ id: string }>(INSERT, [
        JSON.stringify([row(entry)]),
      ]);
      this.metrics.written.inc();
      this.metrics.up.set(1);
      return rows[0]!.id;
    } catch (error) {
      this.metrics.writeFailures.inc({ kind: 'mutation' });
      this.metrics.up.set(0);
      log('operation-log').error(
        { err: error, alert: 'operation-log-unavailable', operationName: entry.operationName },
        'operation log write failed: the mutation is refused',
      );
      throw error;
    }
  }

  /** Queues an entry (or a mutation's completion) to be written off the request's path. */
  enqueue(item: Item): void {
    if (this.queue.length >= this.maxQueue) {
      this.metrics.dropped.inc();
      log('operation-log').error(
        { alert: 'operation-log-dropped', queued: this.queue.length },
        'operation log queue full: entry dropped',
      );
      return;
    }
    this.queue.push(item);
    this.metrics.queueLength.set(this.queue.length);
    this.schedule();
  }

  record(entry: OperationEntry): void {
    this.enqueue({ kind: 'insert', entry });
  }

  complete(completion: Completion): void {
    this.enqueue({ kind: 'complete', completion });
  }

  /** Entries not yet written. */
  pending(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.timer || this.flushing || this.closed) return;
    const delay = this.retryMs || (this.queue.length >= this.batchSize ? 0 : this.flushDelayMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  /** Writes queued entries, a batch at a time, until the queue is empty or a write fails. One
   * flush at a time: a caller during a flush waits for that one (which takes up what was queued
   * meanwhile too). */
  flush(): Promise<void> {
    if (!this.flushing) {
      const running = this.drain();
      this.flushing = running;
      // Cleared after the assignment above, even when drain() finds nothing to do.
      void running.finally(() => {
        if (this.flushing === running) this.flushing = undefined;
        if (this.queue.length) this.schedule();
      });
    }
    return this.flushing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.slice(0, this.batchSize);
        await this.writeSafely(batch);
        this.queue.splice(0, batch.length);
        this.metrics.queueLength.set(this.queue.length);
        this.retryMs = 0;
        this.metrics.up.set(1);
      }
    } catch (error) {
      this.metrics.writeFailures.inc({ kind: 'batch' });
      this.metrics.up.set(0);
      this.retryMs = Math.min(30_000, Math.max(500, this.retryMs * 2));
      log('operation-log').error(
        {
          err: error,
          alert: 'operation-log-unavailable',
          queued: this.queue.length,
          retryInMs: this.retryMs,
        },
        'operation log write failed: entries kept and retried',
      );
    }
  }

  /**
   * Writes a batch; when PostgreSQL refuses the data itself (SQLSTATE class 22 or 23, which no
   * retry can cure) the entries are written one by one, and one it still refuses is written with
   * its variables replaced by the reason, so a single odd entry never holds back the others.
   */
  private async writeSafely(batch: Item[]): Promise<void> {
    try {
      await this.write(batch);
    } catch (error) {
      if (!isDataError(error)) throw error;
      for (const item of batch) {
        try {
          await this.write([item]);
        } catch (itemError) {
          if (!isDataError(itemError)) throw itemError;
          log('operation-log').error(
            { err: itemError, alert: 'operation-log-unstorable' },
            'operation log entry refused by the database: written without its variables',
          );
          if (item.kind === 'insert')
            await this.write([
              {
                kind: 'insert',
                entry: {
                  ...item.entry,
                  operationName:
                    item.entry.operationName?.replace(/[^\x20-\x7e\u4e00-\u9fff]/g, '?') ?? null,
                  variables: { '[unstorable]': (itemError as Error).message.slice(0, 200) },
                },
              },
            ]);
        }
      }
    }
  }

  private async write(batch: Item[]): Promise<void> {
    const inserts = batch.flatMap((i) => (i.kind === 'insert' ? [row(i.entry)] : []));
    const completions = batch.flatMap((i) =>
      i.kind === 'complete'
        ? [
            {
              id: i.completion.id,
              duration_ms: Math.max(0, Math.round(i.completion.durationMs)),
              subgraphs: i.completion.subgraphs.map(storableText),
              outcome: storableText(i.completion.outcome),
              error_codes: i.completion.errorCodes.map(storableText),
            },
          ]
        : [],
    );
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      if (inserts.length) await client.query(INSERT, [JSON.stringify(inserts)]);
      if (completions.length) await client.query(COMPLETE, [JSON.stringify(completions)]);
      await client.query('commit');
      this.metrics.written.inc(batch.length);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async recent(filter: {
    limit: number;
    viewerId?: string;
    operationName?: string;
  }): Promise<unknown[]> {
    const { rows } = await this.pool.query(
      `select id, at, viewer_id as "viewerId", roles, operation_name as "operationName",
              operation_type as "operationType", document_id as "documentId", request_id as "requestId",
              variables, duration_ms as "durationMs", subgraphs, outcome, error_codes as "errorCodes"
         from operation_log
        where ($1::text is null or viewer_id = $1) and ($2::text is null or operation_name = $2)
        order by id desc limit $3`,
      [
        filter.viewerId === undefined ? null : storableText(filter.viewerId),
        filter.operationName === undefined ? null : storableText(filter.operationName),
        filter.limit,
      ],
    );
    return rows;
  }

  /** Writes what is queued (for at most `withinMs`), then closes the pool. */
  async close(withinMs = 5_000): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const deadline = Date.now() + withinMs;
    while (this.queue.length && Date.now() < deadline) {
      await this.flush();
      if (this.queue.length) await new Promise((r) => setTimeout(r, 200));
    }
    if (this.queue.length)
      log('operation-log').error(
        { alert: 'operation-log-dropped', lost: this.queue.length },
        'operation log entries not written before shutdown',
      );
    unwatchPool('operation-log');
    await this.pool.end();
  }
}

/** PostgreSQL refused the values themselves (not an outage): retrying the same rows cannot help. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

function outcomeOf(errors: readonly unknown[], hasData: boolean): string {
  if (!errors.length) return 'OK';
  return hasData ? 'PARTIAL' : 'ERROR';
}

/** Records every GraphQL request the gateway answers; a mutation only once its entry is written. */
export function operationLogPlugin(log: OperationLog): ApolloServerPlugin<LoggedContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const at = new Date();
      let startedId: string | undefined;
      return {
        async responseForOperation({ request, operation, operationName, source }) {
          if (operation?.operation !== 'mutation') return null;
          try {
            startedId = await log.recordBeforeRun({
              viewer: contextValue.viewer,
              operationName: operationName ?? request.operationName ?? null,
              operationType: 'mutation',
              documentId: source ? documentId(source) : null,
              requestId: contextValue.requestId ?? null,
              variables: request.variables ?? null,
              at,
              durationMs: 0,
              subgraphs: [],
              outcome: 'STARTED',
              errorCodes: [],
            });
            return null; // logged: let it run
          } catch {
            log.metrics.refusedMutations.inc();
            const unavailable = msg.operationLogUnavailable();
            return {
              http: { status: 503, headers: new HeaderMap() },
              body: {
                kind: 'single',
                singleResult: {
                  errors: [
                    {
                      message: unavailable.text(),
                      extensions: { code: 'OPERATION_LOG_UNAVAILABLE', messageId: unavailable.id },
                    },
                  ],
                },
              },
            };
          }
        },
        async willSendResponse({ request, response, operationName, operation, source }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = single?.errors ?? [];
          const errorCodes = [
            ...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))),
          ];
          const durationMs = performance.now() - started;
          const subgraphs = [...contextValue.subgraphs].sort();
          const outcome = outcomeOf(errors, Boolean(single?.data));
          if (startedId) {
            log.complete({ id: startedId, durationMs, subgraphs, outcome, errorCodes });
            return;
          }
          log.record({
            viewer: contextValue.viewer,
            operationName: operationName ?? request.operationName ?? null,
            operationType: operation?.operation ?? null,
            documentId: source ? documentId(source) : null,
            requestId: contextValue.requestId ?? null,
            variables: request.variables ?? null,
            at,
            durationMs,
            subgraphs,
            outcome,
            errorCodes,
          });
        },
      };
    },
  };
}
