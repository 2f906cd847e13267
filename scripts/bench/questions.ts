// The questions the province benchmark asks (issue 19's table), and how one is timed: through a
// gateway's URL, one request at a time, after a few warm-up requests. Shared by
// scripts/bench/province.ts and by anything that times the same questions against another gateway
// on the same subgraphs (e.g. Hive Gateway: pass its URL with --gateway-url, or import these).
import { readFileSync } from 'node:fs';
import { todayInChina } from '@arrears-hub/protocol';
import { dashboardVariables } from '../../gateway/src/dashboard/dashboard-variables.ts';
import { ROOT } from '../lib/subgraphs.ts';

export interface Question {
  /** Short name for the table. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface QuestionContext {
  /** The region the overview and the Dashboard ask about (150621, 达拉特旗). */
  regionCode: string;
  /** A debtor with many ledger lines, for the one-debtor page. */
  debtorId: string;
}

const LEDGER_NODE = `id contractNo status outstanding statutoryDueOn debtor { name } creditor { name }`;

/** A registered operation's document (gateway/operations), without its header comments. */
export function operationDocument(name: string): string {
  return readFileSync(`${ROOT}gateway/operations/${name}.graphql`, 'utf8')
    .replace(/^#.*\n/gm, '')
    .trim();
}

/** The three questions the gateway benchmarks put under load (bench:gateway, bench:replicas):
 * the README's first GraphiQL tab, the Dashboard, the inspectors' question about 150621. */
export function gatewayQuestions(): Record<
  'foundation' | 'dashboard' | 'inspector',
  { query: string; variables?: Record<string, unknown> }
> {
  return {
    foundation: {
      query: `{ regions(parentCode: "150621") { name arrearsSummary { count outstanding } }
  organisations(first: 5) { edges { node { name kind region { name } arrearsSummary { outstanding } } } } }`,
    },
    dashboard: {
      query: operationDocument('Dashboard'),
      variables: { ...dashboardVariables('150621') },
    },
    inspector: {
      query: operationDocument('InspectorRegionQuestion'),
      variables: { code: '150621' },
    },
  };
}

export function questions(context: QuestionContext): Question[] {
  const dashboard = operationDocument('Dashboard');
  const page = (variables: string, filter: string, extra = '') =>
    `query${variables} { arrears(first: 50${filter}) { ${extra} edges { node { ${LEDGER_NODE} } } pageInfo { hasNextPage endCursor } } }`;
  const today = { today: todayInChina() };
  return [
    {
      name: 'region overview (region { arrearsSummary })',
      query: `query($c: ID!) { region(code: $c) { name arrearsSummary { count amountDue paid outstanding undisputedOutstanding clearanceRate
        overdueOutstanding byAgeBucket { bucket count outstanding } bySubject { subject count outstanding } zeroing { units zeroed rate } } } }`,
      variables: { c: context.regionCode },
    },
    {
      name: 'the Dashboard operation',
      query: dashboard,
      variables: { ...dashboardVariables(context.regionCode) },
    },
    {
      name: 'ledger page, one debtor',
      query: page('($d: ID!)', ', filter: { debtorIds: [$d] }'),
      variables: { d: context.debtorId },
    },
    {
      name: 'ledger page, status + overdue',
      query: page(
        '($today: Date!)',
        ', filter: { statuses: [VERIFIED, REPAYING], overdueOn: $today }',
      ),
      variables: today,
    },
    {
      name: 'ledger page, ordered by outstanding',
      query: page('', ', orderBy: { field: OUTSTANDING, direction: DESC }'),
      variables: {},
    },
    {
      name: 'organisations(first: 100) { arrearsSummary }',
      query: `{ organisations(first: 100) { edges { node { name arrearsSummary { count outstanding } } } } }`,
      variables: {},
    },
    {
      name: 'ledger page, status + overdue, with totalCount',
      query: page(
        '($today: Date!)',
        ', filter: { statuses: [VERIFIED, REPAYING], overdueOn: $today }',
        'totalCount',
      ),
      variables: today,
    },
  ];
}

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Sends the question once; resolves with the milliseconds it took (throws on GraphQL errors). */
export async function ask(url: string, token: string, q: Question): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[]; data?: unknown };
  const took = performance.now() - started;
  if (!response.ok || body.errors?.length)
    throw new Error(
      `${q.name}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  return took;
}

/** Where a question is asked: a gateway, with the questions as that hub's data calls for them
 * (the same names, in the same order, for every target). */
export interface Target {
  name: string;
  url: string;
  questions: readonly Question[];
}

/**
 * Times each question at each target, one request at a time: `warmup` rounds first, then `runs`
 * rounds, the targets alternating request by request so that all of them see the same machine
 * (on a shared machine the load changes from minute to minute; the ratios stay fair).
 * Returns question name → target name → timing.
 */
export async function timeQuestions(
  targets: readonly Target[],
  token: string,
  options: { runs: number; warmup: number },
): Promise<Map<string, Map<string, Timing>>> {
  const result = new Map<string, Map<string, Timing>>();
  const names = targets[0]?.questions.map((q) => q.name) ?? [];
  for (const [index, name] of names.entries()) {
    const samples = new Map(targets.map((t) => [t.name, [] as number[]]));
    const errors = new Map(targets.map((t) => [t.name, 0]));
    for (let i = 0; i < options.warmup + options.runs; i++) {
      for (const t of targets) {
        try {
          const ms = await ask(t.url, token, t.questions[index]!);
          if (i >= options.warmup) samples.get(t.name)!.push(ms);
        } catch (error) {
          errors.set(t.name, errors.get(t.name)! + 1);
          if (errors.get(t.name) === 1) console.error(`  ${t.name}: ${(error as Error).message}`);
        }
      }
    }
    const byTarget = new Map<string, Timing>();
    for (const t of targets) {
      const sorted = samples.get(t.name)!.sort((a, b) => a - b);
      byTarget.set(t.name, {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        runs: sorted.length,
        errors: errors.get(t.name)!,
      });
    }
    result.set(name, byTarget);
  }
  return result;
}

/** What a `--with <module>` hook of the benchmark gets: the hub it runs against. */
export interface BenchHub {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  /** A LEADING_GROUP token for the hub's gateway (development secret). */
  token: string;
}

/** A gateway a hook started (e.g. Hive Gateway on the same subgraphs), timed beside ours. */
export interface BenchGateway {
  name: string;
  url: string;
  stop?: () => Promise<void>;
}

/**
 * The shape of a `--with <module>` hook: `export const start: GatewayHook = async (hub) => […]`.
 * Called once the hub is up (before any data is loaded); the gateways it returns are asked every
 * question, request by request alternating with ours, and stopped at the end.
 */
export type GatewayHook = (hub: BenchHub) => Promise<BenchGateway[]>;
