// The data source against a stand-in subgraph that holds every request for a moment (so requests
// overlap for sure) and records what reached it: batching within one client request, sharing
// between requests of one viewer, and what is never shared.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyViewer, DEVELOPMENT_VIEWER_SECRET, type Viewer } from '@arrears-hub/protocol';
import { SubgraphDataSource, type SubgraphCallContext } from './subgraph-data-source.js';

interface Seen {
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
  headers: IncomingHttpHeaders;
}

let seen: Seen[] = [];
let status = 200;
/** Answers every root field (aliases included) with its own response key and the variables. */
const server: Server = createServer((req, res) => {
  let text = '';
  req.on('data', (c: Buffer) => (text += c.toString()));
  req.on('end', () => {
    const body = JSON.parse(text) as Seen['body'];
    seen.push({ body, headers: req.headers });
    setTimeout(
      () => {
        if (status !== 200) {
          res.writeHead(status, { 'content-type': 'application/json' });
          return res.end(
            JSON.stringify({
              errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }],
            }),
          );
        }
        const keys = [...body.query.matchAll(/(?:^|[{\s])(\w+)\s*:\s*\w+\s*[({]/g)].map(
          (m) => m[1],
        );
        const data = Object.fromEntries(
          (keys.length ? keys : ['plain']).map((k) => [k, { key: k, variables: body.variables }]),
        );
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data }));
      },
      Number(body.variables?.delay ?? 50),
    );
  });
});

let source: SubgraphDataSource;
let url: string;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  source = new SubgraphDataSource('arrears', url, DEVELOPMENT_VIEWER_SECRET);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
  status = 200;
});

const alice: Viewer = { id: 'alice', roles: ['LEADING_GROUP'] };
const bob: Viewer = { id: 'bob', roles: ['LEADING_GROUP'] };
const contextOf = (viewer: Viewer, dedupe = true): SubgraphCallContext => ({
  viewer,
  subgraphs: new Set(),
  dedupe,
});

function fetchFrom(
  context: SubgraphCallContext,
  query: string,
  variables: Record<string, unknown> = {},
  on = source,
) {
  return on.process({
    kind: 'incoming operation',
    request: { query, variables },
    context,
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions<SubgraphCallContext>);
}

const Q1 = 'query A($n: Int) { one: first(n: $n) { key } }';
const Q2 = 'query B($n: Int) { two: second(n: $n) { key } }';

describe('one client request’s simultaneous fetches to one subgraph', () => {
  it('go as one subgraph request, and each gets its own part of the answer', async () => {
    const context = contextOf(alice);
    const [a, b] = await Promise.all([
      fetchFrom(context, Q1, { n: 1 }),
      fetchFrom(context, Q2, { n: 2 }),
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.body.variables).toEqual({ _0_n: 1, _1_n: 2 });
    expect(a.data).toEqual({ one: { key: '_0_one', variables: { _0_n: 1, _1_n: 2 } } });
    expect(b.data).toEqual({ two: { key: '_1_two', variables: { _0_n: 1, _1_n: 2 } } });
    expect([...context.subgraphs!]).toEqual(['arrears']);
  });

  it('one fetch alone goes as it is', async () => {
    await fetchFrom(contextOf(alice), Q1, { n: 1 });
    expect(seen.map((s) => s.body.query)).toEqual([Q1]);
  });

  it('when the subgraph refuses the merged request, each part is asked again on its own', async () => {
    status = 400;
    const context = contextOf(alice);
    const results = await Promise.allSettled([
      fetchFrom(context, Q1, { n: 1 }),
      fetchFrom(context, Q2, { n: 2 }),
    ]);
    expect(seen).toHaveLength(3); // the merged one, then each part
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason.extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('identical requests in flight at once', () => {
  it('of the same viewer are sent once, and each caller gets its own copy', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => fetchFrom(contextOf(alice), Q1, { n: 1 })),
    );
    expect(seen).toHaveLength(1);
    expect(results[0]).toEqual(results[2]);
    expect(results[0]).not.toBe(results[1]); // the plan writes into its answer: never shared objects
    expect(results[0]!.data).not.toBe(results[1]!.data);
  });

  it('of different viewers are never shared, and each carries its own signed viewer', async () => {
    await Promise.all([
      fetchFrom(contextOf(alice), Q1, { n: 1 }),
      fetchFrom(contextOf(bob), Q1, { n: 1 }),
    ]);
    expect(seen).toHaveLength(2);
    const viewers = seen.map((s) => {
      const checked = verifyViewer(String(s.headers['x-hub-viewer']), DEVELOPMENT_VIEWER_SECRET);
      return checked.ok ? checked.viewer.id : checked.reason;
    });
    expect(viewers.sort()).toEqual(['alice', 'bob']);
  });

  it('with different variables are different requests', async () => {
    await Promise.all([
      fetchFrom(contextOf(alice), Q1, { n: 1 }),
      fetchFrom(contextOf(alice), Q1, { n: 2 }),
    ]);
    expect(seen).toHaveLength(2);
  });

  it('mutations never', async () => {
    const mutation = 'mutation { recordPayment(n: 1) { key } }';
    await Promise.all([
      fetchFrom(contextOf(alice), mutation),
      fetchFrom(contextOf(alice), mutation),
    ]);
    expect(seen).toHaveLength(2);
  });

  it('not when the client asked for none (x-hub-dedupe: off)', async () => {
    await Promise.all([
      fetchFrom(contextOf(alice), Q1, { n: 1 }),
      fetchFrom(contextOf(alice, false), Q1, { n: 1 }),
    ]);
    expect(seen).toHaveLength(2);
  });

  it('not when de-duplication is off for the gateway (HUB_SUBGRAPH_DEDUPE=0)', async () => {
    const alone = new SubgraphDataSource('arrears', url, DEVELOPMENT_VIEWER_SECRET, {
      dedupe: false,
    });
    await Promise.all([
      fetchFrom(contextOf(alice), Q1, { n: 1 }, alone),
      fetchFrom(contextOf(alice), Q1, { n: 1 }, alone),
    ]);
    expect(seen).toHaveLength(2);
  });

  it('a query after the viewer’s own mutation does not join one sent before it', async () => {
    const slow = { n: 1, delay: 400 }; // still in flight when the mutation has answered
    const before = fetchFrom(contextOf(alice), Q1, slow);
    await new Promise((r) => setTimeout(r, 10));
    await fetchFrom(contextOf(alice), 'mutation { recordPayment(n: 1) { key } }');
    const during = fetchFrom(contextOf(bob), Q1, slow); // bob's own: joins nothing of alice's
    await Promise.all([before, during, fetchFrom(contextOf(alice), Q1, slow)]);
    expect(seen.map((s) => s.body.query)).toEqual([
      Q1,
      'mutation { recordPayment(n: 1) { key } }',
      Q1,
      Q1,
    ]);
  });
});
