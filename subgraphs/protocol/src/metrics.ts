// Prometheus metrics (prom-client), served at GET /metrics by every process (http.ts). One registry
// per process; every series carries `service` (gateway, organisations, …) as a default label. The
// metrics shared by all processes are defined here; the gateway and the kit add their own through
// counter/gauge/histogram below, so the packages above this one need no prom-client of their own.
// Names and labels are listed in docs/operations.md.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

export const metricsRegistry = new Registry();

let configured = false;

/** Labels every series with the process's service name and adds Node's own metrics (heap, event
 * loop lag, GC, file descriptors), once per process. */
export function configureMetrics(service: string): void {
  if (configured) return;
  configured = true;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'hub_' });
}

/** The text GET /metrics answers. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}

/** A counter in the process's registry (returns the existing one when the name is taken, so a
 * module loaded twice in tests does not throw). */
export function counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
  const existing = metricsRegistry.getSingleMetric(config.name);
  if (existing) return existing as Counter<L>;
  return new Counter({ ...config, registers: [metricsRegistry] });
}

export function gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
  const existing = metricsRegistry.getSingleMetric(config.name);
  if (existing) return existing as Gauge<L>;
  return new Gauge({ ...config, registers: [metricsRegistry] });
}

export function histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
  const existing = metricsRegistry.getSingleMetric(config.name);
  if (existing) return existing as Histogram<L>;
  return new Histogram({ ...config, registers: [metricsRegistry] });
}

/** Seconds; from 5 ms to 30 s, where GraphQL requests and SQL statements fall. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = counter({
  name: 'hub_http_requests_total',
  help: 'HTTP requests answered, by route, method and status code.',
  labelNames: ['route', 'method', 'status'],
});

export const httpRequestDuration = histogram({
  name: 'hub_http_request_duration_seconds',
  help: 'Time from the request arriving to the response being sent, by route.',
  labelNames: ['route', 'method'],
  buckets: LATENCY_BUCKETS,
});

export const httpInFlight = gauge({
  name: 'hub_http_requests_in_flight',
  help: 'Requests being served right now.',
});

export const graphqlOperations = counter({
  name: 'hub_graphql_operations_total',
  help: 'GraphQL operations answered, by operation type (query, mutation, none when it never resolved) and outcome (ok, partial, error).',
  labelNames: ['type', 'outcome'],
});

export const graphqlErrors = counter({
  name: 'hub_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code as the client saw it (INTERNAL_SERVER_ERROR is a masked "Unexpected error.").',
  labelNames: ['code'],
});

/** Counts each GraphQL answer by type and outcome, and its errors by code (after masking). */
export function graphqlMetricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = single?.errors ?? [];
          const outcome = !errors.length ? 'ok' : single?.data ? 'partial' : 'error';
          graphqlOperations.inc({ type: operation?.operation ?? 'none', outcome });
          for (const error of errors)
            graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}

export const draining = gauge({
  name: 'hub_draining',
  help: '1 while the process drains after SIGTERM (not ready, finishing requests in flight), else 0.',
});

export const unhandledRejections = counter({
  name: 'hub_unhandled_rejections_total',
  help: 'Promise rejections nobody handled (logged at error level; the process keeps running).',
});

/** What a connection pool exposes (pg.Pool), without depending on its types. */
export interface WatchedPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const pools = new Map<string, WatchedPool>();

export const dbPoolErrors = counter({
  name: 'hub_db_pool_errors_total',
  help: 'Errors a database pool reported outside any query (a connection dropped by the server, e.g. PostgreSQL restarting).',
  labelNames: ['pool'],
});

gauge({
  name: 'hub_db_pool_connections',
  help: 'Connections of each database pool: total open, idle, and requests waiting for one.',
  labelNames: ['pool', 'state'],
  collect() {
    this.reset();
    for (const [name, pool] of pools) {
      this.set({ pool: name, state: 'total' }, pool.totalCount);
      this.set({ pool: name, state: 'idle' }, pool.idleCount);
      this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
    }
  },
});

/**
 * Watches a pool: its connection counts become metrics, and its `error` events — which pg emits for
 * an idle connection the server dropped and which, without a listener, end the process — are
 * counted and handed to `onError` (a log line). The pool has already discarded the broken client;
 * the next query opens a new one.
 */
export function watchPool(
  name: string,
  pool: WatchedPool,
  onError: (error: Error) => void,
): WatchedPool {
  pools.set(name, pool);
  pool.on('error', (error) => {
    dbPoolErrors.inc({ pool: name });
    onError(error);
  });
  return pool;
}

/** Stops reporting a pool that was closed. */
export function unwatchPool(name: string): void {
  pools.delete(name);
}
