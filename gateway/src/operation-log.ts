// The operation log: who ran which operation (name, document hash, variables with personal data
// redacted), how long it took, which subgraphs it touched and how it ended. The inspectors are
// themselves inspected: INSPECTOR and ADMIN read it at GET /operation-log. Stored in the gateway's
// own database, append-only.
import type { ApolloServerPlugin } from '@apollo/server';
import pg from 'pg';
import { ensureDatabaseExists } from '@arrears-hub/protocol';
import type { Viewer } from '@arrears-hub/protocol';
import { documentId } from './trusted-documents.js';

export interface LoggedContext {
  viewer: Viewer;
  subgraphs: Set<string>;
}

const SENSITIVE =
  /(phone|mobile|contact|address|email|password|secret|token|idcard|identity|身份证|电话|地址)/i;

/** Longer strings are file contents (a base64 spreadsheet): the log keeps their size, not them. */
const MAX_LOGGED_STRING = 500;

/** Variables with personal or secret values replaced, and file contents shortened, at any depth. */
export function redact(value: unknown, key = ''): unknown {
  if (SENSITIVE.test(key) && value !== null && value !== undefined) return '[redacted]';
  if (typeof value === 'string' && value.length > MAX_LOGGED_STRING)
    return `[${value.length} characters]`;
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redact(v, k)]),
    );
  }
  return value;
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
create index if not exists operation_log_at on operation_log (at desc);
create or replace function operation_log_append_only() returns trigger language plpgsql as $$
begin raise exception 'operation_log is append-only'; end $$;
drop trigger if exists operation_log_append_only on operation_log;
create trigger operation_log_append_only before update or delete on operation_log
  for each statement execute function operation_log_append_only();`;

export interface OperationEntry {
  viewer: Viewer;
  operationName: string | null;
  documentId: string | null;
  variables: unknown;
  durationMs: number;
  subgraphs: string[];
  outcome: string;
  errorCodes: string[];
}

export class OperationLog {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<OperationLog> {
    await ensureDatabaseExists(url);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // One table, created here rather than through a migration tool: the gateway owns nothing else.
    await pool.query(SCHEMA);
    return new OperationLog(pool);
  }

  async record(entry: OperationEntry): Promise<void> {
    await this.pool.query(
      `insert into operation_log (viewer_id, roles, operation_name, document_id, variables, duration_ms, subgraphs, outcome, error_codes)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.viewer.id,
        entry.viewer.roles,
        entry.operationName,
        entry.documentId,
        JSON.stringify(redact(entry.variables ?? null)),
        Math.round(entry.durationMs),
        entry.subgraphs,
        entry.outcome,
        entry.errorCodes,
      ],
    );
  }

  async recent(filter: {
    limit: number;
    viewerId?: string;
    operationName?: string;
  }): Promise<unknown[]> {
    const { rows } = await this.pool.query(
      `select id, at, viewer_id as "viewerId", roles, operation_name as "operationName", document_id as "documentId", variables,
              duration_ms as "durationMs", subgraphs, outcome, error_codes as "errorCodes"
         from operation_log
        where ($1::text is null or viewer_id = $1) and ($2::text is null or operation_name = $2)
        order by id desc limit $3`,
      [filter.viewerId ?? null, filter.operationName ?? null, filter.limit],
    );
    return rows;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Records every GraphQL request the gateway executes. */
export function operationLogPlugin(log: OperationLog): ApolloServerPlugin<LoggedContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ request, response, operationName, source }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = [
            ...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))),
          ];
          try {
            await log.record({
              viewer: contextValue.viewer,
              operationName: operationName ?? request.operationName ?? null,
              documentId: source ? documentId(source) : null,
              variables: request.variables ?? null,
              durationMs: performance.now() - started,
              subgraphs: [...contextValue.subgraphs].sort(),
              outcome: errors.length
                ? response.body.kind === 'single' && response.body.singleResult.data
                  ? 'PARTIAL'
                  : 'ERROR'
                : 'OK',
              errorCodes,
            });
          } catch (error) {
            console.error('[gateway] operation log write failed', error);
          }
        },
      };
    },
  };
}
