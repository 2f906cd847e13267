// npm run bench:replicas [-- --seconds 8 --rounds 3 --connections 10]
// The replicated layout (scripts/lib/replicas.ts: HAProxy, two processes of every subgraph and of
// the gateway, embedded PostgreSQL, demo data), loaded through the load balancer with the three
// questions of bench:gateway, each connection a different viewer (as many users are: the gateways'
// de-duplication shares nothing between them, so one process is not favoured by sharing more
// among identical requests), after a warm-up of every replica: in each round once with both replicas of everything in rotation and
// once with the second replica of every service taken out (HAProxy's runtime socket, `maint`), in
// alternating order; every answer is checked (status 200, no GraphQL error). Then a rolling restart
// under load: each replica of the gateway and of arrears is stopped (SIGTERM: it drains) and started
// again, one at a time, while requests keep coming; errors are counted. Prints a table; asserts
// nothing. Needs HAProxy (apt-get install -y haproxy). Loopback only.
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import { findHaproxy } from '../lib/load-balancer.ts';
import { startReplicas } from '../lib/replicas.ts';
import { median, runLoad, type LoadResult } from './gateway-load.ts';
import { gatewayQuestions } from './questions.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    queries: { type: 'string', default: 'foundation,dashboard,inspector' },
    // Each replica set on a core of its own (taskset), as replicas on separate machines would be:
    // on a machine of 2 cores, one replica of everything already keeps both cores busy, so
    // unpinned the comparison measures only the cost of more processes on the same cores.
    pin: { type: 'boolean', default: true },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);

if (!findHaproxy()) {
  console.error(
    'HAProxy is not installed: apt-get install -y haproxy (npm run start:replicas does).',
  );
  process.exit(1);
}

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> =
  gatewayQuestions();

const base = await mkdtemp(join(tmpdir(), 'hub-bench-replicas-'));
const hub = await startReplicas({
  replicas: 2,
  dataDir: join(base, 'postgres'),
  runDir: join(base, 'haproxy'),
  persistent: false,
  demoData: true,
  fixedPorts: false,
  env: { HUB_RATE_LIMIT_PER_MINUTE: '0' },
  log: (line) => (/ERROR|FATAL/.test(line) ? console.error(line) : undefined),
});

const cores = cpus().length;
const findTaskset = () => {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const pinned = values.pin && cores >= 2 && !!findTaskset();
/** Replica n of every service on core n (PostgreSQL, HAProxy and this load generator float). */
function pin(): void {
  if (!pinned) return;
  for (const r of hub.replicas)
    if (r.child.pid)
      execFileSync('taskset', ['-a', '-cp', String(r.index % cores), String(r.child.pid)], {
        stdio: 'ignore',
      });
}
pin();

const services = [...new Set(hub.replicas.map((r) => r.service))];
const setSecond = (state: 'ready' | 'maint') =>
  Promise.all(services.map((s) => hub.balancer.setServer(s, 1, state)));

try {
  const tokens = await Promise.all(
    Array.from({ length: CONNECTIONS }, (_, i) =>
      issueDevelopmentToken({ sub: `bench-replicas-${i}`, roles: ['LEADING_GROUP'] }),
    ),
  );
  const viewers = (connection: number) => ({ authorization: `Bearer ${tokens[connection]}` });
  // Warm-up: every replica serves each query for a while (JIT, caches, connections).
  for (const name of values.queries.split(',').filter((q) => QUERIES[q]))
    await runLoad({
      url: hub.gatewayUrl,
      body: JSON.stringify(QUERIES[name]),
      headersFor: viewers,
      connections: CONNECTIONS,
      seconds: 3,
    });
  const queries = values.queries.split(',').filter((q) => QUERIES[q]);
  const results = new Map<string, LoadResult[]>();
  console.log(
    pinned
      ? `\nEach replica set pinned to a core of its own (replica n on core n - 1; PostgreSQL, HAProxy and the load generator on any core).`
      : `\nNot pinned (--no-pin, one core, or no taskset): every process on every core.`,
  );
  console.log(
    `\nThrough HAProxy: ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds, one and two replicas alternating …`,
  );
  const servedBefore = await hub.balancer.served();
  for (let round = 1; round <= ROUNDS; round++)
    for (const name of queries)
      for (const replicas of round % 2 ? [2, 1] : [1, 2]) {
        await setSecond(replicas === 2 ? 'ready' : 'maint');
        const result = await runLoad({
          url: hub.gatewayUrl,
          body: JSON.stringify(QUERIES[name]),
          headersFor: viewers,
          connections: CONNECTIONS,
          seconds: SECONDS,
        });
        const key = `${name}|${replicas}`;
        results.set(key, [...(results.get(key) ?? []), result]);
        console.log(
          `  round ${round} ${name}, ${replicas} replica(s): ${result.rps.toFixed(0)} rps, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.errors ? `, ${result.errors} ERRORS: ${result.firstError}` : ', no errors'}`,
        );
      }
  await setSecond('ready');
  const servedAfter = await hub.balancer.served();

  console.log(`\nMedians over ${ROUNDS} rounds:\n`);
  console.log(
    '| query | 1 replica RPS | 2 replicas RPS | 2 ÷ 1 | p50 ms (1 / 2) | p99 ms (1 / 2) | errors |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const name of queries) {
    const of = (n: number) => results.get(`${name}|${n}`) ?? [];
    const m = (n: number, f: (r: LoadResult) => number) => median(of(n).map(f));
    const errors = [...of(1), ...of(2)].reduce((s, r) => s + r.errors, 0);
    console.log(
      `| ${name} | ${m(1, (r) => r.rps).toFixed(0)} | ${m(2, (r) => r.rps).toFixed(0)} | ${(m(2, (r) => r.rps) / m(1, (r) => r.rps)).toFixed(2)} | ${m(1, (r) => r.p50).toFixed(1)} / ${m(2, (r) => r.p50).toFixed(1)} | ${m(1, (r) => r.p99).toFixed(0)} / ${m(2, (r) => r.p99).toFixed(0)} | ${errors} |`,
    );
  }
  console.log('\nRequests each replica answered (HAProxy sessions during the runs):');
  for (const [backend, servers] of Object.entries(servedAfter))
    console.log(
      `  ${backend}: ${Object.entries(servers)
        .map(([server, n]) => `${server} ${n - (servedBefore[backend]?.[server] ?? 0)}`)
        .join(', ')}`,
    );

  // A rolling restart under load: one replica at a time, the gateway's and arrears'.
  const restarting = hub.replicas.filter((r) => r.service === 'gateway' || r.service === 'arrears');
  const load = runLoad({
    url: hub.gatewayUrl,
    body: JSON.stringify(QUERIES.foundation),
    headersFor: viewers,
    connections: CONNECTIONS,
    seconds: 10 + restarting.length * 8,
  });
  await new Promise((r) => setTimeout(r, 3_000));
  for (const replica of restarting) {
    await replica.restart();
    pin();
    await new Promise((r) => setTimeout(r, 3_000)); // back in rotation (checks every 1 s)
  }
  const during = await load;
  console.log(
    `\nRolling restart of ${restarting.map((r) => `${r.service}-${r.index + 1}`).join(', ')} under load (foundation, ${CONNECTIONS} connections): ${during.requests} requests, ${during.errors} errors${during.errors ? ` (first: ${during.firstError})` : ''}, p99 ${during.p99.toFixed(0)} ms`,
  );
} finally {
  await hub.stop();
}
