// The gateway against stand-in subgraphs (small HTTP servers), so faults can be made at will: a
// subgraph that is down, slow or failing; a shutdown with requests in flight; what it forwards
// (request id, traceparent); what it refuses before calling anyone; what /metrics says.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureMetrics, InMemorySpanExporter, startTracing } from '@arrears-hub/protocol';
import { issueDevelopmentToken } from './auth.js';
import { loadConfig } from './config.js';
import { startGateway, type RunningGateway } from './gateway.js';

const spans = new InMemorySpanExporter();
startTracing('gateway', { exporter: spans });
configureMetrics('gateway');

/** A stand-in organisations subgraph: answers `region(code)` after `delayMs`, records headers. */
function standIn() {
  const schema = buildSchema(
    `type Query { region(code: ID!): Region } type Region { code: ID! name: String! }`,
  );
  const seen: IncomingHttpHeaders[] = [];
  const state = { delayMs: 0, status: 200, ownerDown: false };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', async () => {
      seen.push(req.headers);
      await new Promise((r) => setTimeout(r, state.delayMs));
      if (state.status !== 200) {
        res.writeHead(state.status, { 'content-type': 'text/plain' });
        return res.end('broken');
      }
      if (state.ownerDown) {
        // As a subgraph answers when a contract owner it calls is down.
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({
            data: { region: null },
            errors: [
              {
                message: 'arrears 服务暂时不可用',
                path: ['region'],
                extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'arrears' },
              },
            ],
          }),
        );
      }
      const { query, variables } = JSON.parse(body) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const result = await graphql({
        schema,
        source: query,
        variableValues: variables,
        rootValue: { region: ({ code }: { code: string }) => ({ code, name: `区域 ${code}` }) },
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    });
  });
  return { server, seen, state };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const organisations = standIn();
let gateway: RunningGateway;
let token: string;

async function post(body: unknown, headers: Record<string, string> = {}, url = gateway.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
}

async function start(env: Record<string, string> = {}) {
  const down = `http://127.0.0.1:${await closedPort()}/graphql`;
  const { port } = organisations.server.address() as AddressInfo;
  return startGateway(
    loadConfig({
      PORT: '0',
      HUB_RATE_LIMIT_PER_MINUTE: '0',
      SUBGRAPH_URL_ORGANISATIONS: `http://127.0.0.1:${port}/graphql`,
      SUBGRAPH_URL_ARREARS: down,
      SUBGRAPH_URL_FINANCE: down,
      SUBGRAPH_URL_SUPERVISION: down,
      ...env,
    }),
  );
}

beforeAll(async () => {
  await new Promise<void>((r) => organisations.server.listen(0, '127.0.0.1', () => r()));
  token = await issueDevelopmentToken({ sub: 'resilience-test', roles: ['LEADING_GROUP'] });
  gateway = await start({ HUB_SUBGRAPH_TIMEOUT_MS: '1000' });
});

afterAll(async () => {
  await gateway?.stop();
  await new Promise<void>((r) => organisations.server.close(() => r()));
});

