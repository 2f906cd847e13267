// npm run bench:gateway [-- --seconds 8 --rounds 3 --connections 10 --queries foundation,dashboard,inspector]
// Our gateway against Hive Gateway (@graphql-hive/gateway, pinned in devDependencies) on the same
// subgraphs and the same committed supergraph. Starts a throw-away hub (embedded PostgreSQL, demo
// data, every subgraph, our gateway), a second gateway of ours with de-duplication off
// (HUB_SUBGRAPH_DEDUPE=0), and two Hive Gateways (hive-gateway.config.ts: as shipped, and with its
// in-flight de-duplication off). Both sides answer the same viewer: ours from a LEADING_GROUP
// token, Hive by sending that viewer signed. It first checks every gateway gives the same data for
// each query, and counts the subgraph calls of one request; then, in rounds, each query with both
// sides de-duplicating and with neither, ours and Hive one after the other (which goes first
// alternates), N connections for S seconds each. Then the gateway-added latency: a one-subgraph
// request straight to the subgraph and through each gateway, one connection. Prints medians over
// the rounds and ratios; asserts nothing (benchmarks are not tests). Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import { DEVELOPMENT_VIEWER_SECRET, signViewer } from '@arrears-hub/protocol';
import { freePort } from '../lib/embedded-postgres.ts';
import { startStack } from '../lib/stack.ts';
import { ROOT } from '../lib/subgraphs.ts';
import { median, runLoad, type LoadResult } from './gateway-load.ts';
import { gatewayQuestions } from './questions.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    queries: { type: 'string', default: 'foundation,dashboard,inspector' },
    'latency-seconds': { type: 'string', default: '5' },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);
const LATENCY_SECONDS = Number(values['latency-seconds']);

const VIEWER_ID = 'bench-leading-group';
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> =
  gatewayQuestions();
/** One subgraph only (organisations), for the latency a gateway adds. */
const ONE_SUBGRAPH = { query: '{ regions(parentCode: "150621") { code name level } }' };

function waitForLine(child: ChildProcess, pattern: RegExp, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-20_000);
      const m = pattern.exec(seen);
      if (m) {
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        resolve(m[1] ?? m[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}):\n${seen}`)));
  });
}

async function waitForHttp(url: string, name: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer ${url} within 60 s`);
}

const children: ChildProcess[] = [];
function launch(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  // Drain its output (a full pipe would stall it); errors are shown.
  child.stdout!.on('data', () => undefined);
  child.stderr!.on('data', (c: Buffer) => {
    const text = c.toString('utf8');
    if (/"level":"(error|fatal)"|\bERR\b/.test(text)) process.stderr.write(text);
  });
  child.stdout!.on('data', (c: Buffer) => {
    const text = c.toString('utf8');
    if (/\bERR\b/.test(text)) process.stderr.write(text);
  });
  return child;
}

