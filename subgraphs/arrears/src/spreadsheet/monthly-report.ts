// The monthly report (月报) as a spreadsheet: for each unit, the ledger lines it froze when it
// submitted its report for the period (its latest revision the aggregating unit did not return),
// not today's ledger — what was reported stays what was reported. The rows and the totals come
// from the same frozen lines, with one rule for what the totals count (not withdrawn, not in
// court: snapshotTotals), so the 汇总 sheet always agrees with the rows. Units that owe a report
// and have none that counts are named; so are those paused after a zeroing notice.
import {
  REPORTING_KINDS,
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { LedgerReport } from '../reporting/ledger-report.entity.js';
import {
  snapshotTotals,
  type FrozenLine,
  type LedgerSnapshot,
} from '../reporting/ledger-snapshot.js';
import { reportingStates } from '../reporting/reporting-state.js';
import { LedgerReportStatus } from '../reporting/reporting.enums.js';
import { frozenRow, type LedgerTotals, type Row } from './ledger-export.js';

export interface MonthlyReport {
  rows: Row[];
  totals: LedgerTotals & { leftOut: number };
  reported: number;
  missing: string[];
  paused: string[];
  returned: string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

export async function monthlyReport(
  ctx: SubgraphContext,
  unitIds: readonly string[],
  period: string,
  units: ReadonlyMap<string, DirectoryUnit>,
): Promise<MonthlyReport> {
  // The units whose reporting the viewer may see (the unit, its aggregating unit, the receiving
  // office, the region's leading group): the missing ones are named among those only.
  const states = await reportingStates(ctx, unitIds, period);
  const reports = states.length
    ? await ctx.em.find(
        LedgerReport,
        { unitId: { $in: states.map((s) => s.unitId) }, period },
        { orderBy: { unitId: 'asc', revision: 'desc' } },
      )
    : [];
  const latest = new Map<string, LedgerReport>();
  for (const report of reports)
    if (report.status !== LedgerReportStatus.RETURNED && !latest.has(report.unitId))
      latest.set(report.unitId, report);
  const rows: Row[] = [];
  const lines: FrozenLine[] = [];
  for (const report of [...latest.values()].sort((a, b) =>
    byName(units.get(a.unitId)?.name ?? a.unitId, units.get(b.unitId)?.name ?? b.unitId),
  )) {
    const snapshot = report.snapshot as LedgerSnapshot;
    for (const line of snapshot.lines) {
      lines.push(line);
      rows.push(frozenRow(line, report.unitId, units));
    }
  }
  const totals = snapshotTotals(lines);
  const names = (wanted: string[]) =>
    states
      .filter((s) => wanted.includes(s.state) && !latest.has(s.unitId))
      .map((s) => units.get(s.unitId))
      .filter((u): u is DirectoryUnit => !!u && REPORTING_KINDS.has(u.kind))
      .map((u) => u.name)
      .sort(byName);
  return {
    rows,
    totals: {
      count: totals.count,
      amountDue: totals.amountDue,
      paid: totals.paid,
      outstanding: totals.outstanding,
      leftOut: totals.leftOut,
    },
    reported: latest.size,
    missing: names(['MISSING', 'PENDING', 'RETURNED']),
    paused: names(['PAUSED']),
    returned: names(['RETURNED']),
  };
}