describe('a subgraph that is down, slow or failing', () => {
  it('is SUBGRAPH_UNAVAILABLE naming it, and the other subgraphs’ data stays', async () => {
    const result = await post({
      query: `{ region(code: "150621") { name } arrear(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    });
    expect(result.status).toBe(200);
    expect(result.body.data.region.name).toBe('区域 150621');
    expect(result.body.data.arrear).toBeNull();
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0].extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'arrears',
    });
    expect(result.body.errors[0].message).not.toMatch(/Unexpected error/);
  });

  it('a subgraph answering 5xx or too slowly counts as unavailable too', async () => {
    organisations.state.status = 502;
    const failing = await post({ query: `{ region(code: "150621") { name } }` });
    organisations.state.status = 200;
    expect(failing.body.errors[0].extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'organisations',
    });
    organisations.state.delayMs = 1500; // over HUB_SUBGRAPH_TIMEOUT_MS
    const slow = await post({ query: `{ region(code: "150621") { name } }` });
    organisations.state.delayMs = 0;
    expect(slow.body.errors[0].extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'organisations',
    });
  });
});

describe('a subgraph whose own dependency is down', () => {
  it('keeps the name of the one that is unavailable, and says through which', async () => {
    organisations.state.ownerDown = true;
    const result = await post({ query: `{ region(code: "150621") { name } }` });
    organisations.state.ownerDown = false;
    expect(result.body, JSON.stringify(result.body)).toHaveProperty('errors');
    expect(result.body.errors[0].extensions).toEqual({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'arrears',
      via: 'organisations',
    });
  });
});

describe('what the gateway forwards', () => {
  it('the request id (the caller’s, or a new one) and the trace context', async () => {
    spans.reset();
    const own = await post(
      { query: `{ region(code: "1") { name } }` },
      { 'x-request-id': 'trace-me-42' },
    );
    expect(own.headers.get('x-request-id')).toBe('trace-me-42');
    const forwarded = organisations.seen.at(-1)!;
    expect(forwarded['x-request-id']).toBe('trace-me-42');
    const traceparent = String(forwarded.traceparent);
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const traceId = traceparent.split('-')[1];
    const names = spans
      .getFinishedSpans()
      .filter((s) => s.spanContext().traceId === traceId)
      .map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['POST /graphql', 'gateway.request', 'gateway.fetch']),
    );
    // The subgraph's span is the child of the gateway's fetch span.
    const fetchSpan = spans
      .getFinishedSpans()
      .find((s) => s.name === 'gateway.fetch' && s.spanContext().traceId === traceId)!;
    expect(traceparent.split('-')[2]).toBe(fetchSpan.spanContext().spanId);

    const fresh = await post(
      { query: `{ region(code: "1") { name } }` },
      { 'x-request-id': 'bad id with spaces' },
    );
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(organisations.seen.at(-1)!['x-request-id']).toBe(fresh.headers.get('x-request-id'));
  });

  it('continues a trace the caller started', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await post(
      { query: `{ region(code: "1") { name } }` },
      { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    );
    expect(String(organisations.seen.at(-1)!.traceparent).split('-')[1]).toBe(traceId);
  });
});

describe('refused before any subgraph is called, with a code and a 4xx', () => {
  const refused = async (body: unknown) => {
    const before = organisations.seen.length;
    const result = await post(body);
    expect(organisations.seen.length).toBe(before);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(JSON.stringify(result.body)).not.toMatch(/Unexpected error|Syntax Error/);
    return result.body.errors[0];
  };

  it('a cost over the limit when `first` comes in variables, saying what to reduce', async () => {
    const error = await refused({
      query: `query($n: Int) { organisations(first: $n) { edges { node { name arrearsOwed(first: $n) { totalCount } } } } }`,
      variables: { n: 500 },
    });
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(
      /^查询成本 \d+ 超过上限 100000：请减少 organisations 的 first（现为 500）、arrearsOwed 的 first（现为 500）/,
    );
  });

  it('several operations without operationName, or with an unknown one; a subscription', async () => {
    const two = `query A { region(code: "1") { name } } query B { region(code: "2") { name } }`;
    expect((await refused({ query: two })).extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    const unknown = await refused({ query: two, operationName: 'C' });
    expect(unknown.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(unknown.message).toMatch(/没有名为“C”的操作/);
    const subscription = await refused({ query: `subscription { region(code: "1") { name } }` });
    expect(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED']).toContain(subscription.extensions.code);
  });
});

describe('shutdown', () => {
  it('stops accepting, lets requests in flight finish, /ready is 503 meanwhile', async () => {
    // No fixed sleeps: wait for what must have happened (the request reached the subgraph), so a
    // loaded machine changes the timings but not the outcome.
    const draining = await start({ HUB_DRAIN_DELAY_MS: '2000', HUB_DRAIN_TIMEOUT_MS: '10000' });
    organisations.state.delayMs = 3000;
    const seenBefore = organisations.seen.length;
    const inFlight = post({ query: `{ region(code: "150621") { name } }` }, {}, draining.url);
    while (organisations.seen.length === seenBefore) await new Promise((r) => setTimeout(r, 10));
    const stopped = draining.stop();
    const ready = await fetch(draining.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
    const answer = await inFlight;
    organisations.state.delayMs = 0;
    expect(answer.status).toBe(200);
    expect(answer.body.data.region.name).toBe('区域 150621');
    await stopped;
    await expect(fetch(draining.url.replace('/graphql', '/health'))).rejects.toThrow();
  });
});

describe('/metrics', () => {
  it('answers in Prometheus text format with the gateway’s series', async () => {
    const response = await fetch(gateway.url.replace('/graphql', '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const name of [
      'hub_http_requests_total',
      'hub_http_request_duration_seconds_bucket',
      'hub_graphql_errors_total',
      'hub_subgraph_fetches_total',
      'hub_subgraph_fetch_duration_seconds_bucket',
      'hub_process_resident_memory_bytes',
    ])
      expect(text, name).toContain(name);
    expect(text).toMatch(/hub_graphql_errors_total\{code="SUBGRAPH_UNAVAILABLE"[^}]*\} [1-9]/);
    expect(text).toMatch(
      /hub_subgraph_fetches_total\{subgraph="arrears",outcome="unavailable"[^}]*\} [1-9]/,
    );
    // Every line is a comment, blank, or `name{labels} value`.
    for (const line of text.split('\n'))
      expect(line).toMatch(/^(#.*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? -?[0-9.e+Inf-]+(NaN)?|)$/);
  });
});
