// Figures about debtor units that other bureaus judge them by: the disclosure of overdue unpaid
// contracts (2025 regulation art. 18) and the annual assessment (the Dalad programme,
// docs/programmes.md; docs/domain/assessment.md). One SQL module, used by the GraphQL fields (for
// @requires) and by the contracts the supervision subgraph calls, so both always give the same
// numbers — and both only for the units whose ledger the person may see, over the rows they may
// see (the ownership declarations, through andVisible).
import {
  money,
  todayInChina,
  type AssessmentFigures,
  type DisclosureFigures,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Clue } from '../clue/clue.entity.js';
import { ClueStatus } from '../clue/clue.enums.js';
import { countedSql } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { unitsWithVisibleLedger } from '../ledger/ledger-scope.js';
import { LedgerReport } from '../reporting/ledger-report.entity.js';
import { defaultDeadline } from '../reporting/reporting-period.js';
import { ReportingPeriod } from '../reporting/reporting-period.entity.js';
import { LedgerReportKind } from '../reporting/reporting.enums.js';
import { andVisible } from '../visible-rows.js';

export type { AssessmentFigures, DisclosureFigures };

/** Art. 18: overdue unpaid contracts at 31 December of `year` (payments after it added back). */
export async function disclosureFigures(
  ctx: SubgraphContext,
  requested: readonly string[],
  year: number,
): Promise<DisclosureFigures[]> {
  const unitIds = await unitsWithVisibleLedger(ctx, requested);
  if (!unitIds.length) return [];
  const { em } = ctx;
  const debts = await andVisible(ctx, Arrear, 'x');
  const yearEnd = `${year}-12-31`;
  const rows = await em.execute<{ unit: string; contracts: number; amount: string | null }[]>(
    `select a.debtor_id as "unit", count(*)::int as "contracts", sum(a.owed) as "amount" from (
       select x.debtor_id, x.amount_due - x.paid + coalesce((select sum(p.amount) from payment p where p.arrear_id = x.id and p.paid_on > ?), 0) as owed
         from arrear x
        where x.debtor_id in (?) and ${countedSql('x')}${debts.sql}
          and x.statutory_due_on <= ? and x.registered_at < (?::date + 1)
     ) a where a.owed > 0 group by a.debtor_id`,
    [yearEnd, [...unitIds], ...debts.params, yearEnd, yearEnd],
  );
  const byUnit = new Map(rows.map((r) => [r.unit, r]));
  return unitIds.map((unitId) => ({
    unitId,
    year,
    overdueContracts: byUnit.get(unitId)?.contracts ?? 0,
    overdueAmount: money(byUnit.get(unitId)?.amount ?? null),
  }));
}

const round = (n: number) => Math.round(n * 10000) / 10000;

export async function assessmentFigures(
  ctx: SubgraphContext,
  requested: readonly string[],
  year: number,
  today: string,
): Promise<AssessmentFigures[]> {
  const ids = await unitsWithVisibleLedger(ctx, requested);
  if (!ids.length) return [];
  const { em } = ctx;
  const [clueScope, debtScope, reportScope] = await Promise.all([
    andVisible(ctx, Clue, 'clue'),
    andVisible(ctx, Arrear, 'arrear'),
    andVisible(ctx, LedgerReport, 'ledger_report'),
  ]);
  const clues = await em.execute<{ unit: string; accepted: number; closed: number }[]>(
    `select respondent_id as "unit",
            count(*) filter (where status not in ('${ClueStatus.RECEIVED}', '${ClueStatus.REJECTED}'))::int as "accepted",
            count(*) filter (where status = '${ClueStatus.CLOSED}')::int as "closed"
       from clue where respondent_id in (?) and extract(year from received_on) = ?${clueScope.sql}
      group by respondent_id`,
    [ids, year, ...clueScope.params],
  );
  const debts = await em.execute<{ unit: string; total: number; cleared: number }[]>(
    `select debtor_id as "unit", count(*)::int as "total", count(*) filter (where amount_due = paid)::int as "cleared"
       from arrear where debtor_id in (?) and ${countedSql('arrear')}${debtScope.sql} group by debtor_id`,
    [ids, ...debtScope.params],
  );
  // The months whose ledger was due before today: the office's own deadline where it set one, else
  // the default day (config.ts, HUB_LEDGER_REPORT_DAY), as the reporting status counts them.
  const deadlines = new Map(
    (await em.find(ReportingPeriod, { period: { $like: `${year}-%` } })).map((p) => [
      p.period,
      p.dueAt,
    ]),
  );
  const periods = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const months = periods.filter(
    (period) => todayInChina(deadlines.get(period) ?? defaultDeadline(period)) < today,
  ).length;
  const reports = await em.execute<{ unit: string; on_time: number }[]>(
    `select unit_id as "unit", count(distinct period) filter (where not late)::int as "on_time"
       from ledger_report where unit_id in (?) and period like ? and kind <> '${LedgerReportKind.ZEROING}'${reportScope.sql}
      group by unit_id`,
    [ids, `${year}-%`, ...reportScope.params],
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
