// npm run bench [-- --sizes 10000,100000,1000000 --runs 30 --warmup 5 --with scripts/bench/<hook>.ts
//                    --hold --json out.json]
//
// The project's own benchmark (issue 19). For each size of ledger (10k, 100k and 1M lines by
// default) a throw-away hub of its own (embedded PostgreSQL, every subgraph, the gateway) with the
// province data set written by set-based SQL (province-data.ts: 2,000 debtor units, 50,000 creditor
// enterprises, then the ledger lines with their payments); then the questions of questions.ts,
// one request at a time, the hubs alternating request by request — on a machine shared with other
// work the load changes from minute to minute, and alternating keeps the comparison between sizes
// fair. Prints p50/p95 per size with the ratio of the largest to the smallest, the SQL statements
// each subgraph runs for one Dashboard request at each size, and each process's peak memory. It
// asserts nothing: benchmarks are not tests. docs/performance.md has the figures of a run and the
// machine they were taken on.
//
// Other gateways on the same subgraphs (the comparison with Hive Gateway): --with <module.ts>
// (repeatable) imports a module exporting `start: GatewayHook` (questions.ts), called for each hub
// once it is up, with its URLs and a token; the gateways it returns are asked every question beside
// ours, request by request, and stopped at the end. With --hold the hubs stay up after the run
// until Ctrl-C (their URLs are printed).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
import {
  ask,
  questions,
  timeQuestions,
  type BenchGateway,
  type GatewayHook,
  type Question,
  type Target,
  type Timing,
} from './questions.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    debtors: { type: 'string', default: '2000' },
    creditors: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    with: { type: 'string', multiple: true, default: [] },
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

const label = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
const ms = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

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

interface Hub {
  size: number;
  stack: RunningStack;
  dataDir: string;
  db: Databases;
  questions: Question[];
  lines: number;
  rollupDifferences: number;
  gateways: BenchGateway[];
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (before the run), Node ${process.version}`,
);
const token = await issueDevelopmentToken({ sub: 'bench', roles: ['LEADING_GROUP'] });
const hubs: Hub[] = [];

try {
  for (const size of sizes) {
    const t = performance.now();
    const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-province-'));
    const stack = await startStack({
      dataDir,
      persistent: false,
      demoData: true,
      fixedPorts: false,
      env: { HUB_RATE_LIMIT_PER_MINUTE: '0' },
      // Only what went wrong from the processes (slow statements are expected while loading).
      log: (line) => {
        if (/ (ERROR|FATAL) /.test(line)) console.log(line);
      },
    });
    const db: Databases = {
      organisations: stack.databaseUrls.organisations!,
      arrears: stack.databaseUrls.arrears!,
      finance: stack.databaseUrls.finance!,
      supervision: stack.databaseUrls.supervision!,
    };
    const hub: Hub = {
      size,
      stack,
      dataDir,
      db,
      questions: [],
      lines: 0,
      rollupDifferences: 0,
      gateways: [],
    };
    hubs.push(hub);
    console.log(`\nhub for ${size.toLocaleString('en')} lines: gateway ${stack.gatewayUrl}`);
    for (const hook of values.with) {
      const { start } = (await import(pathToFileURL(resolve(hook)).href)) as {
        start: GatewayHook;
      };
      const started = await start({
        gatewayUrl: stack.gatewayUrl,
        subgraphUrls: stack.subgraphUrls,
        databaseUrls: stack.databaseUrls,
        token,
      });
      hub.gateways.push(...started);
      console.log(`  ${hook}: ${started.map((g) => `${g.name} ${g.url}`).join(', ')}`);
    }
    await generateRegistry(db, {
      debtors: Number(values.debtors),
      creditors: Number(values.creditors),
    });
    await refreshDirectories(stack);
    console.log(
      `  registry: ${values.debtors} debtor units, ${values.creditors} creditor enterprises`,
    );
    await generateLedger(db, 0, size, (line) => console.log(line));
    await analyze(db);
    hub.lines = await lineCount(db);
    hub.rollupDifferences = await rollupDifferences(db);
    hub.questions = questions({ regionCode: PROVINCE_REGION, debtorId: await busiestDebtor(db) });
    console.log(
      `  ${hub.lines.toLocaleString('en')} lines (with the demo ledger), loaded in ${seconds(t)}; rollup ${hub.rollupDifferences ? `DIFFERS for ${hub.rollupDifferences} debtors` : 'in step with the ledger'}`,
    );
  }

  // ---- the questions, the hubs (and any other gateways) alternating ---------------------------
  const targets: Target[] = hubs.flatMap((h) => [
    { name: `ours@${h.size}`, url: h.stack.gatewayUrl, questions: h.questions },
    ...h.gateways.map((g) => ({ name: `${g.name}@${h.size}`, url: g.url, questions: h.questions })),
  ]);
  console.log(
    `\nasking ${hubs[0]!.questions.length} questions, ${warmup} + ${runs} rounds, ${targets.length} targets alternating; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const timings = await timeQuestions(targets, token, { runs, warmup });

