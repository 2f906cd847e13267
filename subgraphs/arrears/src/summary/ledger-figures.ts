// Today's figures summed from the ledger lines themselves: every statement here reads `arrear` (and
// `payment`) rows. This is the path for what the rollup does not keep — a creditor's or a
// project's totals, an enterprise viewer (who sees its own claims), debts registered after a
// zeroing notice — and the reference the rollup is compared with. One statement per kind of scope
// for the whole batch; each sums only the lines the viewer may see. Figures as of a past date are
// not here: the as-of module (as-of.ts) is the one place that knows how a debt stood on a day.
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ContractSubject } from '../ledger/arrear.enums.js';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import { ageBucketSql } from '../rules/ageing.js';
import { obligationOnSql } from '../rules/new-arrears.js';
import { ledgerScopeSql, perKind, visibleDebts, type SummaryScope } from './scope.js';

export interface TotalsRow {
  key: string;
  count: number;
  amount_due: string | null;
  paid: string | null;
  disputed_outstanding: string | null;
  undisputed_outstanding: string | null;
  wages_outstanding: string | null;
  judicial: number;
}

export interface SubjectRow {
  key: string;
  subject: ContractSubject;
  count: number;
  outstanding: string;
}

export interface BucketRow {
  key: string;
  bucket: AgeBucket;
  count: number;
  outstanding: string;
}

export interface MonthRow {
  key: string;
  month: string;
  payments: number;
  paid: string;
}

export interface ZeroingRow {
  key: string;
  units: number;
  zeroed: number;
}

export interface NewArrearsRow {
  key: string;
  count: number;
  amount_due: string | null;
  late_count: number;
  late_amount_due: string | null;
}

/** A region's debtor with what it owes and whether it has a debt past due, unpaid, without a plan. */
export interface UnitOwingRow {
  key: string;
  unit: string;
  outstanding: string | null;
  overdue_unplanned: boolean;
}

const single = <R extends { key: string }>(rows: Map<string, R[]>) =>
  new Map([...rows].map(([k, list]) => [k, list[0]!]));

export async function ledgerTotals(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
): Promise<Map<string, TotalsRow>> {
  const visible = await visibleDebts(ctx);
  return single(
    await perKind<TotalsRow>(scopes, (kind, group) => {
      const s = ledgerScopeSql(kind, group);
      return ctx.em.execute<TotalsRow[]>(
        `${s.cte}
         select ${s.key} as "key",
           count(a.id) filter (where a.counted)::int as "count",
           sum(a.amount_due) filter (where a.counted) as "amount_due",
           sum(a.paid) filter (where a.counted) as "paid",
           sum(a.amount_due - a.paid) filter (where a.counted and a.disputed) as "disputed_outstanding",
           sum(greatest(a.amount_due - a.paid - coalesce(a.disputed_amount, 0), 0)) filter (where a.counted) as "undisputed_outstanding",
           sum(a.migrant_wages_amount - a.migrant_wages_paid) filter (where a.counted) as "wages_outstanding",
           count(a.id) filter (where a.in_judicial_process)::int as "judicial"
         from ${s.from}
         where ${s.where} and ${visible.sql}
         group by 1`,
        [...s.cteParams, ...s.whereParams, ...visible.params],
      );
    }),
  );
}

export async function ledgerBySubject(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
): Promise<Map<string, SubjectRow[]>> {
  const visible = await visibleDebts(ctx);
  return perKind<SubjectRow>(scopes, (kind, group) => {
    const s = ledgerScopeSql(kind, group);
    return ctx.em.execute<SubjectRow[]>(
      `${s.cte}
       select ${s.key} as "key", a.subject, count(*)::int as "count", sum(a.amount_due - a.paid) as "outstanding"
       from ${s.from} where ${s.where} and a.counted and ${visible.sql}
       group by 1, a.subject order by a.subject`,
      [...s.cteParams, ...s.whereParams, ...visible.params],
    );
  });
}

export async function ledgerZeroing(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
): Promise<Map<string, ZeroingRow>> {
  const visible = await visibleDebts(ctx);
  return single(
    await perKind<ZeroingRow>(scopes, (kind, group) => {
      const s = ledgerScopeSql(kind, group);
      return ctx.em.execute<ZeroingRow[]>(
        `${s.cte}${s.cte ? ',' : 'with'} per_unit as (
           select ${s.key} as k, a.debtor_id, sum(a.amount_due - a.paid) as outstanding
           from ${s.from} where ${s.where} and a.counted and ${visible.sql} group by 1, a.debtor_id)
         select k as "key", count(*)::int as "units", count(*) filter (where outstanding = 0)::int as "zeroed"
         from per_unit group by k`,
        [...s.cteParams, ...s.whereParams, ...visible.params],
      );
    }),
  );
}

