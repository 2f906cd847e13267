// Ledger totals for many units or many regions in ONE statement each, summed by PostgreSQL in
// numeric (exact). Debts in court or withdrawn are left out of the totals, as the seeds require.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { defineLoader, isUuid, money, MoneyScalar, ratio, subtractMoney, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ArrearsRole, EXCLUDED_FROM_TOTALS } from '../entities/enums.js';

@ObjectType('ArrearsSummary', { description: 'Ledger totals. Debts in court/arbitration and withdrawn ones are not counted.' })
export class ArrearsSummary {
  @Field(() => Int, { description: 'Debts counted.' })
  count!: number;

  @Field(() => MoneyScalar, { description: 'Σ amountDue.' })
  amountDue!: string;

  @Field(() => MoneyScalar, { description: 'Σ paid.' })
  paid!: string;

  @Field(() => MoneyScalar, { description: 'Σ outstanding.' })
  outstanding!: string;

  @Field(() => MoneyScalar, { description: 'Outstanding on debts marked disputed.' })
  disputedOutstanding!: string;

  @Field(() => Float, { nullable: true, description: 'paid ÷ amountDue, 4 decimals; null when nothing is due.' })
  clearanceRate!: number | null;

  @Field(() => Int, { description: 'Debts left out because they are in court or arbitration.' })
  inJudicialProcessCount!: number;
}

interface SummaryRow {
  key: string;
  count: number;
  amount_due: string | null;
  paid: string | null;
  disputed_outstanding: string | null;
  judicial: number;
}

/** The aggregate over alias `a`, shared by both loaders. */
const AGGREGATES = `
  count(a.id) filter (where a.counted)::int as "count",
  sum(a.amount_due) filter (where a.counted) as "amount_due",
  sum(a.paid) filter (where a.counted) as "paid",
  sum(a.amount_due - a.paid) filter (where a.counted and a.disputed) as "disputed_outstanding",
  count(a.id) filter (where a.in_judicial_process)::int as "judicial"`;

/** Arrears with a `counted` flag: in the totals unless in court or withdrawn. */
const COUNTED_ARREARS = `(select arrear.*, not arrear.in_judicial_process and arrear.status not in (${EXCLUDED_FROM_TOTALS.map(
  (s) => `'${s}'`,
).join(', ')}) as counted from arrear)`;

export function emptySummary(): ArrearsSummary {
  return toSummary(undefined);
}

function toSummary(row: SummaryRow | undefined): ArrearsSummary {
  const amountDue = money(row?.amount_due ?? null);
  const paid = money(row?.paid ?? null);
  return {
    count: row?.count ?? 0,
    amountDue,
    paid,
    outstanding: subtractMoney(amountDue, paid),
    disputedOutstanding: money(row?.disputed_outstanding ?? null),
    clearanceRate: ratio(paid, amountDue),
    inJudicialProcessCount: row?.judicial ?? 0,
  };
}

/** Per unit, as debtor or as creditor: `organisations { arrearsSummary }` costs one statement. */
export const summaryByUnit = defineLoader<{ unitId: string; role: ArrearsRole }, ArrearsSummary>(
  async (keys, { em }) => {
    const result = new Map<string, ArrearsSummary>();
    for (const role of [ArrearsRole.DEBTOR, ArrearsRole.CREDITOR]) {
      const ids = keys.filter((k) => k.role === role).map((k) => k.unitId);
      if (!ids.length) continue;
      const column = role === ArrearsRole.DEBTOR ? 'debtor_id' : 'creditor_id';
      const rows = await em.execute<SummaryRow[]>(
        `select a.${column} as "key", ${AGGREGATES} from ${COUNTED_ARREARS} a where a.${column} in (?) group by a.${column}`,
        [ids],
      );
      for (const row of rows) result.set(`${role}:${row.key}`, toSummary(row));
    }
    return keys.map((k) => result.get(`${k.role}:${k.unitId}`) ?? emptySummary());
  },
  { cacheKey: (k) => `${k.role}:${k.unitId}` },
);

/** Per government investment project: one statement for a list of projects. */
export const summaryByProject = defineLoader<string, ArrearsSummary>(async (projectIds, { em }) => {
  const ids = projectIds.filter(isUuid);
  if (!ids.length) return projectIds.map(() => emptySummary());
  const rows = await em.execute<SummaryRow[]>(
    `select a.project_id as "key", ${AGGREGATES} from ${COUNTED_ARREARS} a where a.project_id in (?) group by a.project_id`,
    [ids],
  );
  const byKey = new Map(rows.map((r) => [r.key, toSummary(r)]));
  return projectIds.map((id) => byKey.get(id) ?? emptySummary());
});

/** Per region, from the unit ids the organisations subgraph gave (@requires): one statement for all regions. */
export const summaryByUnitSet = defineLoader<{ key: string; unitIds: string[] }, ArrearsSummary>(
  async (keys, { em }: SubgraphContext) => {
    const pairs = keys.flatMap((k) => k.unitIds.map((unit) => ({ k: k.key, u: unit })));
    if (!pairs.length) return keys.map(() => emptySummary());
    const rows = await em.execute<SummaryRow[]>(
      `with m as (select distinct x.k, x.u from jsonb_to_recordset(?::jsonb) as x(k text, u uuid))
       select m.k as "key", ${AGGREGATES}
       from m join ${COUNTED_ARREARS} a on a.debtor_id = m.u
       group by m.k`,
      [JSON.stringify(pairs)],
    );
    const byKey = new Map(rows.map((r) => [r.key, toSummary(r)]));
    return keys.map((k) => byKey.get(k.key) ?? emptySummary());
  },
  { cacheKey: (k) => k.key },
);
