// Faults, on a private hub (its own PostgreSQL and processes: the shared test hub is never touched):
// PostgreSQL restarted under an idle hub, a subgraph killed and restarted under load, organisations
// down for 60 s, SIGTERM with requests in flight. What must hold: no process exits on its own, no
// answer is a 5xx or "Unexpected error.", an outage is SUBGRAPH_UNAVAILABLE naming the subgraph
// with the other subgraphs' data kept, and everything comes back by itself.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { As, GraphQLResponse } from './harness/client.ts';
import { startPrivateHub, type PrivateHub } from './harness/private-hub.ts';

let hub: PrivateHub;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Problems a client must never see, whatever is broken. */
function hubFaults(result: GraphQLResponse): string[] {
  const problems: string[] = [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}`);
  for (const e of result.errors ?? []) {
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
      problems.push(`Unexpected error. at ${e.path?.join('.')}`);
    if (e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && !e.extensions.serviceName)
      problems.push('SUBGRAPH_UNAVAILABLE without serviceName');
  }
  return problems;
}

/** Runs `query` until it answers without errors (a recovering dependency), at most `withinMs`. */
async function eventually(query: string, as?: As, withinMs = 30_000): Promise<GraphQLResponse> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const result: GraphQLResponse = await hub.gql(query, {}, as).catch((error: Error) => ({
      status: 0,
      errors: [{ message: error.message }],
    }));
    if (result.status === 200 && !result.errors?.length) return result;
    if (Date.now() > deadline)
      throw new Error(
        `Still failing after ${withinMs} ms: ${JSON.stringify(result).slice(0, 500)}`,
      );
    await sleep(500);
  }
}

async function metric(process: string, pattern: RegExp): Promise<number> {
  const base = process === 'gateway' ? hub.gatewayUrl : hub.subgraphUrls[process]!;
  const text = await (await fetch(new URL('/metrics', base))).text();
  return [...text.matchAll(new RegExp(pattern.source, 'gm'))].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
}

const CROSS = `{
  region(code: "150621") { name arrearsSummary { count outstanding } }
  organisations(first: 3, filter: { regionCode: "150621" }) { edges { node { name arrearsSummary { outstanding } } } }
}`;

let someArrearId: string;
let bureau: As;

beforeAll(async () => {
  hub = await startPrivateHub({ HUB_DRAIN_TIMEOUT_MS: '10000' });
  const seed = await eventually(`{
    arrears(first: 1) { edges { node { id } } }
    organisations(first: 1, filter: { kinds: [GOVERNMENT_DEPARTMENT], regionCode: "150621" }) { edges { node { id } } }
  }`);
  someArrearId = seed.data!.arrears.edges[0].node.id;
  bureau = {
    roles: ['BUREAU'],
    org: seed.data!.organisations.edges[0].node.id,
    sub: 'faults-bureau',
  };
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

describe('PostgreSQL restarted under an idle hub', () => {
  it('nothing exits, pools report the lost connections, answers come back', async () => {
    // Leave idle connections in every pool (the gateway's operation log included), then go quiet.
    await eventually(CROSS);
    await sleep(500);
    const poolErrorsBefore = await metric('gateway', /^hub_db_pool_errors_total\{[^}]*\} (\S+)$/);
    await hub.restartPostgres(2_000);
    await sleep(2_000);
    expect(await hub.running()).toEqual({
      organisations: true,
      arrears: true,
      finance: true,
      supervision: true,
      notices: true,
      gateway: true,
    });
    const result = await eventually(CROSS, undefined, 30_000);
    expect(result.data!.region.name).toBe('达拉特旗');
    expect(await metric('gateway', /^hub_db_pool_errors_total\{[^}]*\} (\S+)$/)).toBeGreaterThan(
      poolErrorsBefore,
    );
    // The operation log writes again: a mutation is not refused for want of its log entry.
    const mutation = await hub.gql(
      `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { id } }`,
      {
        i: {
          arrearId: '00000000-0000-4000-8000-000000000000',
          expectedVersion: 1,
          verifiedOn: '2024-06-01',
          evidence: '核对',
        },
      },
      { roles: ['ADMIN'], sub: 'faults-admin' },
    );
    expect(mutation.errors?.[0]?.extensions?.code).not.toBe('OPERATION_LOG_UNAVAILABLE');
    expect(hubFaults(mutation)).toEqual([]);
  }, 90_000);
});

describe('a subgraph killed and restarted under load', () => {
  it('answers partly (SUBGRAPH_UNAVAILABLE naming it) while it is down, fully after, never 5xx', async () => {
    const partial = `{ region(code: "150621") { name } arrear(id: "${someArrearId}") { id contractNo } }`;
    const seen = { requests: 0, faults: [] as string[], unavailable: 0, partialKept: 0 };
    let loading = true;
    const worker = async (query: string) => {
      while (loading) {
        const result: GraphQLResponse = await hub.gql(query).catch((error: Error) => ({
          status: 0,
          errors: [{ message: `transport: ${error.message}` }],
        }));
        seen.requests += 1;
        seen.faults.push(...hubFaults(result));
        if (result.status === 0) seen.faults.push(String(result.errors?.[0]?.message));
        const unavailable = (result.errors ?? []).filter(
          (e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE',
        );
        if (unavailable.length) {
          seen.unavailable += 1;
          expect(unavailable.every((e) => e.extensions?.serviceName === 'arrears')).toBe(true);
          if (query === partial && result.data?.region?.name === '达拉特旗') seen.partialKept += 1;
        }
      }
    };
    const workers = [worker(CROSS), worker(CROSS), worker(partial), worker(partial)];
    await sleep(1_000);
    hub.signal('arrears', 'SIGKILL');
    await hub.exited('arrears');
    await sleep(3_000);
    await hub.start('arrears');
    await sleep(2_000);
    loading = false;
    await Promise.all(workers);
    expect(seen.faults).toEqual([]);
    expect(seen.unavailable).toBeGreaterThan(0);
    expect(seen.partialKept).toBeGreaterThan(0);
    expect(seen.requests).toBeGreaterThan(20);
    // Full answers once it is back.
    const after = await eventually(CROSS, undefined, 15_000);
    expect(after.data!.region.arrearsSummary.count).toBeGreaterThan(0);
    console.log(
      `killed arrears under load: ${seen.requests} requests, ${seen.unavailable} answered SUBGRAPH_UNAVAILABLE (${seen.partialKept} with the other subgraphs' data), 0 × 5xx`,
    );
  }, 90_000);
});

