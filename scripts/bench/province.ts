// npm run bench [-- --sizes 10000,100000,1000000 --runs 30 --warmup 5 --gateway-url name=http://…/graphql --hold --json out.json]
//
// The project's own benchmark (issue 19): a throw-away hub (embedded PostgreSQL, every subgraph, the
// gateway), the province data set written with set-based SQL (2,000 debtor units, 50,000 creditor
// enterprises, then the ledger grown to each size in turn: 10k, 100k, 1M lines), and at each size
// the questions of scripts/bench/questions.ts asked one request at a time (p50/p95), the SQL
// statements each subgraph runs for one Dashboard request, and every process's peak memory. Prints
// the tables with the ratio of the largest size to the smallest. It asserts nothing: benchmarks are
// not tests. docs/performance.md has the figures of a run and the machine they were taken on.
//
// --gateway-url name=url (repeatable) times the same questions through another gateway as well,
// request by request alternating with ours: start it against the subgraphs this script prints
// (with --hold the hub stays up after the last size until Ctrl-C), or import questions.ts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import { startStack, type RunningStack } from '../lib/stack.ts';
import {
  analyze,
  busiestDebtor,
  generateLedger,
  generateRegistry,
  lineCount,
  PROVINCE_REGION,
  rollupDifferences,
  type Databases,
} from './province-data.ts';
import { ask, questions, timeQuestions, type Timing } from './questions.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    debtors: { type: 'string', default: '2000' },
    creditors: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    'gateway-url': { type: 'string', multiple: true, default: [] },
    hold: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const others = values['gateway-url'].map((spec, i) => {
  const [name, url] = spec.includes('=') ? spec.split(/=(.*)/s) : [`gateway ${i + 2}`, spec];
  return { name: name!, url: url! };
});

