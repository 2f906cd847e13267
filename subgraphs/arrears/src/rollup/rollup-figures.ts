// The current figures of debtors and regions, read from the rollup (ledger_unit_totals and
// ledger_unit_month, kept by triggers): one row per debtor, so a region's overview reads as many
// rows as the region has debtors, whatever the number of ledger lines. One statement per kind of
// scope (debtors, regions) for the whole batch; each reads only the debtors the viewer holds (the
// debtor relation, through the kit's scopeSql on LedgerUnitTotals).
import {
  jurisdictionOf,
  scopeSql,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ContractSubject } from '../ledger/arrear.enums.js';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import { perKind, pathRange, type ScopeKind, type SummaryScope } from '../summary/scope.js';
import type {
  BucketRow,
  MonthRow,
  SubjectRow,
  TotalsRow,
  UnitOwingRow,
  ZeroingRow,
} from '../summary/ledger-figures.js';
import { advanceRollupClock } from './clock.js';
import { LedgerUnitTotals } from './ledger-unit-totals.entity.js';

/** Everything the rollup knows about a scope, shaped like the ledger path's rows. */
export interface RollupFigures {
  totals: TotalsRow;
  subjects: SubjectRow[];
  zeroing: ZeroingRow;
  /** As of today (China time): the clock is moved to today before these are read. */
  buckets: BucketRow[];
}

const SUBJECT_COLUMNS: [ContractSubject, string][] = [
  [ContractSubject.GOODS, 'goods'],
  [ContractSubject.SERVICES, 'services'],
  [ContractSubject.WORKS, 'works'],
];

const BUCKET_COLUMNS: [AgeBucket, string][] = [
  [AgeBucket.NOT_DUE, 'not_due'],
  [AgeBucket.UP_TO_30_DAYS, 'up_to_30_days'],
  [AgeBucket.DAYS_31_TO_90, 'days_31_to_90'],
  [AgeBucket.DAYS_91_TO_180, 'days_91_to_180'],
  [AgeBucket.DAYS_181_TO_365, 'days_181_to_365'],
  [AgeBucket.OVER_1_YEAR, 'over_1_year'],
  [AgeBucket.OVER_3_YEARS, 'over_3_years'],
];

const SUMS = [
  `sum(t.counted)::int as "count"`,
  `sum(t.amount_due) as "amount_due"`,
  `sum(t.paid) as "paid"`,
  `sum(t.disputed_outstanding) as "disputed_outstanding"`,
  `sum(t.undisputed_outstanding) as "undisputed_outstanding"`,
  `sum(t.wages_outstanding) as "wages_outstanding"`,
  `sum(t.judicial)::int as "judicial"`,
  `count(*) filter (where t.counted > 0)::int as "units"`,
  `count(*) filter (where t.counted > 0 and t.amount_due = t.paid)::int as "zeroed"`,
  ...SUBJECT_COLUMNS.flatMap(([, c]) => [
    `sum(t.${c}_count)::int as "${c}_count"`,
    `sum(t.${c}_outstanding) as "${c}_outstanding"`,
  ]),
  ...BUCKET_COLUMNS.flatMap(([, c]) => [
    `sum(t.aged_${c}_count)::int as "aged_${c}_count"`,
    `sum(t.aged_${c}_outstanding) as "aged_${c}_outstanding"`,
  ]),
  `max(c.as_of)::text as "as_of"`,
].join(',\n  ');

type RollupRow = Record<string, string | number | null> & { key: string; as_of: string };

/** The rollup's rows of the scopes of one kind: a debtor's own row, or the rows in a region's path
 * range (an index range on ledger_unit_totals.region_path). */
function rollupFrom(
  kind: ScopeKind,
  scopes: readonly SummaryScope[],
): { cte: string; from: string; where: string; key: string; params: unknown[] } {
  if (kind === 'region') {
    const ranges = scopes.map((s) => ({ k: s.key, ...pathRange(s.path!) }));
    return {
      cte: `with m as (select x.k, x.lo, x.hi from jsonb_to_recordset(?::jsonb) as x(k text, lo text, hi text))`,
      from: `m join ledger_unit_totals t on t.region_path >= m.lo and t.region_path < m.hi`,
      where: 'true',
      key: 'm.k',
      params: [JSON.stringify(ranges.map((r) => ({ k: r.k, lo: r.from, hi: r.to })))],
    };
  }
  return {
    cte: '',
    from: 'ledger_unit_totals t',
    where: 't.debtor_id = any(?::uuid[])',
    key: 't.debtor_id::text',
    params: [`{${scopes.map((s) => s.key).join(',')}}`],
  };
}

