// A region's payment-times figures of a half from the histogram the triggers keep
// (ledger_region_payment_days): one statement for every region of the batch, reading one row per
// distinct number of days, however many payments the region made. The figures come out as the
// ledger's statement would give them (payment-performance.ts: counts, exact sums, the average
// rounded half-up to one decimal, the median as percentile_cont(0.5) interpolates it). The
// histogram describes all of a region's debtors at once, so it answers only viewers whose
// jurisdiction holds the whole region (LedgerRegionPaymentDaysOwnership); the others are answered
// from the lines they may see.
import {
  arrayLiteral,
  jurisdictionOf,
  money,
  scopeSql,
  toCents,
  type HalfYear,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import type { StatsRow } from '../summary/payment-performance.js';
import { LedgerRegionPaymentDays } from './ledger-region-payment-days.entity.js';

interface DaysRow {
  region_code: string;
  days: number;
  payments: number;
  paid: string;
  late_payments: number;
  late_paid: string;
  disputed_payments: number;
}

/** The regions of `codes` the histogram answers for this viewer (it holds the whole region). */
export async function histogramAnswers(
  ctx: SubgraphContext,
  codes: readonly string[],
): Promise<Set<string>> {
  const j = await jurisdictionOf(ctx);
  return new Set(codes.filter((code) => j.canSeeRegion(code)));
}

/** The median of a histogram (rows in ascending days) as percentile_cont(0.5) gives it. */
function median(rows: readonly DaysRow[], n: number): number | null {
  if (!n) return null;
  const position = (n - 1) / 2;
  const at = (index: number) => {
    let seen = 0;
    for (const row of rows) {
      seen += row.payments;
      if (index < seen) return row.days;
    }
    return rows.at(-1)!.days;
  };
  const lo = at(Math.floor(position));
  const hi = at(Math.ceil(position));
  return lo + (position - Math.floor(position)) * (hi - lo);
}

/** Σ days ÷ n rounded half-up to one decimal, in integers (as round(avg(days), 1) does). */
function average(totalDays: number, n: number): string | null {
  if (!n) return null;
  const tenths = Math.floor((20 * totalDays + n) / (2 * n));
  return (tenths / 10).toFixed(1);
}

function stats(code: string, rows: readonly DaysRow[]): StatsRow {
  let n = 0;
  let totalDays = 0;
  const count = { c30: 0, c60: 0, cover: 0, clate: 0, cdisputed: 0 };
  const cents = { paid: 0n, v30: 0n, v60: 0n, vover: 0n, vlate: 0n };
  for (const row of rows) {
    const paid = toCents(row.paid);
    n += row.payments;
    totalDays += row.days * row.payments;
    cents.paid += paid;
    const band = row.days <= 30 ? 'c30' : row.days <= 60 ? 'c60' : 'cover';
    count[band] += row.payments;
    cents[band === 'c30' ? 'v30' : band === 'c60' ? 'v60' : 'vover'] += paid;
    count.clate += row.late_payments;
    cents.vlate += toCents(row.late_paid);
    count.cdisputed += row.disputed_payments;
  }
  return {
    key: code,
    unit: null,
    payments: n,
    paid: n ? money(cents.paid) : null,
    average: average(totalDays, n),
    median: median(rows, n),
    ...count,
    v30: money(cents.v30),
    v60: money(cents.v60),
    vover: money(cents.vover),
    vlate: money(cents.vlate),
  };
}

/** The figures of each region of `codes` in the half, keyed by region code. */
export async function regionStatsFromHistogram(
  ctx: SubgraphContext,
  codes: readonly string[],
  period: HalfYear,
): Promise<Map<string, StatsRow>> {
  const visible = scopeSql(ctx.em, LedgerRegionPaymentDays, await jurisdictionOf(ctx), 'h') ?? {
    sql: 'true',
    params: [],
  };
  const rows = codes.length
    ? await ctx.em.execute<DaysRow[]>(
        `select h.region_code, h.days, h.payments, h.paid::text as paid, h.late_payments,
                h.late_paid::text as late_paid, h.disputed_payments
           from ledger_region_payment_days h
          where h.region_code = any(?::text[]) and h.half = ?::date and h.payments <> 0
            and ${visible.sql}
          order by h.region_code, h.days`,
        [arrayLiteral(codes), period.from, ...visible.params],
      )
    : [];
  const byRegion = new Map<string, DaysRow[]>(codes.map((code) => [code, []]));
  for (const row of rows) byRegion.get(row.region_code)?.push(row);
  return new Map([...byRegion].map(([code, list]) => [code, stats(code, list)]));
}
