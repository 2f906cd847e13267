// The summary figures, each one statement for every scope of a request (units, regions, projects).
// PostgreSQL sums numeric exactly; JS only formats. Each sums only the rows the viewer may see
// (the ownership declarations of Arrear and Clue, through the kit's scopeSql).
import { defineLoader, money, ratio, subtractMoney } from '@arrears-hub/subgraph-kit';
import { ClueStatus } from '../clue/clue.enums.js';
import { ContractSubject } from '../ledger/arrear.enums.js';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import { ageBucketSql } from '../rules/ageing.js';
import { obligationOnSql } from '../rules/new-arrears.js';
import {
  AgeBucketTotals,
  ArrearsSummary,
  ClueClosure,
  NewArrears,
  SubjectTotals,
  ZeroingStatus,
} from './arrears-summary.type.js';
import {
  COUNTED_ARREARS,
  perColumn,
  scopeKey,
  scopeMapping,
  visibleClues,
  visibleDebts,
  type SummaryScope,
} from './scope.js';

interface TotalsRow {
  key: string;
  count: number;
  amount_due: string | null;
  paid: string | null;
  disputed_outstanding: string | null;
  undisputed_outstanding: string | null;
  wages_outstanding: string | null;
  judicial: number;
}

function toSummary(scope: SummaryScope, row: TotalsRow | undefined): ArrearsSummary {
  const amountDue = money(row?.amount_due ?? null);
  const paid = money(row?.paid ?? null);
  return {
    scope,
    count: row?.count ?? 0,
    amountDue,
    paid,
    outstanding: subtractMoney(amountDue, paid),
    disputedOutstanding: money(row?.disputed_outstanding ?? null),
    undisputedOutstanding: money(row?.undisputed_outstanding ?? null),
    migrantWagesOutstanding: money(row?.wages_outstanding ?? null),
    clearanceRate: ratio(paid, amountDue),
    inJudicialProcessCount: row?.judicial ?? 0,
  };
}

export const summaryOf = defineLoader<SummaryScope, ArrearsSummary>(
  async (scopes, ctx) => {
    const { em } = ctx;
    const visible = await visibleDebts(ctx);
    const rows = await perColumn<TotalsRow>(scopes, (column, group) => {
      const { cte, params } = scopeMapping(group);
      return em.execute<TotalsRow[]>(
        `${cte}
         select m.k as "key",
           count(a.id) filter (where a.counted)::int as "count",
           sum(a.amount_due) filter (where a.counted) as "amount_due",
           sum(a.paid) filter (where a.counted) as "paid",
           sum(a.amount_due - a.paid) filter (where a.counted and a.disputed) as "disputed_outstanding",
           sum(greatest(a.amount_due - a.paid - coalesce(a.disputed_amount, 0), 0)) filter (where a.counted) as "undisputed_outstanding",
           sum(a.migrant_wages_amount - a.migrant_wages_paid) filter (where a.counted) as "wages_outstanding",
           count(a.id) filter (where a.in_judicial_process)::int as "judicial"
         from m join ${COUNTED_ARREARS} a on a.${column} = m.u
         where ${visible.sql}
         group by m.k`,
        [...params, ...visible.params],
      );
    });
    return scopes.map((s) => toSummary(s, rows.get(scopeKey(s))?.[0]));
  },
  { cacheKey: scopeKey },
);

export function emptySummary(scope: SummaryScope): ArrearsSummary {
  return toSummary(scope, undefined);
}

export const bySubjectOf = defineLoader<SummaryScope, SubjectTotals[]>(
  async (scopes, ctx) => {
    const { em } = ctx;
    const visible = await visibleDebts(ctx);
    const rows = await perColumn<{
      key: string;
      subject: ContractSubject;
      count: number;
      outstanding: string;
    }>(scopes, (column, group) => {
      const { cte, params } = scopeMapping(group);
      return em.execute(
        `${cte}
         select m.k as "key", a.subject, count(*)::int as "count", sum(a.amount_due - a.paid) as "outstanding"
         from m join ${COUNTED_ARREARS} a on a.${column} = m.u where a.counted and ${visible.sql}
         group by m.k, a.subject order by a.subject`,
        [...params, ...visible.params],
      );
    });
    return scopes.map((s) =>
      (rows.get(scopeKey(s)) ?? []).map((r) => ({
        subject: r.subject,
        count: r.count,
        outstanding: money(r.outstanding),
      })),
    );
  },
  { cacheKey: scopeKey },
);

export const zeroingOf = defineLoader<SummaryScope, ZeroingStatus>(
  async (scopes, ctx) => {
    const { em } = ctx;
    const visible = await visibleDebts(ctx);
    const rows = await perColumn<{ key: string; units: number; zeroed: number }>(
      scopes,
      (column, group) => {
        const { cte, params } = scopeMapping(group);
        return em.execute(
          `${cte}, per_unit as (
           select m.k, a.debtor_id, sum(a.amount_due - a.paid) as outstanding
           from m join ${COUNTED_ARREARS} a on a.${column} = m.u where a.counted and ${visible.sql} group by m.k, a.debtor_id)
         select k as "key", count(*)::int as "units", count(*) filter (where outstanding = 0)::int as "zeroed"
         from per_unit group by k`,
          [...params, ...visible.params],
        );
      },
    );
    return scopes.map((s) => {
      const row = rows.get(scopeKey(s))?.[0];
      const units = row?.units ?? 0;
      const zeroed = row?.zeroed ?? 0;
      return { units, zeroed, rate: units ? Math.round((zeroed / units) * 10000) / 10000 : null };
    });
  },
  { cacheKey: scopeKey },
);

