// Figures about debtor units that other bureaus judge them by: the disclosure of overdue unpaid
// contracts (2025 regulation art. 18) and the annual assessment (seed 001). One SQL module, used by
// the GraphQL fields (for @requires) and by the internal route (for the supervision subgraph's
// mutations), so both always give the same numbers.
import type { EntityManager } from '@mikro-orm/postgresql';
import { money, todayInChina } from '@arrears-hub/subgraph-kit';
import { ClueStatus, countedSql, LedgerReportKind } from '../entities/enums.js';
import { ReportingPeriod } from '../entities/ledger-report.entity.js';
import { defaultDueAt } from '../workflow/reporting-period.js';

export interface DisclosureFigures {
  unitId: string;
  year: number;
  /** Contracts past their statutory due date and still (partly) unpaid at the end of the year. */
  overdueContracts: number;
  overdueAmount: string;
}

/** Art. 18: overdue unpaid contracts at 31 December of `year` (payments after it added back). */
export async function disclosureFigures(
  em: EntityManager,
  unitIds: readonly string[],
  year: number,
): Promise<DisclosureFigures[]> {
  if (!unitIds.length) return [];
  const yearEnd = `${year}-12-31`;
  const rows = await em.execute<{ unit: string; contracts: number; amount: string | null }[]>(
    `select a.debtor_id as "unit", count(*)::int as "contracts", sum(a.owed) as "amount" from (
       select x.debtor_id, x.amount_due - x.paid + coalesce((select sum(p.amount) from payment p where p.arrear_id = x.id and p.paid_on > ?), 0) as owed
         from arrear x
        where x.debtor_id in (?) and ${countedSql('x')}
          and x.statutory_due_on <= ? and x.registered_at < (?::date + 1)
     ) a where a.owed > 0 group by a.debtor_id`,
    [yearEnd, [...unitIds], yearEnd, yearEnd],
  );
  const byUnit = new Map(rows.map((r) => [r.unit, r]));
  return unitIds.map((unitId) => ({
    unitId,
    year,
    overdueContracts: byUnit.get(unitId)?.contracts ?? 0,
    overdueAmount: money(byUnit.get(unitId)?.amount ?? null),
  }));
}

export interface AssessmentFigures {
  unitId: string;
  year: number;
  /** 线索办结率: clues about the unit closed ÷ accepted (received in the year). */
  clueClosureRate: number | null;
  /** 欠款清零率 for one unit: its counted debts paid off ÷ its counted debts. */
  zeroingRate: number | null;
  /** Monthly submissions on time ÷ months of the year so far (or 12). */
  ledgerTimeliness: number | null;
}

const round = (n: number) => Math.round(n * 10000) / 10000;

export async function assessmentFigures(
  em: EntityManager,
  unitIds: readonly string[],
  year: number,
  today: string,
): Promise<AssessmentFigures[]> {
  if (!unitIds.length) return [];
  const ids = [...unitIds];
  const clues = await em.execute<{ unit: string; accepted: number; closed: number }[]>(
    `select respondent_id as "unit",
            count(*) filter (where status not in ('${ClueStatus.RECEIVED}', '${ClueStatus.REJECTED}'))::int as "accepted",
            count(*) filter (where status = '${ClueStatus.CLOSED}')::int as "closed"
       from clue where respondent_id in (?) and extract(year from received_on) = ? group by respondent_id`,
    [ids, year],
  );
  const debts = await em.execute<{ unit: string; total: number; cleared: number }[]>(
    `select debtor_id as "unit", count(*)::int as "total", count(*) filter (where amount_due = paid)::int as "cleared"
       from arrear where debtor_id in (?) and ${countedSql('arrear')} group by debtor_id`,
    [ids],
  );
  // The months whose ledger was due before today: the office's own deadline where it set one, else
  // the default day (HUB_LEDGER_REPORT_DAY), as the reporting status counts them.
  const deadlines = new Map(
    (await em.find(ReportingPeriod, { period: { $like: `${year}-%` } })).map((p) => [
      p.period,
      p.dueAt,
    ]),
  );
  const periods = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const months = periods.filter(
    (period) => todayInChina(deadlines.get(period) ?? defaultDueAt(period)) < today,
  ).length;
  const reports = await em.execute<{ unit: string; on_time: number }[]>(
    `select unit_id as "unit", count(distinct period) filter (where not late)::int as "on_time"
       from ledger_report where unit_id in (?) and period like ? and kind <> '${LedgerReportKind.ZEROING}' group by unit_id`,
    [ids, `${year}-%`],
  );
  const c = new Map(clues.map((r) => [r.unit, r]));
  const d = new Map(debts.map((r) => [r.unit, r]));
  const r = new Map(reports.map((x) => [x.unit, x]));
  return ids.map((unitId) => ({
    unitId,
    year,
    clueClosureRate: c.get(unitId)?.accepted
      ? round(c.get(unitId)!.closed / c.get(unitId)!.accepted)
      : null,
    zeroingRate: d.get(unitId)?.total ? round(d.get(unitId)!.cleared / d.get(unitId)!.total) : null,
    ledgerTimeliness:
      months > 0 ? round(Math.min(1, (r.get(unitId)?.on_time ?? 0) / months)) : null,
  }));
}