describe('organisations down for 60 s', () => {
  it('the other subgraphs keep answering scoped reads from the last good unit directory', async () => {
    // Scoped reads in arrears, finance and supervision, owned by them alone (no organisations
    // field), by viewers whose jurisdiction comes from the unit directory.
    const regional: As = { roles: ['LEADING_GROUP'], region: '150621', sub: 'faults-region' };
    const reads = [
      { name: 'arrears (BUREAU)', query: `{ arrears(first: 5) { totalCount } }`, as: bureau },
      { name: 'arrears (regional)', query: `{ arrears(first: 5) { totalCount } }`, as: regional },
      {
        name: 'finance (regional)',
        query: `{ budgetLines(first: 5) { totalCount } }`,
        as: regional,
      },
      { name: 'supervision (regional)', query: `{ cases(first: 5) { totalCount } }`, as: regional },
    ];
    const expected = new Map<string, unknown>();
    for (const r of reads) {
      const result = await eventually(r.query, r.as);
      expected.set(r.name, result.data);
    }
    hub.signal('organisations', 'SIGKILL');
    await hub.exited('organisations');
    const started = Date.now();
    const failures: string[] = [];
    let rounds = 0;
    while (Date.now() - started < 62_000) {
      for (const r of reads) {
        const result = await hub.gql(r.query, {}, r.as);
        if (
          result.errors?.length ||
          JSON.stringify(result.data) !== JSON.stringify(expected.get(r.name))
        )
          failures.push(
            `${Math.round((Date.now() - started) / 1000)} s, ${r.name}: ${JSON.stringify(result).slice(0, 300)}`,
          );
      }
      rounds += 1;
      await sleep(4_000);
    }
    // The directory says it is serving an old copy, and how old.
    const health = (await (
      await fetch(new URL('/health', hub.subgraphUrls.arrears))
    ).json()) as any;
    expect(health.unitDirectory.ageMs).toBeGreaterThan(30_000);
    expect(health.unitDirectory.lastError).not.toBeNull();
    // A query that needs organisations itself says so.
    const direct = await hub.gql(`{ region(code: "150621") { name } }`);
    expect(direct.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'organisations',
    });
    expect(failures).toEqual([]);
    expect(rounds).toBeGreaterThan(10);
    await hub.start('organisations');
    await eventually(`{ region(code: "150621") { name } }`);
  }, 120_000);
});

