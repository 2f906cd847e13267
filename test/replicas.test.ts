// What must hold when every process runs twice (docs/deployment.md): a change of a unit reaches
// the other processes' unit directories at once (LISTEN/NOTIFY on the signals database), rate limits
// count a viewer's requests through every gateway replica, and the gateway's subgraph calls are
// shared only where that is safe: a request's simultaneous fetches to one subgraph are one call,
// identical concurrent queries of one viewer are one call, other viewers' never join them.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startGateway, type RunningGateway } from '@arrears-hub/gateway';
import { DEVELOPMENT_VIEWER_SECRET, signViewer, type Viewer } from '@arrears-hub/protocol';
import {
  ADMIN,
  data,
  hub,
  LEADING_GROUP,
  subgraphRequests,
  subgraphStats,
  tokenFor,
  type As,
} from './harness/client.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const unique = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

/** Another process of a subgraph, on the hub's database, as a second replica would run. */
async function replica(
  name: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const routing = Object.fromEntries(
    Object.entries(hub().subgraphUrls).map(([n, u]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, u]),
  );
  const child = spawn(process.execPath, [`subgraphs/${name}/dist/main.js`], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...routing,
      PORT: '0',
      DATABASE_URL: hub().databaseUrls[name]!,
      HUB_DEMO_DATA: '0',
      HUB_MIGRATIONS: 'check',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const m = /ready at (http[^\s"]+)/.exec(seen);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} replica exited (${code}):\n${seen}`)));
  });
  // Keep reading its output, so a full pipe never stalls it.
  child.stdout!.resume();
  child.stderr!.resume();
  return { url, child };
}

async function askReplica(url: string, query: string, viewer: Viewer) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-viewer': signViewer(viewer, DEVELOPMENT_VIEWER_SECRET),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('a unit changed through organisations', () => {
  const replicas: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of replicas) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('reaches another process’s unit directory at once, not after the 30 s TTL', async () => {
    expect(hub().databaseUrls.signals, 'the test hub has a signals database').toBeTruthy();
    // Two towns of 达拉特旗, a new agency in the first, a debt it owes.
    const towns = await data<any>(`{ regions(parentCode: "150621") { code } }`);
    const [from, to] = towns.regions.map((r: { code: string }) => r.code);
    const agency = await data<any>(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id version } }`,
      { i: { name: unique('复制测试局'), kind: 'GOVERNMENT_DEPARTMENT', regionCode: from } },
      ADMIN,
    );
    const enterprises = await data<any>(
      `{ organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`,
    );
    await data(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId: agency.registerOrganisation.id,
          creditorId: enterprises.organisations.edges[0].node.id,
          contractNo: unique('REPLICA'),
          contractSignedOn: '2024-01-01',
          subject: 'GOODS',
          amountDue: '100.00',
        },
      },
      ADMIN,
    );

    // A second arrears process listening on the signals database, and (the control) a third
    // without it, which can only learn when its copy expires.
    const listening = await replica('arrears', {
      HUB_SIGNALS_DATABASE_URL: hub().databaseUrls.signals!,
    });
    const deaf = await replica('arrears', { HUB_SIGNALS_DATABASE_URL: '' });
    replicas.push(listening.child, deaf.child);
    // The leading group of the second town sees only that town's ledger.
    const viewer: Viewer = { id: 'replica-test', roles: ['LEADING_GROUP'], regionCode: to };
    const ledger = `{ arrears(first: 1) { totalCount } }`;
    const before = (await askReplica(listening.url, ledger, viewer)).arrears.totalCount;
    expect((await askReplica(deaf.url, ledger, viewer)).arrears.totalCount).toBe(before);

    // The agency moves to the second town, through the gateway (organisations).
    await data(
      `mutation($id: ID!, $v: Int!, $r: ID!) { updateOrganisation(id: $id, expectedVersion: $v, input: { regionCode: $r }) { id } }`,
      { id: agency.registerOrganisation.id, v: agency.registerOrganisation.version, r: to },
      ADMIN,
    );
    const started = Date.now();
    let after = before;
    while (after === before && Date.now() - started < 5_000) {
      await new Promise((r) => setTimeout(r, 100));
      after = (await askReplica(listening.url, ledger, viewer)).arrears.totalCount;
    }
    expect(after, 'the listening process sees the debt in its new town').toBe(before + 1);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The control still serves its old copy: what made the difference was the signal.
    expect((await askReplica(deaf.url, ledger, viewer)).arrears.totalCount).toBe(before);
  }, 120_000);
});

describe('rate limits across gateway replicas', () => {
  const gateways: RunningGateway[] = [];
  beforeAll(async () => {
    const routing = Object.fromEntries(
      Object.entries(hub().subgraphUrls).map(([n, u]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, u]),
    );
    for (let i = 0; i < 2; i++)
      gateways.push(
        await startGateway(
          loadConfig({
            ...routing,
            PORT: '0',
            HUB_GATEWAY_DATABASE_URL: hub().databaseUrls.gateway!,
            HUB_RATE_LIMIT_PER_MINUTE: '4',
          }),
        ),
      );
  });
  afterAll(async () => {
    for (const g of gateways) await g.stop();
  });

  it('count a viewer’s requests through all of them', async () => {
    const viewer: As = { roles: ['LEADING_GROUP'], sub: unique('rate-limited') };
    const token = await tokenFor(viewer);
    const ask = async (gateway: RunningGateway) =>
      (
        await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        })
      ).status;
    const [a, b] = gateways as [RunningGateway, RunningGateway];
    const settle = () => new Promise((r) => setTimeout(r, 700)); // two syncs (every 250 ms)
    expect([await ask(a), await ask(a)]).toEqual([200, 200]);
    await settle();
    expect([await ask(b), await ask(b)]).toEqual([200, 200]);
    await settle();
    // Each replica alone has counted 2 of 4: together the viewer is at the limit.
    expect(await ask(a)).toBe(429);
    expect(await ask(b)).toBe(429);
  });
});

describe('subgraph calls the gateway shares', () => {
  const foundation = `{ regions(parentCode: "150621") { name arrearsSummary { count outstanding } }
    organisations(first: 5) { edges { node { name kind region { name } arrearsSummary { outstanding } } } } }`;
  const send = async (as: As, headers: Record<string, string> = {}) => {
    const response = await fetch(hub().gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(as)}`,
        ...headers,
      },
      body: JSON.stringify({ query: foundation }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const callsDuring = async (work: () => Promise<unknown>) => {
    const before = await subgraphRequests();
    await work();
    return (await subgraphRequests()) - before;
  };

  it('one request’s two fetches from arrears (regions’ and units’ summaries) are one call', async () => {
    const arrearsBefore = (await subgraphStats('arrears')).requests;
    expect(await callsDuring(() => send(LEADING_GROUP))).toBe(2);
    expect((await subgraphStats('arrears')).requests - arrearsBefore).toBe(1);
  });

  it('identical concurrent requests of one viewer share calls; of different viewers, never', async () => {
    const answers: unknown[] = [];
    const sameViewer = await callsDuring(async () =>
      answers.push(...(await Promise.all(Array.from({ length: 8 }, () => send(LEADING_GROUP))))),
    );
    expect(sameViewer).toBeLessThan(8 * 2);
    for (const answer of answers) expect(answer).toEqual(answers[0]);

    const viewers = Array.from({ length: 8 }, (_, i) => ({ ...LEADING_GROUP, sub: `viewer-${i}` }));
    expect(await callsDuring(() => Promise.all(viewers.map((v) => send(v))))).toBe(8 * 2);
  });

  it('identical concurrent mutations of one viewer each run', async () => {
    const agency = await data<any>(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id version } }`,
      { i: { name: unique('并发修改局'), kind: 'GOVERNMENT_DEPARTMENT', regionCode: '150621' } },
      ADMIN,
    );
    const token = await tokenFor(ADMIN);
    const change = () =>
      fetch(hub().gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { shortName: "同名" }) { version } }`,
          variables: { id: agency.registerOrganisation.id, v: agency.registerOrganisation.version },
        }),
      }).then((r) => r.json() as Promise<{ data?: any; errors?: any[] }>);
    const results = await Promise.all([change(), change()]);
    // Had the second joined the first, both would say it worked: one of them must be a CONFLICT.
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('a client that sends x-hub-dedupe: off shares nothing', async () => {
    const calls = await callsDuring(() =>
      Promise.all(Array.from({ length: 8 }, () => send(LEADING_GROUP, { 'x-hub-dedupe': 'off' }))),
    );
    expect(calls).toBe(8 * 2);
  });
});
