// The operation log holds every operation the gateway answered, whatever its variables (NUL, lone
// surrogates, 300 kB strings, odd keys, unused variables), and a mutation runs only once its entry is
// written: with the log's table away (a gateway of this test on its own log database), mutations
// are refused with OPERATION_LOG_UNAVAILABLE and counted, queries still run, and every entry is
// written once the table is back.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startGateway, type RunningGateway } from '@arrears-hub/gateway';
import { gql, hub, subgraphStats, tokenFor, type As } from './harness/client.ts';

async function entries(gatewayUrl: string, as: As): Promise<any[]> {
  const url = gatewayUrl.replace('/graphql', `/operation-log?viewer=${as.sub}&limit=500`);
  const read = await fetch(url, { headers: { authorization: `Bearer ${await tokenFor(as)}` } });
  expect(read.status).toBe(200);
  return (await read.json()) as any[];
}

const WEIRD = {
  first: 1,
  note: 'a\u0000b',
  lone: '\uD800x\uDC00',
  big: 'x'.repeat(300_000),
  nested: { ['k\u0000']: ['\uDBFF', '正常 😀'] },
};
const WEIRD_LOGGED = {
  first: 1,
  note: 'a\\u0000b',
  lone: '\\ud800x\\udc00',
  big: '[300000 characters]',
  nested: { 'k\\u0000': ['\\udbff', '正常 😀'] },
};

describe('whatever the variables', () => {
  it('a query and a mutation are both logged, their variables stored safely', async () => {
    const as: As = { roles: ['ADMIN'], sub: `oplog-${Date.now().toString(36)}` };
    const query = await gql(
      `query Weird($first: Int) { clues(first: $first) { totalCount } }`,
      WEIRD,
      as,
    );
    expect(query.errors).toBeUndefined();
    const mutation = await gql(
      `mutation WeirdVerify($i: VerifyArrearInput!) { verifyArrear(input: $i) { id } }`,
      {
        ...WEIRD,
        i: {
          arrearId: '00000000-0000-4000-8000-000000000000',
          expectedVersion: 1,
          verifiedOn: '2024-06-01',
          evidence: 'e\u0000\uD800',
        },
      },
      as,
    );
    expect(mutation.errors?.[0]?.extensions?.code).not.toBe('OPERATION_LOG_UNAVAILABLE');
    const logged = await entries(hub().gatewayUrl, as);
    const q = logged.find((e) => e.operationName === 'Weird');
    expect(q).toMatchObject({ outcome: 'OK', operationType: 'query', variables: WEIRD_LOGGED });
    const m = logged.find((e) => e.operationName === 'WeirdVerify');
    expect(m).toMatchObject({
      operationType: 'mutation',
      outcome: 'ERROR',
      variables: { ...WEIRD_LOGGED, i: { evidence: 'e\\u0000\\ud800' } },
    });
    expect(m.errorCodes.length).toBeGreaterThan(0);
    expect(m.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('every request is an entry, the refused ones too, names with NUL included', async () => {
    const as: As = { roles: ['INSPECTOR'], sub: `oplog-count-${Date.now().toString(36)}` };
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        gql(`query Many { region(code: "150621") { name } }`, { i, pad: '\u0000'.repeat(i) }, as),
      ),
    );
    const outcome = (a: { errors?: unknown[] }) => (a.errors?.length ? 'ERROR' : 'OK');
    const token = await tokenFor(as);
    const odd = await fetch(hub().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query A { __typename } query B { __typename }`,
        operationName: 'C\u0000',
      }),
    });
    expect(odd.status).toBe(400);
    const logged = await entries(hub().gatewayUrl, as);
    // One entry per request, with the outcome its answer had.
    const many = logged.filter((e) => e.operationName === 'Many');
    expect(many).toHaveLength(25);
    expect(many.map((e) => e.outcome).sort()).toEqual(answers.map(outcome).sort());
    expect(logged.find((e) => e.operationName === 'C\\u0000')).toMatchObject({
      outcome: 'ERROR',
      errorCodes: ['OPERATION_RESOLUTION_FAILURE'],
    });
  });
});

describe('when the log cannot be written', () => {
  let gateway: RunningGateway | undefined;
  afterAll(async () => {
    await gateway?.stop();
  });

  it('refuses mutations (coded, counted), keeps queries running, and writes everything once back', async () => {
    const database = hub().databaseUrls.gateway!.replace(/\/hub_gateway$/, '/hub_gateway_faults');
    const routing = Object.fromEntries(
      Object.entries(hub().subgraphUrls).map(([n, u]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, u]),
    );
    gateway = await startGateway(
      loadConfig({
        ...routing,
        PORT: '0',
        HUB_RATE_LIMIT_PER_MINUTE: '0',
        HUB_GATEWAY_DATABASE_URL: database,
      }),
    );
    const as: As = { roles: ['ADMIN'], sub: `oplog-outage-${Date.now().toString(36)}` };
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(gateway!.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor(as)}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    const db = new pg.Client({ connectionString: database });
    await db.connect();
    try {
      await db.query('alter table operation_log rename to operation_log_away');

      const query = await post(`query During { region(code: "150621") { name } }`);
      expect(query.status).toBe(200);
      expect(query.body.data.region.name).toBe('达拉特旗');

      const arrearsBefore = (await subgraphStats('arrears')).requests;
      const mutation = await post(
        `mutation Refused($i: VerifyArrearInput!) { verifyArrear(input: $i) { id } }`,
        {
          i: {
            arrearId: '00000000-0000-4000-8000-000000000000',
            expectedVersion: 1,
            verifiedOn: '2024-06-01',
            evidence: '核对',
          },
        },
      );
      expect(mutation.status).toBe(503);
      expect(mutation.body.errors[0].extensions.code).toBe('OPERATION_LOG_UNAVAILABLE');
      expect(mutation.body.errors[0].message).toMatch(/^操作日志暂时无法写入/);
      expect((await subgraphStats('arrears')).requests).toBe(arrearsBefore); // it never ran

      const metrics = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/^hub_operation_log_up(\{[^}]*\})? 0$/m);
      expect(metrics).toMatch(/^hub_operation_log_refused_mutations_total(\{[^}]*\})? [1-9]/m);
      expect(metrics).toMatch(
        /^hub_operation_log_write_failures_total\{kind="mutation"[^}]*\} [1-9]/m,
      );
      expect(metrics).toMatch(/^hub_operation_log_queue_length(\{[^}]*\})? [1-9]/m);
    } finally {
      await db.query('alter table if exists operation_log_away rename to operation_log');
      await db.end();
    }
    const logged = await entries(gateway.url, as);
    expect(logged.find((e) => e.operationName === 'During')).toMatchObject({ outcome: 'OK' });
    expect(logged.find((e) => e.operationName === 'Refused')).toMatchObject({
      outcome: 'ERROR',
      errorCodes: ['OPERATION_LOG_UNAVAILABLE'],
      subgraphs: [],
    });
    const after = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
    expect(after).toMatch(/^hub_operation_log_up(\{[^}]*\})? 1$/m);
    expect(after).toMatch(/^hub_operation_log_queue_length(\{[^}]*\})? 0$/m);
  });
});
