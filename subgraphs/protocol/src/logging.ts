// Structured JSON logs (pino), one line per event, the same shape in the gateway and every subgraph:
// `service`, `level`, `time`, `msg`, and — inside a request — `reqId` (the x-request-id the gateway
// assigns and forwards) and `traceId`/`spanId` (OpenTelemetry), so one request can be followed
// through every process. Fields and settings are listed in docs/operations.md.
import { AsyncLocalStorage } from 'node:async_hooks';
import { trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** What every log line written while serving one request carries. */
export interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with `requestScope` attached to every log line it writes (and its callbacks'). */
export function runInRequestScope<T>(requestScope: RequestScope, work: () => T): T {
  return scope.run(requestScope, work);
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface LoggingOptions {
  /** Default `info`; `HUB_LOG_LEVEL` in every process's environment. */
  level?: string;
  /** Where lines go (tests capture them); standard output by default. */
  destination?: DestinationStream;
}

function createLogger(service: string, options: LoggingOptions): Logger {
  const level = options.level || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`HUB_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${level}".`);
  return pino(
    {
      level,
      base: { service, pid: process.pid },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names rather than numbers: what people grep for and collectors map directly.
      formatters: { level: (label) => ({ level: label }) },
      // pg attaches the whole client (connection settings, type parsers) to its errors: keep the
      // error, not the client.
      serializers: {
        err: (error: Error) => {
          const serialized = pino.stdSerializers.err(error) as Record<string, unknown>;
          delete serialized.client;
          delete serialized.connection;
          return serialized;
        },
      },
      mixin() {
        const request = scope.getStore();
        const span = trace.getActiveSpan()?.spanContext();
        return {
          ...(request ? { reqId: request.requestId } : {}),
          ...(span && span.traceId !== '00000000000000000000000000000000'
            ? { traceId: span.traceId, spanId: span.spanId }
            : {}),
        };
      },
    },
    options.destination ?? standardOutput(),
  );
}

/** What flushLogs waits for: the buffered standard output of this process, when it has one. */
const pendingFlushes = new Set<() => Promise<void>>();

/**
 * Standard output, buffered: lines are written 4 KiB at a time, at the latest 200 ms after they
 * were logged, and everything left is written (synchronously) when the process exits. One write
 * per request line was a system call per request in every process; a process killed with SIGKILL
 * loses at most its last 200 ms of lines.
 *
 * When nobody reads standard output any more (the launcher that piped it died), a write fails with
 * EPIPE. sonic-boom's flushSync (4.2) retries such a write for ever, so a process flushing at exit
 * would never exit: an orphan holding its port. So the exit flush is skipped once a write failed,
 * and the process's own exits (stopOnSignals) first flush asynchronously with flushLogs, where a
 * closed pipe shows itself as an error instead of a loop.
 */
function standardOutput(): DestinationStream {
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: 4096,
    periodicFlush: 200,
  } as Parameters<typeof pino.destination>[0]);
  let failed = false;
  // pino's own listener turns writing off on EPIPE; this one remembers that a write failed.
  destination.on('error', () => {
    failed = true;
  });
  pendingFlushes.add(
    () =>
      new Promise<void>((resolve) => {
        if (failed) return resolve();
        try {
          destination.flush(() => resolve());
        } catch {
          resolve();
        }
      }),
  );
  process.once('exit', () => {
    if (failed) return;
    try {
      destination.flushSync();
    } catch {
      // nothing more can be done while exiting
    }
  });
  return destination;
}

/**
 * Writes what the logs hold, waiting at most `timeoutMs`: call it before process.exit. A closed
 * standard output ends the wait at once (and the exit then skips the synchronous flush).
 */
export async function flushLogs(timeoutMs = 1_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  await Promise.race([Promise.all([...pendingFlushes].map((flush) => flush())), deadline]);
  clearTimeout(timer);
}

let root: Logger | undefined;
const children = new Map<string, Logger>();

/** Names this process in its logs (call once at start-up, before anything logs). */
export function configureLogging(service: string, options: LoggingOptions = {}): Logger {
  root = createLogger(service, options);
  children.clear();
  return root;
}

/** The process's logger, or a child for one component (`log('operation-log')`). Call it where
 * you log, not at module load: the process names itself (configureLogging) after imports run. */
export function log(component?: string): Logger {
  // Unit tests that never configure logging stay quiet unless asked.
  root ??= createLogger('hub', {
    level: process.env.HUB_LOG_LEVEL || (process.env.VITEST ? 'warn' : 'info'),
  });
  if (!component) return root;
  let child = children.get(component);
  if (!child) children.set(component, (child = root.child({ component })));
  return child;
}
