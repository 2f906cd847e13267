// Payment performance statistics (docs/domain/payment-statistics.md), after the UK's payment
// practices reports and Australia's Payment Times Reports Register: for a debtor unit, or all the
// debtor units of a region, in a half-year — how many payments were made and for how much, the
// average and median days from the start of the payment term (delivery, acceptance or confirmed
// settlement) to payment, the shares paid within 30, 31–60 and over 60 days by number and by
// value, the share paid after the due date, the share made on a debt that was in dispute, and the
// debts still overdue and unpaid at the end of the half. One statement for every scope of a
// request (GROUPING SETS gives the units and the whole scope at once), over the debts the viewer
// may see. A region's debts are found by its path range on the lines' debtor path (scope.ts), never
// by a list of its units. A region's whole figures (the Dashboard's payment-times panel) come from
// the histogram the triggers keep (rollup/payment-days.ts) when the viewer holds the region; the
// migration that keeps it repeats the rule of `pays` below.
import {
  defineLoader,
  money,
  parseHalf,
  toCents,
  unitDirectory,
  UserInputError,
  type HalfYear,
  type PaymentPerformanceFigures,
  type PaymentPerformanceSet,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { debtsOn } from './as-of.js';
import {
  ledgerScopeSql,
  perKind,
  regionScopeByCode,
  scopeKey,
  unitScope,
  visibleDebts,
  type SummaryScope,
} from './scope.js';
import { arrearsMessages as msg } from '../messages.js';
import { histogramAnswers, regionStatsFromHistogram } from '../rollup/payment-days.js';

/** One scope's (or one unit of it) payment figures, as the statement below returns them. */
export interface StatsRow {
  key: string;
  unit: string | null;
  payments: number;
  paid: string | null;
  average: string | null;
  median: number | null;
  c30: number;
  v30: string | null;
  c60: number;
  v60: string | null;
  cover: number;
  vover: string | null;
  clate: number;
  vlate: string | null;
  cdisputed: number;
}

interface OverdueRow {
  key: string;
  unit: string | null;
  count: number;
  amount: string | null;
}

export interface PerformanceScope {
  /** A region (with its path) or a debtor unit: what the figures are grouped under. */
  scope: SummaryScope;
  regionCode: string;
}

/** The half, checked: BAD_USER_INPUT on `field` for anything but "YYYY-H1" / "YYYY-H2". */
export function requireHalf(half: string, field = 'half'): HalfYear {
  const parsed = parseHalf(half);
  if (!parsed) throw new UserInputError(msg.halfYearForm({ half }), field);
  return parsed;
}

const share = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 10000) / 10000 : null;

/** part ÷ whole of two Money strings, rounded half-up to 4 decimals in exact integers. */
function moneyShare(part: string, whole: string): number | null {
  const w = toCents(whole);
  if (w === 0n) return null;
  return Number((toCents(part) * 20000n + w) / (2n * w)) / 10000;
}

function figures(
  regionCode: string,
  unitId: string | null,
  half: string,
  stats: StatsRow | undefined,
  overdue: OverdueRow | undefined,
): PaymentPerformanceFigures {
  const n = stats?.payments ?? 0;
  const value = money(stats?.paid ?? null);
  const byValue = (v: string | null | undefined) =>
    n ? moneyShare(money(v ?? null), value) : null;
  return {
    unitId,
    regionCode,
    half,
    payments: n,
    paidAmount: value,
    averageDays:
      stats?.average === null || stats?.average === undefined ? null : Number(stats.average),
    medianDays: stats?.median ?? null,
    within30: share(stats?.c30 ?? 0, n),
    within30Value: byValue(stats?.v30),
    days31To60: share(stats?.c60 ?? 0, n),
    days31To60Value: byValue(stats?.v60),
    over60: share(stats?.cover ?? 0, n),
    over60Value: byValue(stats?.vover),
    paidLate: share(stats?.clate ?? 0, n),
    paidLateValue: byValue(stats?.vlate),
    inDispute: share(stats?.cdisputed ?? 0, n),
    overdueUnpaidCount: overdue?.count ?? 0,
    overdueUnpaidAmount: money(overdue?.amount ?? null),
  };
}

/**
 * The figures of each scope (its whole, and each of its units that paid or owes overdue in the
 * half), two statements for every scope of the batch: the payments, and (unless `overdue` is
 * false) the overdue unpaid debts at the end of the half (the as-of module's position of that day).
 * The second sums every line of the scope as it stood that day, so its cost grows with the ledger:
 * the GraphQL fields ask for it only when a client reads overdueUnpaidCount / overdueUnpaidAmount
 * (lazyOverdue below); without it those figures are left at zero for the caller to fill.
 */