/** Clues whose respondent is in the scope (for creditor scopes: whose complainant is). */
export const clueClosureOf = defineLoader<SummaryScope, ClueClosure>(
  async (scopes, ctx) => {
    const { em } = ctx;
    const visible = await visibleClues(ctx);
    const rows = await perColumn<{ key: string; accepted: number; closed: number }>(
      scopes,
      (column, group) => {
        const { cte, params } = scopeMapping(group);
        const party =
          column === 'creditor_id'
            ? 'complainant_id'
            : column === 'debtor_id'
              ? 'respondent_id'
              : null;
        if (!party) return Promise.resolve([]);
        return em.execute(
          `${cte}
         select m.k as "key",
           count(*) filter (where c.status not in ('${ClueStatus.RECEIVED}', '${ClueStatus.REJECTED}'))::int as "accepted",
           count(*) filter (where c.status = '${ClueStatus.CLOSED}')::int as "closed"
         from m join clue c on c.${party} = m.u where ${visible.sql} group by m.k`,
          [...params, ...visible.params],
        );
      },
    );
    return scopes.map((s) => {
      const row = rows.get(scopeKey(s))?.[0];
      const accepted = row?.accepted ?? 0;
      const closed = row?.closed ?? 0;
      return {
        accepted,
        closed,
        rate: accepted ? Math.round((closed / accepted) * 10000) / 10000 : null,
      };
    });
  },
  { cacheKey: scopeKey },
);

/** Debts registered after each debtor's latest zeroing notice: 边清边欠 when the obligation arose
 * after the zeroing date, 漏报 when it was owed before (rules/new-arrears.ts). */
export const newAfterZeroingOf = defineLoader<SummaryScope, NewArrears>(
  async (scopes, ctx) => {
    const { em } = ctx;
    const visible = await visibleDebts(ctx);
    const rows = await perColumn<{
      key: string;
      count: number;
      amount_due: string | null;
      late_count: number;
      late_amount_due: string | null;
    }>(scopes, (column, group) => {
      const { cte, params } = scopeMapping(group);
      const after = `${obligationOnSql('a')} > (z.at at time zone 'Asia/Shanghai')::date`;
      return em.execute(
        `${cte}, zeroing as (
           select unit_id, max(submitted_at) as at from ledger_report where kind = 'ZEROING' and status <> 'RETURNED' group by unit_id)
         select m.k as "key", count(*) filter (where ${after})::int as "count",
                sum(a.amount_due) filter (where ${after}) as "amount_due",
                count(*) filter (where not (${after}))::int as "late_count",
                sum(a.amount_due) filter (where not (${after})) as "late_amount_due"
         from m join ${COUNTED_ARREARS} a on a.${column} = m.u
         join zeroing z on z.unit_id = a.debtor_id and a.registered_at > z.at
         where a.counted and ${visible.sql} group by m.k`,
        [...params, ...visible.params],
      );
    });
    return scopes.map((s) => {
      const row = rows.get(scopeKey(s))?.[0];
      return {
        count: row?.count ?? 0,
        amountDue: money(row?.amount_due ?? null),
        lateRegisteredCount: row?.late_count ?? 0,
        lateRegisteredAmountDue: money(row?.late_amount_due ?? null),
      };
    });
  },
  { cacheKey: scopeKey },
);

/** Outstanding by days past the statutory due date on `asOf` (debts without a due date count as not due). */
export const ageingOf = defineLoader<{ scope: SummaryScope; asOf: string }, AgeBucketTotals[]>(
  async (keys, ctx) => {
    const { em } = ctx;
    const visible = await visibleDebts(ctx);
    const result = new Map<string, AgeBucketTotals[]>();
    for (const asOf of new Set(keys.map((k) => k.asOf))) {
      const scopes = keys.filter((k) => k.asOf === asOf).map((k) => k.scope);
      const rows = await perColumn<{
        key: string;
        bucket: AgeBucket;
        count: number;
        outstanding: string;
      }>(scopes, (column, group) => {
        const { cte, params } = scopeMapping(group);
        const days = `coalesce(?::date - a.statutory_due_on, 0)`;
        return em.execute(
          `${cte}
           select m.k as "key", ${ageBucketSql(days)} as "bucket", count(*)::int as "count", sum(a.amount_due - a.paid) as "outstanding"
           from m join ${COUNTED_ARREARS} a on a.${column} = m.u
           where a.counted and a.amount_due > a.paid and ${visible.sql}
           group by 1, 2`,
          [...params, ...Array(6).fill(asOf), ...visible.params],
        );
      });
      const order = Object.values(AgeBucket);
      for (const scope of scopes) {
        const byBucket = new Map((rows.get(scopeKey(scope)) ?? []).map((r) => [r.bucket, r]));
        result.set(
          `${scopeKey(scope)}@${asOf}`,
          order.map((bucket) => ({
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