describe('one bureau down: the others’ fields of the same records still arrive', () => {
  // One query through every subgraph: the region (organisations) with what arrears, finance and
  // supervision add to it, and a debt (arrears) with its debtor (organisations) and the fields
  // finance and supervision add to it.
  const EVERY = () => `{
    region(code: "150621") {
      name
      arrearsSummary { count }
      funds { availableForClearance }
      supervision { openCases }
    }
    arrear(id: "${someArrearId}") { id contractNo debtor { name } disbursements { id } cases { id } }
  }`;
  // Each leaf of the query and the subgraph that answers it; a root field is its owner's.
  const LEAVES: [string, string][] = [
    ['region.name', 'organisations'],
    ['region.arrearsSummary', 'arrears'],
    ['region.funds', 'finance'],
    ['region.supervision', 'supervision'],
    ['arrear.id', 'arrears'],
    ['arrear.contractNo', 'arrears'],
    ['arrear.debtor', 'organisations'],
    ['arrear.disbursements', 'finance'],
    ['arrear.cases', 'supervision'],
  ];
  const ROOT_OWNER: Record<string, string> = { region: 'organisations', arrear: 'arrears' };
  const at = (data: unknown, path: string) =>
    path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], data);
  /** Whether a leaf is lost when `down` is: it answers it, or the record above it. */
  const lost = (leaf: string, owner: string, down: string) =>
    owner === down || ROOT_OWNER[leaf.split('.')[0]!] === down;

  for (const down of ['arrears', 'finance', 'supervision', 'organisations'] as const) {
    it(`with ${down} down: null where ${down} answers, with SUBGRAPH_UNAVAILABLE naming it, and the rest`, async () => {
      const whole = await eventually(EVERY());
      for (const [leaf] of LEAVES) expect(at(whole.data, leaf), leaf).not.toBeNull();
      hub.signal(down, 'SIGKILL');
      await hub.exited(down);
      try {
        const partial = await hub.gql(EVERY());
        expect(partial.status).toBe(200);
        expect(hubFaults(partial)).toEqual([]);
        const codes = (partial.errors ?? []).map((e) => e.extensions);
        expect(codes.length).toBeGreaterThan(0);
        for (const c of codes)
          expect(c).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: down });
        for (const [leaf, owner] of LEAVES)
          if (lost(leaf, owner, down)) expect(at(partial.data, leaf) ?? null, leaf).toBeNull();
          // Everything the other subgraphs answer is there, as it was.
          else expect(at(partial.data, leaf), leaf).toEqual(at(whole.data, leaf));
      } finally {
        await hub.start(down);
      }
      await eventually(EVERY());
    }, 90_000);
  }
});

describe('SIGTERM with requests in flight', () => {
  it('a subgraph finishes them, then exits 0', async () => {
    await eventually(`{ arrears(first: 1) { totalCount } }`);
    // Hold arrears' reads of the ledger: a lock on its table from outside, released later.
    const db = new pg.Client({ connectionString: hub.databaseUrls.arrears });
    await db.connect();
    await db.query('begin');
    await db.query('lock table arrear in access exclusive mode');
    const inFlight = Array.from({ length: 3 }, () =>
      hub.gql(`{ arrears(first: 2) { totalCount } }`),
    );
    await sleep(500);
    hub.signal('arrears', 'SIGTERM');
    await sleep(1_000);
    await db.query('rollback');
    await db.end();
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.arrears.totalCount).toBeGreaterThan(0);
    }
    expect(await hub.exited('arrears')).toEqual({ code: 0, signal: null });
    await hub.start('arrears');
  }, 60_000);

  it('the gateway stops accepting, finishes them, then exits 0', async () => {
    await eventually(`{ arrears(first: 1) { totalCount } }`);
    // Requests stuck in the gateway: the subgraph they wait for is paused.
    hub.signal('arrears', 'SIGSTOP');
    const inFlight = Array.from({ length: 3 }, () =>
      hub.gql(`{ arrears(first: 1) { totalCount } }`),
    );
    await sleep(500);
    hub.signal('gateway', 'SIGTERM');
    await sleep(500);
    // No new connections while it drains.
    await expect(fetch(new URL('/health', hub.gatewayUrl))).rejects.toThrow();
    const resumed = Date.now();
    hub.signal('arrears', 'SIGCONT');
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data!.arrears.totalCount).toBeGreaterThan(0);
    }
    expect(await hub.exited('gateway')).toEqual({ code: 0, signal: null });
    expect(Date.now() - resumed).toBeLessThan(5_000);
  }, 60_000);
});
