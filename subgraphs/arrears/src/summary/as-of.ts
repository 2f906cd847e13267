// Summaries for a past date: the one module that knows how a debt stood at the end of a day in SQL
// (the same rules as rules/as-of.ts): paid = today's paid less the payments made after the day;
// disputed = the dispute period covering the day (or, for a debt marked disputed before disputes
// were dated, its disputed amount); counted = signed by then, not withdrawn, not in a court period
// covering the day. The summary resolvers call it whenever `asOf` is given; without `asOf` the
// current-state loaders (summary.loaders.ts) answer. Every figure is one statement per batch of
// scopes, whatever the number of debts, over the rows the viewer may see; a scope's lines are found
// as the current figures find them (scope.ts: a unit or project id, or a region's path range on the
// lines' debtor path), and only those lines are read.
import {
  defineLoader,
  money,
  ratio,
  subtractMoney,
  type SqlFragment,
} from '@arrears-hub/subgraph-kit';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import { ageBucketSql } from '../rules/ageing.js';
import { AgeBucketTotals } from './arrears-summary.type.js';
import { SummaryPosition } from './as-of.type.js';
import { ledgerScopeSql, perKind, scopeKey, visibleDebts, type SummaryScope } from './scope.js';

/**
 * Every debt with its position at the end of `date`, as a subquery to alias `a`: the arrear's own
 * columns plus outstanding_on, disputed_on, counted_on and days_on (days past the due date that
 * day, 0 without one). Join it where a summary would join `arrear`.
 */
export function debtsOn(date: string): SqlFragment {
  return {
    sql: `(select y.*, coalesce(?::date - y.statutory_due_on, 0) as days_on from (
      select x.*,
        x.amount_due - x.paid + coalesce(
          (select sum(p.amount) from payment p where p.arrear_id = x.id and p.paid_on > ?::date), 0) as outstanding_on,
        case when exists (select 1 from arrear_period d where d.arrear_id = x.id and d.kind = 'DISPUTE')
          then coalesce((select d.disputed_amount from arrear_period d
                          where d.arrear_id = x.id and d.kind = 'DISPUTE' and d.started_on <= ?::date
                            and (d.ended_on is null or d.ended_on > ?::date)
                          order by d.started_on desc limit 1), 0)
          when x.disputed or x.status = 'DISPUTED' then coalesce(x.disputed_amount, 0)
          else 0 end as disputed_on,
        (x.status <> 'WITHDRAWN' and x.contract_signed_on <= ?::date and not (
          case when exists (select 1 from arrear_period j where j.arrear_id = x.id and j.kind = 'JUDICIAL')
            then exists (select 1 from arrear_period j
                          where j.arrear_id = x.id and j.kind = 'JUDICIAL' and j.started_on <= ?::date
                            and (j.ended_on is null or j.ended_on > ?::date))
            else (x.in_judicial_process or x.status = 'IN_COURT') end)) as counted_on
      from arrear x) y)`,
    params: Array(7).fill(date),
  };
}

/** Outstanding on `asOf` by days past the due date that day (payments made after it added back). */
export const asOfAgeingOf = defineLoader<{ scope: SummaryScope; asOf: string }, AgeBucketTotals[]>(
  async (keys, ctx) => {
    const visible = await visibleDebts(ctx);
    const result = new Map<string, AgeBucketTotals[]>();
    for (const asOf of new Set(keys.map((k) => k.asOf))) {
      const scopes = keys.filter((k) => k.asOf === asOf).map((k) => k.scope);
      const debts = debtsOn(asOf);
      const rows = await perKind<{
        key: string;
        bucket: AgeBucket;
        count: number;
        outstanding: string;
      }>(scopes, (kind, group) => {
        const s = ledgerScopeSql(kind, group, debts.sql);
        return ctx.em.execute(
          `${s.cte}
           select ${s.key} as "key", ${ageBucketSql('a.days_on')} as "bucket", count(*)::int as "count",
                  sum(a.outstanding_on) as "outstanding"
             from ${s.from}
            where ${s.where} and a.counted_on and a.outstanding_on > 0 and ${visible.sql}
            group by 1, 2`,
          [...s.cteParams, ...debts.params, ...s.whereParams, ...visible.params],
        );
      });
      for (const scope of scopes) {
        const byBucket = new Map((rows.get(scopeKey(scope)) ?? []).map((r) => [r.bucket, r]));
        result.set(
          `${scopeKey(scope)}@${asOf}`,
          Object.values(AgeBucket).map((bucket) => ({
            bucket,
            count: byBucket.get(bucket)?.count ?? 0,
            outstanding: money(byBucket.get(bucket)?.outstanding ?? null),
          })),
        );
      }
    }
    return keys.map((k) => result.get(`${scopeKey(k.scope)}@${k.asOf}`)!);
  },
  { cacheKey: (k) => `${scopeKey(k.scope)}@${k.asOf}` },
);

interface PositionRow {
  key: string;
  count: number;
  amount_due: string | null;
  outstanding: string | null;
  undisputed: string | null;
  disputed: string | null;
  overdue: string | null;
}

/** The totals of a scope on `date`: counted debts, what was due, paid and outstanding that day. */
export const asOfPositionOf = defineLoader<{ scope: SummaryScope; date: string }, SummaryPosition>(
  async (keys, ctx) => {
    const visible = await visibleDebts(ctx);
    const result = new Map<string, SummaryPosition>();
    for (const date of new Set(keys.map((k) => k.date))) {
      const scopes = keys.filter((k) => k.date === date).map((k) => k.scope);
      const debts = debtsOn(date);
      const rows = await perKind<PositionRow>(scopes, (kind, group) => {
        const s = ledgerScopeSql(kind, group, debts.sql);
        return ctx.em.execute(
          `${s.cte}
           select ${s.key} as "key", count(*)::int as "count", sum(a.amount_due) as "amount_due",
                  sum(a.outstanding_on) as "outstanding",
                  sum(greatest(a.outstanding_on - a.disputed_on, 0)) as "undisputed",
                  sum(a.outstanding_on) filter (where a.disputed_on > 0) as "disputed",
                  sum(a.outstanding_on) filter (where a.days_on > 0 and a.outstanding_on > 0) as "overdue"
             from ${s.from}
            where ${s.where} and a.counted_on and ${visible.sql}
            group by 1`,
          [...s.cteParams, ...debts.params, ...s.whereParams, ...visible.params],
        );
      });
      for (const scope of scopes) {
        const row = rows.get(scopeKey(scope))?.[0];
        const amountDue = money(row?.amount_due ?? null);
        const outstanding = money(row?.outstanding ?? null);
        const paid = subtractMoney(amountDue, outstanding);
        result.set(`${scopeKey(scope)}@${date}`, {
          date,
          count: row?.count ?? 0,
          amountDue,
          paid,
          outstanding,
          undisputedOutstanding: money(row?.undisputed ?? null),
          disputedOutstanding: money(row?.disputed ?? null),
          overdueOutstanding: money(row?.overdue ?? null),
          clearanceRate: ratio(paid, amountDue),
        });
      }
    }
    return keys.map((k) => result.get(`${scopeKey(k.scope)}@${k.date}`)!);
  },
  { cacheKey: (k) => `${scopeKey(k.scope)}@${k.date}` },
);