export async function paymentPerformance(
  ctx: SubgraphContext,
  scopes: readonly PerformanceScope[],
  period: HalfYear,
  options: { overdue: boolean } = { overdue: true },
): Promise<Map<string, PaymentPerformanceSet>> {
  const result = new Map<string, PaymentPerformanceSet>();
  const visible = await visibleDebts(ctx);
  const wanted = scopes.map((s) => s.scope);
  const stats = await perKind<StatsRow>(wanted, (kind, group) => {
    const s = ledgerScopeSql(kind, group, 'arrear');
    return ctx.em.execute<StatsRow[]>(
      `${s.cte}${s.cte ? ',' : 'with'} pays as (
         select ${s.key} as k, a.debtor_id as unit, p.amount,
                greatest(p.paid_on - a.payment_term_starts_on, 0) as days,
                (a.statutory_due_on is not null and p.paid_on > a.statutory_due_on) as late,
                case when exists (select 1 from arrear_period d where d.arrear_id = a.id and d.kind = 'DISPUTE')
                  then exists (select 1 from arrear_period d where d.arrear_id = a.id and d.kind = 'DISPUTE'
                                 and d.started_on <= p.paid_on
                                 and (d.ended_on is null or d.ended_on > a.payment_term_starts_on))
                  else a.disputed end as disputed
           from ${s.from}
           join payment p on p.arrear_id = a.id
          where ${s.where} and a.status <> 'WITHDRAWN' and a.payment_term_starts_on is not null
            and p.paid_on between ?::date and ?::date and ${visible.sql})
       select k as "key", unit, count(*)::int as "payments", sum(amount) as "paid",
              round(avg(days), 1) as "average",
              percentile_cont(0.5) within group (order by days) as "median",
              count(*) filter (where days <= 30)::int as "c30", sum(amount) filter (where days <= 30) as "v30",
              count(*) filter (where days between 31 and 60)::int as "c60", sum(amount) filter (where days between 31 and 60) as "v60",
              count(*) filter (where days > 60)::int as "cover", sum(amount) filter (where days > 60) as "vover",
              count(*) filter (where late)::int as "clate", sum(amount) filter (where late) as "vlate",
              count(*) filter (where disputed)::int as "cdisputed"
         from pays group by grouping sets ((k, unit), (k))`,
      [...s.cteParams, ...s.whereParams, period.from, period.to, ...visible.params],
    );
  });
  const overdue = options.overdue
    ? await overdueAtEnd(ctx, wanted, period)
    : new Map<string, OverdueRow[]>();
  for (const { scope, regionCode } of scopes) {
    const s = stats.get(scopeKey(scope)) ?? [];
    const o = overdue.get(scopeKey(scope)) ?? [];
    const units = [...new Set([...s, ...o].flatMap((r) => (r.unit ? [r.unit] : [])))].sort();
    result.set(scope.key, {
      region: figures(
        regionCode,
        null,
        period.half,
        s.find((r) => !r.unit),
        o.find((r) => !r.unit),
      ),
      units: units.map((unit) =>
        figures(
          regionCode,
          unit,
          period.half,
          s.find((r) => r.unit === unit),
          o.find((r) => r.unit === unit),
        ),
      ),
    });
  }
  return result;
}

/** The debts past due and unpaid on the half's last day, per scope and per unit of it. */
async function overdueAtEnd(
  ctx: SubgraphContext,
  wanted: readonly SummaryScope[],
  period: HalfYear,
): Promise<Map<string, OverdueRow[]>> {
  const visible = await visibleDebts(ctx);
  const debts = debtsOn(period.to);
  return perKind<OverdueRow>(wanted, (kind, group) => {
    const s = ledgerScopeSql(kind, group, debts.sql);
    return ctx.em.execute<OverdueRow[]>(
      `${s.cte}
       select ${s.key} as "key", a.debtor_id as "unit", count(*)::int as "count", sum(a.outstanding_on) as "amount"
         from ${s.from}
        where ${s.where} and a.counted_on and a.outstanding_on > 0 and a.days_on > 0 and ${visible.sql}
        group by grouping sets ((${s.key}, a.debtor_id), (${s.key}))`,
      [...s.cteParams, ...debts.params, ...s.whereParams, ...visible.params],
    );
  });
}

interface OverdueKey {
  scope: SummaryScope;
  half: string;
}
const overdueKey = (k: OverdueKey) => `${scopeKey(k.scope)}@${k.half}`;

