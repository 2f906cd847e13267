// The monthly report (月报) as a spreadsheet: for each unit, the ledger lines it froze when it
// submitted its report for the period (its latest revision), not today's ledger — what was
// reported stays what was reported. Units that keep a ledger but did not report are named.
import {
  addMoney,
  REPORTING_KINDS,
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { unitsWithVisibleLedger } from '../ledger/ledger-scope.js';
import { LedgerReport } from '../reporting/ledger-report.entity.js';
import { STATUS_LABELS, SUBJECT_LABELS, type LedgerField } from './ledger-columns.js';
import type { LedgerTotals } from './ledger-export.js';

/** A line as freezeLedger (reporting/ledger-snapshot.ts) stored it in LedgerReport.snapshot. */
interface FrozenLine {
  creditorId: string;
  contractNo: string;
  subject: string;
  amountDue: string;
  paid: string;
  outstanding: string;
  status: string;
  disputed: boolean;
  plan: {
    revision: number;
    signedOn: string;
    instalments: { dueOn: string; amount: string }[];
  } | null;
}

export interface MonthlyReport {
  rows: Partial<Record<LedgerField, string>>[];
  totals: LedgerTotals;
  reported: number;
  missing: string[];
}

function planText(plan: FrozenLine['plan']): string {
  if (!plan) return '';
  const last = plan.instalments.at(-1);
  return `第${plan.revision}版，${plan.signedOn}签订，${plan.instalments.length}期${last ? `，末期${last.dueOn}` : ''}`;
}

export async function monthlyReport(
  ctx: SubgraphContext,
  unitIds: readonly string[],
  period: string,
  units: ReadonlyMap<string, DirectoryUnit>,
): Promise<MonthlyReport> {
  // The units whose ledger the viewer may see: the missing ones are named among those only.
  const visible = await unitsWithVisibleLedger(ctx, unitIds);
  const reports = visible.length
    ? await ctx.em.find(
        LedgerReport,
        { unitId: { $in: visible }, period },
        { orderBy: { unitId: 'asc', revision: 'desc' } },
      )
    : [];
  const latest = new Map<string, LedgerReport>();
  for (const report of reports) if (!latest.has(report.unitId)) latest.set(report.unitId, report);
  const rows: MonthlyReport['rows'] = [];
  let amountDue = '0.00';
  let paid = '0.00';
  let outstanding = '0.00';
  let count = 0;
  for (const report of latest.values()) {
    const debtor = units.get(report.unitId);
    // The report's own outstanding leaves debts in court out, as the API's totals do.
    outstanding = addMoney(outstanding, report.outstanding);
    for (const line of (report.snapshot as { lines: FrozenLine[] }).lines) {
      const creditor = units.get(line.creditorId);
      amountDue = addMoney(amountDue, line.amountDue);
      paid = addMoney(paid, line.paid);
      count += 1;
      rows.push({
        debtorName: debtor?.name ?? report.unitId,
        creditorName: creditor?.name ?? line.creditorId,
        creditorCreditCode: creditor?.creditCode ?? '',
        contractNo: line.contractNo,
        subject: SUBJECT_LABELS[line.subject] ?? line.subject,
        amountDue: line.amountDue,
        paid: line.paid,
        outstanding: line.outstanding,
        disputed: line.disputed ? '是' : '否',
        plan: planText(line.plan),
        status: STATUS_LABELS[line.status] ?? line.status,
      });
    }
  }
  const missing = visible
    .map((id) => units.get(id))
    .filter(
      (u): u is DirectoryUnit =>
        !!u && REPORTING_KINDS.has(u.kind) && u.status === 'ACTIVE' && !latest.has(u.id),
    )
    .map((u) => u.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { rows, totals: { count, amountDue, paid, outstanding }, reported: latest.size, missing };
}