/** Reads `read()`; when the rows were aged for another day than today, moves the clock to today
 * (ledger_rollup_advance) and reads again, so the age buckets are always today's. */
async function forToday<R extends { as_of: string | null }>(
  ctx: SubgraphContext,
  read: () => Promise<R[]>,
): Promise<R[]> {
  const today = todayInChina();
  const rows = await read();
  if (!rows.some((r) => r.as_of && r.as_of !== today)) return rows;
  await advanceRollupClock(ctx, today);
  return read();
}

async function viewerScope(ctx: SubgraphContext) {
  return (
    scopeSql(ctx.em, LedgerUnitTotals, await jurisdictionOf(ctx), 't') ?? {
      sql: 'true',
      params: [],
    }
  );
}

export async function rollupFigures(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
): Promise<Map<string, RollupFigures>> {
  const visible = await viewerScope(ctx);
  const rows = await perKind<RollupRow>(scopes, (kind, group) => {
    const r = rollupFrom(kind, group);
    return forToday(ctx, () =>
      ctx.em.execute<RollupRow[]>(
        `${r.cte}
         select ${r.key} as "key",
         ${SUMS}
         from ${r.from} cross join ledger_rollup_clock c
         where ${r.where} and ${visible.sql}
         group by 1`,
        [...r.params, ...visible.params],
      ),
    );
  });
  const result = new Map<string, RollupFigures>();
  for (const [key, [row]] of rows) {
    if (!row) continue;
    const money = (column: string) => (row[column] === null ? null : String(row[column]));
    result.set(key, {
      totals: {
        key: row.key,
        count: Number(row.count),
        amount_due: money('amount_due'),
        paid: money('paid'),
        disputed_outstanding: money('disputed_outstanding'),
        undisputed_outstanding: money('undisputed_outstanding'),
        wages_outstanding: money('wages_outstanding'),
        judicial: Number(row.judicial),
      },
      subjects: SUBJECT_COLUMNS.filter(([, c]) => Number(row[`${c}_count`]) > 0).map(
        ([subject, c]) => ({
          key: row.key,
          subject,
          count: Number(row[`${c}_count`]),
          outstanding: String(row[`${c}_outstanding`]),
        }),
      ),
      zeroing: { key: row.key, units: Number(row.units), zeroed: Number(row.zeroed) },
      buckets: BUCKET_COLUMNS.filter(([, c]) => Number(row[`aged_${c}_count`]) > 0).map(
        ([bucket, c]) => ({
          key: row.key,
          bucket,
          count: Number(row[`aged_${c}_count`]),
          outstanding: String(row[`aged_${c}_outstanding`]),
        }),
      ),
    });
  }
  return result;
}

/** Payments per month on the counted lines of each scope, from `from` to `to` (YYYY-MM). */
export async function rollupMonthly(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
  from: string,
  to: string,
): Promise<Map<string, MonthRow[]>> {
  const visible = await viewerScope(ctx);
  return perKind<MonthRow>(scopes, (kind, group) => {
    const r = rollupFrom(kind, group);
    return ctx.em.execute<MonthRow[]>(
      `${r.cte}
       select ${r.key} as "key", to_char(u.month, 'YYYY-MM') as "month", sum(u.payments)::int as "payments", sum(u.paid) as "paid"
       from ${r.from} join ledger_unit_month u on u.debtor_id = t.debtor_id
       where ${r.where} and u.month >= ?::date and u.month <= ?::date and ${visible.sql}
       group by 1, 2`,
      [...r.params, `${from}-01`, `${to}-01`, ...visible.params],
    );
  });
}

/** The debtors of each region with what they owe and whether one of their debts is past due
 * today, unpaid, not cleared, without a plan; in debtor id order. */
export async function rollupUnitsOwing(
  ctx: SubgraphContext,
  regions: readonly SummaryScope[],
): Promise<Map<string, UnitOwingRow[]>> {
  const visible = await viewerScope(ctx);
  const rows = await perKind<UnitOwingRow & { as_of: string }>(regions, (kind, group) => {
    const r = rollupFrom(kind, group);
    return forToday(ctx, () =>
      ctx.em.execute<(UnitOwingRow & { as_of: string })[]>(
        `${r.cte}
         select ${r.key} as "key", t.debtor_id::text as "unit",
           case when t.counted > 0 then t.amount_due - t.paid end as "outstanding",
           t.overdue_unplanned > 0 as "overdue_unplanned", c.as_of::text as "as_of"
         from ${r.from} cross join ledger_rollup_clock c
         where ${r.where} and ${visible.sql}
         order by t.debtor_id`,
        [...r.params, ...visible.params],
      ),
    );
  });
  return rows;
}