/** Today's outstanding by days past the statutory due date on `asOf` (debts without a due date
 * count as not due): current paid and status, only the ageing date given (callers pass today). */
export async function ledgerAgeing(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
  asOf: string,
): Promise<Map<string, BucketRow[]>> {
  const visible = await visibleDebts(ctx);
  return perKind<BucketRow>(scopes, (kind, group) => {
    const s = ledgerScopeSql(kind, group);
    const days = `coalesce(?::date - a.statutory_due_on, 0)`;
    return ctx.em.execute<BucketRow[]>(
      `${s.cte}
       select ${s.key} as "key", ${ageBucketSql(days)} as "bucket", count(*)::int as "count", sum(a.amount_due - a.paid) as "outstanding"
       from ${s.from}
       where ${s.where} and a.counted and a.amount_due > a.paid and ${visible.sql}
       group by 1, 2`,
      [...s.cteParams, ...Array(6).fill(asOf), ...s.whereParams, ...visible.params],
    );
  });
}

/** Payments on the counted lines, per calendar month from `from` (YYYY-MM) to `to`. */
export async function ledgerMonthly(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
  from: string,
  to: string,
): Promise<Map<string, MonthRow[]>> {
  const visible = await visibleDebts(ctx);
  return perKind<MonthRow>(scopes, (kind, group) => {
    const s = ledgerScopeSql(kind, group);
    return ctx.em.execute<MonthRow[]>(
      `${s.cte}
       select ${s.key} as "key", to_char(p.paid_on, 'YYYY-MM') as "month", count(*)::int as "payments", sum(p.amount) as "paid"
       from ${s.from} join payment p on p.arrear_id = a.id
       where ${s.where} and a.counted and p.paid_on >= ?::date and p.paid_on < (?::date + interval '1 month') and ${visible.sql}
       group by 1, 2`,
      [...s.cteParams, ...s.whereParams, `${from}-01`, `${to}-01`, ...visible.params],
    );
  });
}

/** Counted debts registered after their debtor's latest zeroing notice (a returned notice does not
 * count): 边清边欠 when the obligation arose after the zeroing date, 漏报 (late_*) when it was owed
 * before (rules/new-arrears.ts). */
export async function ledgerNewAfterZeroing(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
): Promise<Map<string, NewArrearsRow>> {
  const visible = await visibleDebts(ctx);
  const after = `${obligationOnSql('a')} > (z.at at time zone 'Asia/Shanghai')::date`;
  return single(
    await perKind<NewArrearsRow>(scopes, (kind, group) => {
      const s = ledgerScopeSql(kind, group);
      return ctx.em.execute<NewArrearsRow[]>(
        `${s.cte}${s.cte ? ',' : 'with'} zeroing as (
           select unit_id, max(submitted_at) as at from ledger_report
            where kind = 'ZEROING' and status <> 'RETURNED' group by unit_id)
         select ${s.key} as "key", count(*) filter (where ${after})::int as "count",
                sum(a.amount_due) filter (where ${after}) as "amount_due",
                count(*) filter (where not (${after}))::int as "late_count",
                sum(a.amount_due) filter (where not (${after})) as "late_amount_due"
         from ${s.from}
         join zeroing z on z.unit_id = a.debtor_id and a.registered_at > z.at
         where ${s.where} and a.counted and ${visible.sql} group by 1`,
        [...s.cteParams, ...s.whereParams, ...visible.params],
      );
    }),
  );
}

/** The debtors of each region with what they owe (counted) and whether one of their debts is past
 * its due date on `today`, unpaid, not cleared and without a repayment plan; in debtor id order. */
export async function ledgerUnitsOwing(
  ctx: SubgraphContext,
  regions: readonly SummaryScope[],
  today: string,
): Promise<Map<string, UnitOwingRow[]>> {
  const visible = await visibleDebts(ctx);
  return perKind<UnitOwingRow>(regions, (kind, group) => {
    const s = ledgerScopeSql(kind, group);
    return ctx.em.execute<UnitOwingRow[]>(
      `${s.cte}
       select ${s.key} as "key", a.debtor_id::text as "unit",
         sum(a.amount_due - a.paid) filter (where a.counted) as "outstanding",
         coalesce(bool_or(a.counted and a.statutory_due_on < ?::date and a.amount_due > a.paid
           and not a.has_repayment_plan and a.status <> 'CLEARED'), false) as "overdue_unplanned"
       from ${s.from} where ${s.where} and ${visible.sql}
       group by 1, a.debtor_id order by a.debtor_id`,
      [...s.cteParams, today, ...s.whereParams, ...visible.params],
    );
  });
}