/** A gateway of ours beside the stack's, with extra settings. */
async function ourGateway(
  routing: Record<string, string>,
  extra: Record<string, string>,
): Promise<{ url: string; pid: number }> {
  const child = launch([join(ROOT, 'gateway/dist/main.js')], {
    ...routing,
    PORT: String(await freePort()),
    HUB_RATE_LIMIT_PER_MINUTE: '0',
    ...extra,
  });
  return { url: await waitForLine(child, /ready at (http\S+?)["\s]/, 'gateway'), pid: child.pid! };
}

async function hiveGateway(subgraphUrls: Record<string, string>, dedupe: boolean) {
  const port = await freePort();
  const child = launch(
    [
      join(ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js'),
      'supergraph',
      join(ROOT, 'schema/supergraph.graphql'),
      '--config-path',
      join(ROOT, 'scripts/bench/hive-gateway.config.ts'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
      BENCH_DEDUPE: dedupe ? '1' : '0',
      BENCH_VIEWER_ID: VIEWER_ID,
      // The stack's subgraphs run with the development secret.
      HUB_VIEWER_SECRET: DEVELOPMENT_VIEWER_SECRET,
      NODE_ENV: 'production',
    },
  );
  await waitForHttp(`http://127.0.0.1:${port}/healthcheck`, 'hive-gateway', child);
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid! };
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc). */
async function cpuMs(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
  } catch {
    return NaN;
  }
}

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function subgraphRequests(subgraphUrls: Record<string, string>): Promise<number> {
  const stats = await Promise.all(
    Object.values(subgraphUrls).map(
      async (url) =>
        ((await (await fetch(new URL('/debug/stats', url))).json()) as { requests: number })
          .requests,
    ),
  );
  return stats.reduce((a, b) => a + b, 0);
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const rps = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');

const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-gateway-pg-'));
const stack = await startStack({
  dataDir,
  persistent: false,
  demoData: true,
  fixedPorts: false,
  env: { HUB_RATE_LIMIT_PER_MINUTE: '0' },
  log: (line) => (/ERROR|FATAL/.test(line) ? console.error(line) : undefined),
});

try {
  const routing: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(stack.subgraphUrls).map(([n, url]) => [
        `SUBGRAPH_URL_${n.toUpperCase()}`,
        url,
      ]),
    ),
    ...(stack.databaseUrls.gateway ? { HUB_GATEWAY_DATABASE_URL: stack.databaseUrls.gateway } : {}),
  };
  const gateways = {
    ours: {
      dedupe: { url: stack.gatewayUrl, pid: stack.processes.gateway!.pid! },
      none: await ourGateway(routing, { HUB_SUBGRAPH_DEDUPE: '0' }),
    },
    hive: {
      dedupe: await hiveGateway(stack.subgraphUrls, true),
      none: await hiveGateway(stack.subgraphUrls, false),
    },
  };
  const token = await issueDevelopmentToken({ sub: VIEWER_ID, roles: ['LEADING_GROUP'] });
  const auth = { authorization: `Bearer ${token}` };
  const queries = values.queries.split(',').filter((q) => QUERIES[q]);

  // The same answers, and the subgraph calls of one request on its own.
  console.log('\nSubgraph calls for one request (no other request in flight):');
  console.log('| query | ours | Hive | same data |');
  console.log('|---|---|---|---|');
  for (const name of queries) {
    const body = QUERIES[name]!;
    const calls: Record<string, number> = {};
    const answers: Record<string, unknown> = {};
    for (const [side, url] of [
      ['ours', gateways.ours.none.url],
      ['hive', gateways.hive.none.url],
      ['ours-dedupe', gateways.ours.dedupe.url],
      ['hive-dedupe', gateways.hive.dedupe.url],
    ] as const) {
      const before = await subgraphRequests(stack.subgraphUrls);
      const result = await post(url, body, auth);
      calls[side] = (await subgraphRequests(stack.subgraphUrls)) - before;
      if (result.errors) throw new Error(`${side} ${name}: ${JSON.stringify(result.errors)}`);
      answers[side] = result.data;
    }
    const same = Object.values(answers).every((a) => isDeepStrictEqual(a, answers.ours));
    console.log(`| ${name} | ${calls.ours} | ${calls.hive} | ${same ? 'yes' : 'NO'} |`);
    if (!same) throw new Error(`The gateways disagree on ${name}.`);
  }

  // Throughput, alternating.
  type Side = 'ours' | 'hive';
  type Mode = 'dedupe' | 'none';
  type Run = LoadResult & { callsPerRequest: number; cpuPerRequest: number };
  const results = new Map<string, Run[]>();
  const key = (q: string, mode: Mode, side: Side) => `${q}|${mode}|${side}`;
  console.log(
    `\nLoad: ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds, alternating …`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of queries) {
      for (const mode of ['dedupe', 'none'] as const) {
        const order: Side[] = round % 2 ? ['ours', 'hive'] : ['hive', 'ours'];
        for (const side of order) {
          const before = await subgraphRequests(stack.subgraphUrls);
          const cpuBefore = await cpuMs(gateways[side][mode].pid);
          const result = await runLoad({
            url: gateways[side][mode].url,
            body: JSON.stringify(QUERIES[name]),
            headers: auth,
            connections: CONNECTIONS,
            seconds: SECONDS,
          });
          const cpu = (await cpuMs(gateways[side][mode].pid)) - cpuBefore;
          const calls = (await subgraphRequests(stack.subgraphUrls)) - before;
          const entry: Run = {
            ...result,
            callsPerRequest: calls / Math.max(1, result.requests),
            cpuPerRequest: cpu / Math.max(1, result.requests),
          };
          results.set(key(name, mode, side), [
            ...(results.get(key(name, mode, side)) ?? []),
            entry,
          ]);
          console.log(
            `  round ${round} ${name} ${mode} ${side}: ${rps(result.rps)} rps, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, ${entry.callsPerRequest.toFixed(2)} subgraph calls/request, gateway CPU ${entry.cpuPerRequest.toFixed(2)} ms/request${result.errors ? `, ${result.errors} ERRORS: ${result.firstError}` : ''}`,
          );
        }
      }
    }
  }

  // Gateway-added latency: one connection, a one-subgraph request.
  const signedHeaders = () => ({
    'x-hub-viewer': signViewer(
      { id: VIEWER_ID, roles: ['LEADING_GROUP'] },
      DEVELOPMENT_VIEWER_SECRET,
    ),
  });
  const latency: Record<string, number[]> = { direct: [], ours: [], hive: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 ? ['direct', 'ours', 'hive'] : ['hive', 'ours', 'direct'];
    for (const target of order) {
      const result = await runLoad({
        url:
          target === 'direct'
            ? stack.subgraphUrls.organisations!
            : gateways[target as Side].none.url,
        body: JSON.stringify(ONE_SUBGRAPH),
        headers: target === 'direct' ? signedHeaders() : auth,
        connections: 1,
        seconds: LATENCY_SECONDS,
      });
      if (result.errors) console.log(`  ${target}: ${result.errors} ERRORS: ${result.firstError}`);
      latency[target]!.push(result.p50);
    }
  }

  console.log(`\nMedians over ${ROUNDS} rounds (${CONNECTIONS} connections, ${SECONDS} s each):\n`);
  console.log(
    '| query | de-duplication | ours RPS | Hive RPS | ours ÷ Hive | ours p50 ms | Hive p50 ms | ours p99 ms | Hive p99 ms | subgraph calls/request ours / Hive | gateway CPU ms/request ours / Hive | errors |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const name of queries)
    for (const mode of ['dedupe', 'none'] as const) {
      const of = (side: Side) => results.get(key(name, mode, side)) ?? [];
      const m = (side: Side, f: (r: Run) => number) => median(of(side).map(f));
      const errors = [...of('ours'), ...of('hive')].reduce((n, r) => n + r.errors, 0);
      console.log(
        `| ${name} | ${mode === 'dedupe' ? 'both on' : 'both off'} | ${rps(m('ours', (r) => r.rps))} | ${rps(m('hive', (r) => r.rps))} | ${(m('ours', (r) => r.rps) / m('hive', (r) => r.rps)).toFixed(2)} | ${ms(m('ours', (r) => r.p50))} | ${ms(m('hive', (r) => r.p50))} | ${ms(m('ours', (r) => r.p99))} | ${ms(m('hive', (r) => r.p99))} | ${m('ours', (r) => r.callsPerRequest).toFixed(2)} / ${m('hive', (r) => r.callsPerRequest).toFixed(2)} | ${m('ours', (r) => r.cpuPerRequest).toFixed(2)} / ${m('hive', (r) => r.cpuPerRequest).toFixed(2)} | ${errors} |`,
      );
    }
  const direct = median(latency.direct!);
  console.log(
    `\nGateway-added p50, one connection, \`${ONE_SUBGRAPH.query}\` (organisations only): direct ${ms(direct)} ms; ours ${ms(median(latency.ours!))} ms (+${(median(latency.ours!) - direct).toFixed(2)}); Hive ${ms(median(latency.hive!))} ms (+${(median(latency.hive!) - direct).toFixed(2)})`,
  );
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) =>
      c.exitCode !== null || c.signalCode !== null
        ? undefined
        : new Promise((r) => c.once('exit', r)),
    ),
  );
  await stack.stop();
}