const label = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
const ms = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function procStatus(pid: number | undefined): Promise<{ peak: number; rss: number } | null> {
  if (!pid) return null;
  try {
    const text = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
    return { peak: kib('VmHWM') / 1024, rss: kib('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

async function statements(stack: RunningStack): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(stack.subgraphUrls).map(async ([name, url]) => {
      const stats = (await (await fetch(new URL('/debug/stats', url))).json()) as {
        statements: number;
      };
      return [name, stats.statements] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function refreshDirectories(stack: RunningStack): Promise<void> {
  for (const url of Object.values(stack.subgraphUrls)) {
    const response = await fetch(new URL('/debug/directory/refresh', url), { method: 'POST' });
    if (!response.ok) throw new Error(`directory refresh at ${url}: ${response.status}`);
  }
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (before the run), Node ${process.version}`,
);

const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-province-'));
const stack = await startStack({
  dataDir,
  persistent: false,
  demoData: true,
  fixedPorts: false,
  env: { HUB_RATE_LIMIT_PER_MINUTE: '0' },
  // Only what went wrong (and slow SQL warnings) from the processes.
  log: (line) => {
    if (/ (WARN|ERROR|FATAL) /.test(line)) console.log(line);
  },
});
const db: Databases = {
  organisations: stack.databaseUrls.organisations!,
  arrears: stack.databaseUrls.arrears!,
  finance: stack.databaseUrls.finance!,
  supervision: stack.databaseUrls.supervision!,
};
const token = await issueDevelopmentToken({ sub: 'bench', roles: ['LEADING_GROUP'] });

interface SizeResult {
  lines: number;
  timings: Map<string, Map<string, Timing>>;
  dashboardStatements: Record<string, number>;
  memory: Record<string, { peak: number; rss: number } | null>;
  rollupDifferences: number;
}
const results: SizeResult[] = [];

try {
  console.log(
    `hub: gateway ${stack.gatewayUrl}; subgraphs ${Object.entries(stack.subgraphUrls)
      .map(([n, u]) => `${n} ${u}`)
      .join(', ')}`,
  );
  let t = performance.now();
  await generateRegistry(db, {
    debtors: Number(values.debtors),
    creditors: Number(values.creditors),
  });
  await refreshDirectories(stack);
  console.log(
    `registry: ${values.debtors} debtor units, ${values.creditors} creditor enterprises in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  let have = 0;
  for (const size of sizes) {
    t = performance.now();
    console.log(`\nledger → ${size.toLocaleString('en')} lines`);
    await generateLedger(db, have, size, (line) => console.log(line));
    have = size;
    await analyze(db);
    const lines = await lineCount(db);
    const differences = await rollupDifferences(db);
    console.log(
      `  ${lines.toLocaleString('en')} lines (with the demo ledger) in ${((performance.now() - t) / 1000).toFixed(1)} s; rollup ${differences ? `DIFFERS for ${differences} debtors` : 'in step with the ledger'}`,
    );
    const qs = questions({ regionCode: PROVINCE_REGION, debtorId: await busiestDebtor(db) });
    const gateways = [{ name: 'ours', url: stack.gatewayUrl }, ...others];
    const timings = await timeQuestions(gateways, token, qs, { runs, warmup });
    const before = await statements(stack);
    await ask(
      stack.gatewayUrl,
      token,
      qs.find((q) => q.name === 'the Dashboard operation')!,
    );
    const after = await statements(stack);
    const dashboardStatements = Object.fromEntries(
      Object.keys(after).map((n) => [n, after[n]! - before[n]!]),
    );
    const memory = Object.fromEntries(
      await Promise.all(
        Object.entries(stack.processes).map(
          async ([n, p]) => [n, await procStatus(p.pid)] as const,
        ),
      ),
    );
    results.push({
      lines: size,
      timings,
      dashboardStatements,
      memory,
      rollupDifferences: differences,
    });
    for (const [q, byGateway] of timings)
      console.log(
        `  ${q}: ${[...byGateway].map(([g, x]) => `${g} ${ms(x.p50)} / ${ms(x.p95)} ms${x.errors ? ` (${x.errors} errors)` : ''}`).join('; ')}`,
      );
    console.log(
      `  SQL statements for one Dashboard request: ${JSON.stringify(dashboardStatements)}`,
    );
  }

  // ---- the tables -------------------------------------------------------------------------------
  const first = results[0]!;
  const last = results.at(-1)!;
  const names = [...first.timings.keys()];
  for (const gateway of [...first.timings.values().next().value!.keys()]) {
    console.log(
      `\np50 / p95 in ms, one request at a time, through ${gateway === 'ours' ? 'our gateway' : gateway}:\n`,
    );
    console.log(
      `| question | ${results.map((r) => `${label(r.lines)} lines`).join(' | ')} | ${label(last.lines)} ÷ ${label(first.lines)} (p50 / p95) |`,
    );
    console.log(`|---|${results.map(() => '---|').join('')}---|`);
    for (const q of names) {
      const cells = results.map((r) => {
        const x = r.timings.get(q)!.get(gateway)!;
        return `${ms(x.p50)} / ${ms(x.p95)}`;
      });
      const a = first.timings.get(q)!.get(gateway)!;
      const b = last.timings.get(q)!.get(gateway)!;
      console.log(
        `| ${q} | ${cells.join(' | ')} | ${(b.p50 / a.p50).toFixed(2)} / ${(b.p95 / a.p95).toFixed(2)} |`,
      );
    }
  }
  console.log('\nSQL statements per Dashboard request:\n');
  const subgraphs = Object.keys(first.dashboardStatements);
  console.log(`| lines | ${subgraphs.join(' | ')} |`);
  console.log(`|---|${subgraphs.map(() => '---|').join('')}`);
  for (const r of results)
    console.log(
      `| ${label(r.lines)} | ${subgraphs.map((s) => r.dashboardStatements[s]).join(' | ')} |`,
    );
  console.log(
    '\nmemory per process, MiB (peak resident since start / resident now), after each size:\n',
  );
  const processes = Object.keys(first.memory);
  console.log(`| lines | ${processes.join(' | ')} |`);
  console.log(`|---|${processes.map(() => '---|').join('')}`);
  for (const r of results)
    console.log(
      `| ${label(r.lines)} | ${processes
        .map((p) => {
          const m = r.memory[p];
          return m ? `${m.peak.toFixed(0)} / ${m.rss.toFixed(0)}` : '–';
        })
        .join(' | ')} |`,
    );
  console.log(
    `\nload average after the run: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (values.json)
    await writeFile(
      values.json,
      JSON.stringify(
        results.map((r) => ({
          ...r,
          timings: Object.fromEntries([...r.timings].map(([q, g]) => [q, Object.fromEntries(g)])),
        })),
        null,
        2,
      ),
    );
  if (values.hold) {
    console.log(`\nholding the hub (Ctrl-C stops it): gateway ${stack.gatewayUrl}`);
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit();
}