/** The overdue unpaid debts at the end of the half of each scope (its whole), batched per half. */
const overdueAtHalfEndOf = defineLoader<OverdueKey, { count: number; amount: string }>(
  async (keys, ctx) => {
    const out = new Map<string, { count: number; amount: string }>();
    for (const half of new Set(keys.map((k) => k.half))) {
      const scopes = keys.filter((k) => k.half === half).map((k) => k.scope);
      const rows = await overdueAtEnd(ctx, scopes, requireHalf(half));
      for (const scope of scopes) {
        const whole = (rows.get(scopeKey(scope)) ?? []).find((r) => !r.unit);
        out.set(overdueKey({ scope, half }), {
          count: whole?.count ?? 0,
          amount: money(whole?.amount ?? null),
        });
      }
    }
    return keys.map((k) => out.get(overdueKey(k))!);
  },
  { cacheKey: overdueKey },
);

/** The figures with overdueUnpaidCount / overdueUnpaidAmount computed when first read (as a
 * page's totalCount is): the Dashboard's payment-times panel never reads them. */
function lazyOverdue(
  ctx: SubgraphContext,
  figures: PaymentPerformanceFigures,
  key: OverdueKey,
): PaymentPerformanceFigures {
  const lazy = { ...figures } as Record<string, unknown>;
  const load = () => overdueAtHalfEndOf.load(ctx, key);
  Object.defineProperty(lazy, 'overdueUnpaidCount', {
    enumerable: true,
    get: () => load().then((o) => o.count),
  });
  Object.defineProperty(lazy, 'overdueUnpaidAmount', {
    enumerable: true,
    get: () => load().then((o) => o.amount),
  });
  return lazy as unknown as PaymentPerformanceFigures;
}

/** PAYMENT_PERFORMANCE: a region (its whole subtree) and each of its debtor units, in a half. */
export async function regionPaymentPerformance(
  ctx: SubgraphContext,
  regionCode: string,
  half: string,
): Promise<PaymentPerformanceSet> {
  const period = requireHalf(half);
  const answer = await paymentPerformance(
    ctx,
    [{ scope: await regionScopeByCode(regionCode), regionCode }],
    period,
  );
  return answer.get(regionCode)!;
}

/** Figures of regions, batched per half: from the payment-days histogram for the regions the
 * viewer holds whole (one statement, a few hundred rows per region whatever the ledger's size),
 * from the lines the viewer may see for the others (one statement). */
export const regionPerformanceOf = defineLoader<
  { code: string; half: string },
  PaymentPerformanceFigures
>(
  async (keys, ctx) => {
    const out = new Map<string, PaymentPerformanceFigures>();
    for (const half of new Set(keys.map((k) => k.half))) {
      const period = requireHalf(half);
      const codes = keys.filter((k) => k.half === half).map((k) => k.code);
      const scopes = await Promise.all(
        codes.map(async (code) => ({ scope: await regionScopeByCode(code), regionCode: code })),
      );
      const kept = await histogramAnswers(ctx, codes);
      const [fromHistogram, fromLines] = await Promise.all([
        regionStatsFromHistogram(ctx, [...kept], period),
        paymentPerformance(
          ctx,
          scopes.filter((s) => !kept.has(s.regionCode)),
          period,
          { overdue: false },
        ),
      ]);
      for (const { scope, regionCode } of scopes) {
        const whole = kept.has(regionCode)
          ? figures(regionCode, null, half, fromHistogram.get(regionCode), undefined)
          : fromLines.get(regionCode)!.region;
        out.set(`${regionCode}@${half}`, lazyOverdue(ctx, whole, { scope, half }));
      }
    }
    return keys.map((k) => out.get(`${k.code}@${k.half}`)!);
  },
  { cacheKey: (k) => `${k.code}@${k.half}` },
);

export const unitPerformanceOf = defineLoader<
  { unitId: string; half: string },
  PaymentPerformanceFigures
>(
  async (keys, ctx) => {
    const directory = await unitDirectory().get(keys.map((k) => k.unitId));
    const out = new Map<string, PaymentPerformanceFigures>();
    for (const half of new Set(keys.map((k) => k.half))) {
      const period = requireHalf(half);
      const ids = keys.filter((k) => k.half === half).map((k) => k.unitId);
      const answer = await paymentPerformance(
        ctx,
        ids.map((id) => ({
          scope: unitScope(id, 'debtor'),
          regionCode: directory.get(id)?.regionCode ?? '',
        })),
        period,
        { overdue: false },
      );
      for (const id of ids)
        out.set(
          `${id}@${half}`,
          lazyOverdue(
            ctx,
            { ...answer.get(id)!.region, unitId: id },
            { scope: unitScope(id, 'debtor'), half },
          ),
        );
    }
    return keys.map((k) => out.get(`${k.unitId}@${k.half}`)!);
  },
  { cacheKey: (k) => `${k.unitId}@${k.half}` },
);
