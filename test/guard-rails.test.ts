// Guard rails at the gateway: every over-limit request is refused with a clear error before any
// subgraph is called; rate limits, trusted documents, production settings, the operation log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId, loadConfig, startGateway, type RunningGateway } from '@arrears-hub/gateway';
import { fileURLToPath } from 'node:url';
import manifest from '../gateway/trusted-documents.json' with { type: 'json' };
import { readOperations } from '../gateway/src/example-operations.ts';
import {
  errorCodes,
  gql,
  hub,
  INSPECTOR,
  LEADING_GROUP,
  subgraphRequests,
  tokenFor,
  type As,
} from './harness/client.ts';

/** Runs `work` and returns how many GraphQL requests the subgraphs served meanwhile. */
async function subgraphCallsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = await subgraphRequests();
  await work();
  return (await subgraphRequests()) - before;
}

async function post(url: string, body: unknown, as: As | null = LEADING_GROUP) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as) headers.authorization = `Bearer ${await tokenFor(as)}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
}

describe('limits, refused before any subgraph is called', () => {
  it('too deep', async () => {
    const deep = `{ organisations(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }`;
    let result: any;
    expect(await subgraphCallsDuring(async () => (result = await gql(deep)))).toBe(0);
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors[0].message).toMatch(/^查询嵌套 \d+ 层，超过上限 12 层/);
    expect(result.errors[0].extensions.messageId).toBe('gateway.depthExceeded');
  });

  it('too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: arrears(first: 1) { totalCount }`).join(' ')} }`;
    let result: any;
    expect(await subgraphCallsDuring(async () => (result = await gql(aliased)))).toBe(0);
    expect(result.errors[0].message).toMatch(/别名，超过上限 30 个/);
  });

  it('too costly (large pages nested in large pages)', async () => {
    const huge = `{ organisations(first: 500) { edges { node { arrearsOwed(first: 500) { totalCount } } } } }`;
    let result: any;
    expect(await subgraphCallsDuring(async () => (result = await gql(huge)))).toBe(0);
    expect(result.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors[0].message).toMatch(/^查询成本 \d+ 超过上限 100000：请减少/);
    const english = await gql(huge, {}, LEADING_GROUP, { 'accept-language': 'en' });
    expect(english.errors![0]!.message).toMatch(
      /^Cost limit of 100000 exceeded, found \d+: reduce/,
    );
  });

  it('too many tokens', async () => {
    const tokens = `{ ${Array.from({ length: 4100 }, () => '__typename').join(' ')} }`;
    let result: any;
    expect(await subgraphCallsDuring(async () => (result = await gql(tokens)))).toBe(0);
    expect(result.status).toBe(400);
    expect(result.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors[0].message).toMatch(/词法单元超过 4000 个/);
  });

  it('a body over the size limit: 413', async () => {
    let result: any;
    const body = { query: `{ __typename }`, variables: { padding: 'x'.repeat(2_100_000) } };
    expect(
      await subgraphCallsDuring(async () => (result = await post(hub().gatewayUrl, body))),
    ).toBe(0);
    expect(result.status).toBe(413);
    expect(result.body.errors[0].message).toMatch(/超过 2000000 字节/);
  });

  it('batched requests are refused', async () => {
    let result: any;
    expect(
      await subgraphCallsDuring(
        async () =>
          (result = await post(hub().gatewayUrl, [
            { query: '{ __typename }' },
            { query: '{ __typename }' },
          ])),
      ),
    ).toBe(0);
    expect(result.status).toBe(400);
  });

  it('the registered operations pass every limit, with their example variables', async () => {
    for (const op of readOperations(
      `${fileURLToPath(new URL('../gateway/operations/', import.meta.url))}`,
    )) {
      if (op.document.startsWith('mutation')) continue; // examples with placeholder ids
      const result = await post(hub().gatewayUrl, {
        documentId: documentId(op.document),
        variables: op.variables ?? {},
      });
      expect(result.body.errors, op.name).toBeUndefined();
    }
  });
});

describe('gateways configured like production', () => {
  const gateways: RunningGateway[] = [];
  const start = async (env: Record<string, string>) => {
    const routing = Object.fromEntries(
      Object.entries(hub().subgraphUrls).map(([n, u]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, u]),
    );
    const gateway = await startGateway(loadConfig({ ...routing, PORT: '0', ...env }));
    gateways.push(gateway);
    return gateway;
  };
  afterAll(async () => {
    for (const g of gateways) await g.stop();
  });

  it('rate-limits each viewer, with Retry-After', async () => {
    const gateway = await start({ HUB_RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await post(gateway.url, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await post(gateway.url, { query: '{ __typename }' });
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(gateway.url, { query: '{ __typename }' }, INSPECTOR)).status).toBe(200); // another viewer
  });

  it('requires registered operations for the listed roles; inspectors keep ad-hoc queries', async () => {
    const gateway = await start({
      HUB_TRUSTED_DOCUMENTS_ONLY: 'LEADING_GROUP,BUREAU',
      HUB_RATE_LIMIT_PER_MINUTE: '0',
    });
    const adHoc = await post(gateway.url, { query: '{ arrears(first: 1) { totalCount } }' });
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const overview = Object.entries(manifest as Record<string, { name: string }>).find(
      ([, op]) => op.name === 'Overview',
    )![0];
    const registered = await post(gateway.url, { documentId: overview });
    expect(registered.body.data.region.name).toBe('达拉特旗');
    const unknown = await post(gateway.url, { documentId: 'sha256:0000' });
    expect(unknown.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    expect(
      (await post(gateway.url, { query: '{ arrears(first: 1) { totalCount } }' }, INSPECTOR)).body
        .data.arrears.totalCount,
    ).toBeGreaterThan(0);
  });

  it('production: no introspection, no GraphiQL, no field suggestions', async () => {
    const gateway = await start({
      NODE_ENV: 'production',
      HUB_JWT_SECRET: 'arrears-hub-development-jwt-secret-not-for-production',
      HUB_VIEWER_SECRET: 'arrears-hub-development-viewer-secret',
      HUB_RATE_LIMIT_PER_MINUTE: '0',
    });
    const introspection = await post(gateway.url, { query: '{ __schema { types { name } } }' });
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(gateway.url, { query: '{ arrear { id } arrrears { totalCount } }' });
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|您是否想写/);
    expect((await fetch(gateway.url.replace('/graphql', '/graphiql'))).status).toBe(404);
    const dev = await gql('{ arrrears { totalCount } }');
    expect(JSON.stringify(dev)).toMatch(/您是否想写：arrears/); // development keeps them
    const devEnglish = await gql('{ arrrears { totalCount } }', {}, LEADING_GROUP, {
      'accept-language': 'en',
    });
    expect(devEnglish.errors![0]!.message).toMatch(/Did you mean "arrears"/);
  });
});

describe('operation log', () => {
  it('records who ran what, redacts personal variables, and is for inspectors only', async () => {
    const as: As = { roles: ['INSPECTOR'], sub: `inspector-${Date.now()}` };
    await gql(
      `query Probe($first: Int) { clues(first: $first) { totalCount } }`,
      { phone: '13800000000', first: 1 },
      as,
    );
    const url = hub().gatewayUrl.replace('/graphql', `/operation-log?viewer=${as.sub}`);
    const read = await fetch(url, { headers: { authorization: `Bearer ${await tokenFor(as)}` } });
    const entries = (await read.json()) as any[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      viewerId: as.sub,
      operationName: 'Probe',
      outcome: 'OK',
      subgraphs: ['arrears'],
      variables: { phone: '[redacted]', first: 1 },
    });
    expect(entries[0].documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const bureau = await fetch(url, {
      headers: { authorization: `Bearer ${await tokenFor({ roles: ['BUREAU'] })}` },
    });
    expect(bureau.status).toBe(403);
  });
});

describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  let results: { id: string; name: string; status: string; reason?: string }[] = [];
  beforeAll(async () => {
    const { serverAudits } = await import('graphql-http');
    results = await Promise.all(
      serverAudits({ url: hub().gatewayUrl, fetchFn: fetch }).map(async (audit) => {
        const result = await audit.fn();
        return {
          id: audit.id,
          name: audit.name,
          status: result.status,
          reason: 'reason' in result ? String(result.reason) : undefined,
        };
      }),
    );
    const warns = results.filter((r) => r.status === 'warn');
    console.log(
      `graphql-http: ${results.filter((r) => r.status === 'ok').length} ok, ${warns.length} warnings, ${results.filter((r) => r.status === 'error').length} errors`,
    );
    for (const w of warns) console.log(`  warn ${w.name}: ${w.reason}`);
  });

  it('has no MUST violations', () => {
    const mustFailures = results.filter((r) => r.status === 'error' && r.name.startsWith('MUST'));
    expect(mustFailures).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});
