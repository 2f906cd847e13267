// OpenTelemetry traces across the gateway and the subgraphs. Each process opens a server span per
// HTTP request (http.ts), continuing the W3C `traceparent` it received; the gateway's own spans
// (@apollo/gateway: gateway.request, gateway.plan, gateway.fetch …) nest inside it, and the gateway
// sends `traceparent` on every subgraph fetch (its data source calls injectTraceHeaders), so one
// query is one trace. Spans are exported over OTLP/HTTP only when an endpoint is configured
// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); without one, nothing is
// recorded but an incoming traceparent is still passed on. See docs/operations.md.
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';

export { InMemorySpanExporter, type ReadableSpan, type SpanExporter };

export interface TracingOptions {
  /** OTLP/HTTP traces URL (…/v1/traces); from the environment when not given. */
  endpoint?: string;
  /** Tests: an exporter (e.g. InMemorySpanExporter), spans exported one by one as they end. */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Whether spans are recorded and exported. */
  exporting: boolean;
  /** Exports what is buffered and stops (on shutdown). */
  shutdown(): Promise<void>;
}

let started: Tracing | undefined;

/** The OTLP traces URL the environment names, if any (the standard OpenTelemetry variables). */
export function tracesEndpointFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_TRACES_EXPORTER === 'none') return undefined;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/**
 * Sets up tracing for this process, once (later calls return the first set-up): the W3C trace
 * context propagator and async context always, a tracer provider exporting to `endpoint` (or
 * `exporter`) when there is one.
 */
export function startTracing(service: string, options: TracingOptions = {}): Tracing {
  if (started) return started;
  const endpoint = options.endpoint ?? tracesEndpointFromEnv();
  const exporter = options.exporter ?? (endpoint ? new OTLPTraceExporter({ url: endpoint }) : null);
  if (!exporter) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    started = { exporting: false, shutdown: async () => {} };
    return started;
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [
      options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter),
    ],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  started = {
    exporting: true,
    shutdown: async () => {
      try {
        await provider.shutdown();
      } catch {
        // A collector that is gone at shutdown loses the last spans, nothing more.
      }
    },
  };
  return started;
}

const tracer = () => trace.getTracer('arrears-hub');

type Headers = Record<string, string | string[] | undefined>;

/** Runs `work` inside a server span continuing the request's traceparent (if any). */
export function inServerSpan<T>(
  name: string,
  headers: Headers,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return tracer().startActiveSpan(
    name,
    { kind: SpanKind.SERVER, attributes },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Adds `traceparent` (and `tracestate`) for the active span to outgoing request headers. */
export function injectTraceHeaders(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), undefined, {
    set: (_carrier, name, value) => set(name, value),
  });
}

/** The active trace's id, for log lines and error reports. */
export function currentTraceId(): string | undefined {
  const id = trace.getActiveSpan()?.spanContext().traceId;
  return id && id !== '00000000000000000000000000000000' ? id : undefined;
}
