// What operating the hub relies on: /metrics in Prometheus text format on every process (the shared
// test hub), and — on a private hub exporting traces to an in-memory OTLP collector run by this
// test — one cross-subgraph query as one trace (the gateway's spans and each subgraph's span, the
// subgraphs' spans children of the gateway's fetches), and one request id in every process's logs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, hub } from './harness/client.ts';
import { startPrivateHub, type PrivateHub } from './harness/private-hub.ts';

/** One line of the text format: a comment, a sample `name{labels} value`, or blank. */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|[+-]Inf|NaN)$/;

async function scrape(base: string) {
  const response = await fetch(new URL('/metrics', base));
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

describe('/metrics on every process', () => {
  it('answers in Prometheus text format with the series docs/operations.md lists', async () => {
    // Something for every process to count.
    await gql(
      `{ region(code: "150621") { name arrearsSummary { count } funds { available } supervision { openCases } } noticeCounts { total } }`,
    );
    const processes = { gateway: hub().gatewayUrl, ...hub().subgraphUrls };
    for (const [name, url] of Object.entries(processes)) {
      const { status, type, text } = await scrape(url);
      expect(status, name).toBe(200);
      expect(type, name).toMatch(/^text\/plain; version=0\.0\.4; charset=utf-8$/);
      for (const line of text.split('\n'))
        if (line && !line.startsWith('#')) expect(line, `${name}: ${line}`).toMatch(SAMPLE);
      const common = [
        'hub_http_requests_total',
        'hub_http_request_duration_seconds_bucket',
        'hub_graphql_operations_total',
        'hub_graphql_errors_total',
        'hub_process_resident_memory_bytes',
        'hub_nodejs_eventloop_lag_seconds',
      ];
      const own =
        name === 'gateway'
          ? [
              'hub_subgraph_fetches_total',
              'hub_subgraph_fetch_duration_seconds_bucket',
              'hub_operation_log_up{service="gateway"} 1',
              'hub_db_pool_connections{pool="operation-log"',
            ]
          : [
              'hub_sql_statements_total',
              'hub_sql_statement_duration_seconds_bucket',
              `hub_db_pool_connections{pool="${name}"`,
            ];
      for (const series of [...common, ...own])
        expect(text, `${name}: ${series}`).toContain(series);
      expect(text, name).toContain(`service="${name}"`);
      // The job queue's series, in the subgraphs that run jobs (docs/jobs-and-notices.md).
      if (['arrears', 'supervision', 'notices'].includes(name))
        for (const series of ['# TYPE hub_job_runs_total counter', '# TYPE hub_job_queue gauge'])
          expect(text, `${name}: ${series}`).toContain(series);
    }
  });
});

interface OtlpSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** An OTLP/HTTP (JSON) trace receiver that keeps the spans in memory. */
function collector() {
  const spans: OtlpSpan[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      try {
        const payload = JSON.parse(body) as any;
        for (const rs of payload.resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a: any) => a.key === 'service.name')?.value
            ?.stringValue;
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? [])
              spans.push({
                service,
                traceId: s.traceId,
                spanId: s.spanId,
                parentSpanId: s.parentSpanId || undefined,
                name: s.name,
              });
        }
      } catch {
        // a protobuf body would land here: the exporter is configured for JSON
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  return { server, spans };
}

describe('one request, followed through every process', () => {
  const otlp = collector();
  let privateHub: PrivateHub;

  beforeAll(async () => {
    await new Promise<void>((r) => otlp.server.listen(0, '127.0.0.1', () => r()));
    const { port } = otlp.server.address() as AddressInfo;
    privateHub = await startPrivateHub({
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      HUB_ACCESS_LOG: '1',
    });
  }, 180_000);

  afterAll(async () => {
    await privateHub?.stop();
    await new Promise<void>((r) => otlp.server.close(() => r()));
  });

  it('is one trace: the gateway span and each subgraph span, joined by traceparent', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const result = await privateHub.gql(
      `{ region(code: "150621") { name arrearsSummary { count } funds { available } supervision { openCases } } }`,
      {},
      undefined,
      { traceparent: `00-${traceId}-b7ad6b7169203331-01` },
    );
    expect(result.errors).toBeUndefined();
    const deadline = Date.now() + 15_000;
    const services = () =>
      new Set(otlp.spans.filter((s) => s.traceId === traceId).map((s) => s.service));
    while (Date.now() < deadline && services().size < 5)
      await new Promise((r) => setTimeout(r, 250));
    const trace = otlp.spans.filter((s) => s.traceId === traceId);
    expect([...services()].sort()).toEqual([
      'arrears',
      'finance',
      'gateway',
      'organisations',
      'supervision',
    ]);
    const gatewaySpans = trace.filter((s) => s.service === 'gateway');
    const root = gatewaySpans.find((s) => s.name === 'POST /graphql')!;
    expect(root.parentSpanId).toBe('b7ad6b7169203331'); // the caller's span
    expect(gatewaySpans.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'gateway.request',
        'gateway.plan',
        'gateway.execute',
        'gateway.fetch',
      ]),
    );
    const fetches = new Set(
      gatewaySpans.filter((s) => s.name === 'gateway.fetch').map((s) => s.spanId),
    );
    for (const service of ['organisations', 'arrears', 'finance', 'supervision']) {
      const server = trace.filter((s) => s.service === service && s.name === 'POST /graphql');
      expect(server.length, service).toBeGreaterThan(0);
      for (const span of server) expect(fetches.has(span.parentSpanId!), service).toBe(true);
    }
  });

  it('carries one request id into the logs of the gateway and each subgraph it called', async () => {
    const requestId = `obs-${Date.now().toString(36)}`;
    const result = await privateHub.gql(
      `{ region(code: "150621") { name arrearsSummary { count } } }`,
      {},
      undefined,
      { 'x-request-id': requestId },
    );
    expect(result.headers.get('x-request-id')).toBe(requestId);
    await new Promise((r) => setTimeout(r, 300));
    const lines = privateHub
      .output()
      .split('\n')
      .filter((l) => l.includes(`"reqId":"${requestId}"`));
    const processes = new Set(lines.map((l) => /^\[([\w-]+)\]/.exec(l)?.[1]));
    expect([...processes].sort()).toEqual(['arrears', 'gateway', 'organisations']);
  });
});