  const dashboardStatements: Record<string, Record<string, number>> = {};
  const memory: Record<string, Record<string, { peak: number; rss: number } | null>> = {};
  for (const h of hubs) {
    const dashboard = h.questions.find((q) => q.name === 'the Dashboard operation')!;
    await ask(h.stack.gatewayUrl, token, dashboard); // warm: the same state as when timed
    const before = await statements(h.stack);
    await ask(h.stack.gatewayUrl, token, dashboard);
    const after = await statements(h.stack);
    dashboardStatements[label(h.size)] = Object.fromEntries(
      Object.keys(after).map((n) => [n, after[n]! - before[n]!]),
    );
    memory[label(h.size)] = Object.fromEntries(
      await Promise.all(
        Object.entries(h.stack.processes).map(
          async ([n, p]) => [n, await procStatus(p.pid)] as const,
        ),
      ),
    );
  }

  // ---- the tables -------------------------------------------------------------------------------
  const first = hubs[0]!;
  const last = hubs.at(-1)!;
  const gatewayNames = ['ours', ...first.gateways.map((g) => g.name)];
  for (const gateway of gatewayNames) {
    console.log(
      `\np50 / p95 in ms, one request at a time, through ${gateway === 'ours' ? 'our gateway' : gateway}:\n`,
    );
    console.log(
      `| question | ${hubs.map((h) => `${label(h.size)} lines`).join(' | ')} | ${label(last.size)} ÷ ${label(first.size)} (p50 / p95) |`,
    );
    console.log(`|---|${hubs.map(() => '---|').join('')}---|`);
    for (const [q, byTarget] of timings) {
      const at = (h: Hub) => byTarget.get(`${gateway}@${h.size}`)!;
      const cell = (x: Timing) =>
        `${ms(x.p50)} / ${ms(x.p95)}${x.errors ? ` (${x.errors} errors)` : ''}`;
      console.log(
        `| ${q} | ${hubs.map((h) => cell(at(h))).join(' | ')} | ${(at(last).p50 / at(first).p50).toFixed(2)} / ${(at(last).p95 / at(first).p95).toFixed(2)} |`,
      );
    }
  }
  console.log('\nSQL statements per Dashboard request:\n');
  const subgraphs = Object.keys(Object.values(dashboardStatements)[0]!);
  console.log(`| lines | ${subgraphs.join(' | ')} |`);
  console.log(`|---|${subgraphs.map(() => '---|').join('')}`);
  for (const [size, counts] of Object.entries(dashboardStatements))
    console.log(`| ${size} | ${subgraphs.map((s) => counts[s]).join(' | ')} |`);
  console.log('\nmemory per process at the end, MiB (peak resident / resident now):\n');
  const processes = Object.keys(Object.values(memory)[0]!);
  console.log(`| lines | ${processes.join(' | ')} |`);
  console.log(`|---|${processes.map(() => '---|').join('')}`);
  for (const [size, byProcess] of Object.entries(memory))
    console.log(
      `| ${size} | ${processes
        .map((p) => {
          const m = byProcess[p];
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
        {
          hubs: hubs.map((h) => ({
            size: h.size,
            lines: h.lines,
            rollupDifferences: h.rollupDifferences,
          })),
          timings: Object.fromEntries(
            [...timings].map(([q, byTarget]) => [q, Object.fromEntries(byTarget)]),
          ),
          dashboardStatements,
          memory,
        },
        null,
        2,
      ),
    );
  if (values.hold) {
    console.log(
      `\nholding the hubs (Ctrl-C stops them): ${hubs.map((h) => `${label(h.size)} ${h.stack.gatewayUrl}`).join(', ')}`,
    );
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const h of hubs) {
    for (const g of h.gateways) await g.stop?.().catch((e: unknown) => console.error(e));
    await h.stack.stop();
    await rm(h.dataDir, { recursive: true, force: true });
  }
  process.exit();
}
