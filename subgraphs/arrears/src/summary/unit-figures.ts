// Figures about debtor units that other bureaus judge them by: the disclosure of overdue unpaid
// contracts (2025 regulation art. 18) and the annual assessment (the Dalad programme,
// docs/programmes.md; docs/domain/assessment.md). One SQL module, used by the GraphQL fields (for
// @requires) and by the contracts the supervision subgraph calls, so both always give the same
// numbers — and both only for the units whose ledger the person may see, over the rows they may
// see (the ownership declarations, through andVisible).
import {
  money,
  unitDirectory,
  type AssessmentFigures,
  type DisclosureFigures,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Clue } from '../clue/clue.entity.js';
import { countedSql } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { unitsWithVisibleLedger } from '../ledger/ledger-scope.js';
import {
  chainOfPath,
  deadlineFor,
  deadlineWindow,
  loadLayers,
  requireDay,
} from '../region-settings/region-layers.js';
import { LedgerReport } from '../reporting/ledger-report.entity.js';
import { LedgerReportKind, LedgerReportStatus } from '../reporting/reporting.enums.js';
import { clueClosureRates, type ClueForClosure } from '../rules/clue-closure.js';
import { obligationOnSql } from '../rules/new-arrears.js';
import { currentPeriod } from '../rules/reporting-period.js';
import { timeliness, type UnitSubmission } from '../rules/reporting-status.js';
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
const rate = (part: number | undefined, whole: number | undefined) =>
  whole ? round((part ?? 0) / whole) : null;

/** Every month of `year` with its deadline in each unit's region. */
async function monthsByUnit(
  ctx: SubgraphContext,
  unitIds: readonly string[],
  year: number,
): Promise<Map<string, { period: string; dueAt: Date }[]>> {
  // Months not begun are not due: their deadlines (and their calendar) are not needed yet.
  const periods = Array.from(
    { length: 12 },
    (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`,
  ).filter((period) => period <= currentPeriod());
  const directory = await unitDirectory().get([...unitIds]);
  const chains = new Map(
    [...directory.values()].map((u) => [u.regionPath, chainOfPath(u.regionPath)]),
  );
  if (!periods.length) return new Map(unitIds.map((id) => [id, []]));
  const layers = await loadLayers(ctx.em, [...chains.values()], {
    days: deadlineWindow(periods),
    periods,
  });
  const byPath = new Map(
    [...chains].map(([path, chain]) => [
      path,
      periods.map((period) => ({
        period,
        dueAt: requireDay(deadlineFor(layers, chain, period), chain, 'year').dueAt,
      })),
    ]),
  );
  return new Map(unitIds.map((id) => [id, byPath.get(directory.get(id)?.regionPath ?? '') ?? []]));
}

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
    andVisible(ctx, Arrear, 'a'),
    andVisible(ctx, LedgerReport, 'ledger_report'),
  ]);
  // 线索办结率 (rules/clue-closure.ts): the year's clues the units handled or are the respondent
  // of, as rows, counted by the pure rule.
  const clues = await em.execute<ClueForClosure[]>(
    `select handling_unit_id as "handlingUnitId", respondent_id as "respondentId", status from clue
      where (handling_unit_id in (?) or respondent_id in (?)) and extract(year from received_on) = ?${clueScope.sql}`,
    [ids, ids, year, ...clueScope.params],
  );
  const debts = await em.execute<{ unit: string; total: number; cleared: number }[]>(
    `select debtor_id as "unit", count(*)::int as "total", count(*) filter (where amount_due = paid)::int as "cleared"
       from arrear a where debtor_id in (?) and ${countedSql('a')}${debtScope.sql} group by debtor_id`,
    [ids, ...debtScope.params],
  );
  // 边清边欠 and 漏报 (rules/new-arrears.ts): counted debts registered in the year after the latest
  // zeroing notice before them, by whether the obligation arose after the zeroing date.
  const afterZeroing = await em.execute<{ unit: string; fresh: number; late: number }[]>(
    `with z as (select unit_id, submitted_at from ledger_report
                 where kind = '${LedgerReportKind.ZEROING}' and status <> '${LedgerReportStatus.RETURNED}'
                   and unit_id in (?)${reportScope.sql})
     select a.debtor_id as "unit",
            count(*) filter (where ${obligationOnSql('a')} > (zt.at at time zone 'Asia/Shanghai')::date)::int as "fresh",
            count(*) filter (where ${obligationOnSql('a')} <= (zt.at at time zone 'Asia/Shanghai')::date)::int as "late"
       from arrear a
       join lateral (select max(z.submitted_at) as at from z
                      where z.unit_id = a.debtor_id and z.submitted_at < a.registered_at) zt on zt.at is not null
      where a.debtor_id in (?) and ${countedSql('a')}${debtScope.sql}
        and extract(year from a.registered_at at time zone 'Asia/Shanghai') = ?
      group by a.debtor_id`,
    [ids, ...reportScope.params, ids, ...debtScope.params, year],
  );
  // Ledger timeliness (rules/reporting-status.ts): the months whose deadline (each unit's region's)
  // has passed, on time or paused after a zeroing notice.
  const months = await monthsByUnit(ctx, ids, year);
  const submissions = await em.execute<(UnitSubmission & { unit: string })[]>(
    `select unit_id as "unit", period, kind, revision, submitted_at as "submittedAt", status, returned_at as "returnedAt"
       from ledger_report where unit_id in (?) and period <= ?${reportScope.sql}`,
    [ids, `${year}-12`, ...reportScope.params],
  );
  const registered = await em.execute<{ unit: string; at: Date }[]>(
    `select a.debtor_id as "unit", a.registered_at as "at" from arrear a
      where a.debtor_id in (?)${debtScope.sql}
        and exists (select 1 from ledger_report z where z.unit_id = a.debtor_id
                     and z.kind = '${LedgerReportKind.ZEROING}' and z.submitted_at < a.registered_at)`,
    [ids, ...debtScope.params],
  );
  const asOf = new Date(Math.min(Date.now(), new Date(`${today}T23:59:59+08:00`).getTime()));
  const d = new Map(debts.map((r) => [r.unit, r]));
  const z = new Map(afterZeroing.map((r) => [r.unit, r]));
  return ids.map((unitId) => {
    const closure = clueClosureRates(clues, unitId);
    const own = submissions
      .filter((s) => s.unit === unitId)
      .map((s) => ({
        ...s,
        submittedAt: new Date(s.submittedAt),
        returnedAt: s.returnedAt ? new Date(s.returnedAt) : null,
      }));
    const debtTimes = registered.filter((r) => r.unit === unitId).map((r) => new Date(r.at));
    return {
      unitId,
      year,
      clueClosureRate: closure.handled,
      respondentClueClosureRate: closure.asRespondent,
      zeroingRate: rate(d.get(unitId)?.cleared, d.get(unitId)?.total),
      ledgerTimeliness: timeliness(months.get(unitId) ?? [], asOf, own, debtTimes).rate,
      newArrearsAfterZeroing: z.get(unitId)?.fresh ?? 0,
      lateRegisteredDebts: z.get(unitId)?.late ?? 0,
    };
  });
}
