// The filters behind the dashboard's figures, as ArrearFilter / ClueFilter objects the drill-down
// passes to the API unchanged. A figure of ArrearsSummary counts the "counted" debts (not withdrawn,
// not in court or arbitration), so each list starts from those. An area is named by its region
// code (ArrearFilter.regionCode, with regionOwnLevel for the region's own level 本级), never by the
// ids of its units: a province's region holds tens of thousands of units, and the lists place
// debtors by the registry as the figures do. No DOM here, so the end-to-end test builds the same
// filters to check the lists.
import type { ArrearFilter, ArrearStatus, ClueFilter } from './generated/operations.js';

/** Where a list is drawn from: a region with the regions below it, or only the units placed in
 * the region itself (`ownLevel`, 本级: the bars beside its children). */
export interface ListArea {
  regionCode: string;
  ownLevel?: boolean;
}

/** The statuses ArrearsSummary counts (withdrawn debts and those in court are left out). */
export const COUNTED_STATUSES: ArrearStatus[] = [
  'REGISTERED',
  'VERIFIED',
  'PLANNED',
  'REPAYING',
  'CLEARED',
  'DISPUTED',
];

const counted = { statuses: COUNTED_STATUSES, inJudicialProcess: false } satisfies ArrearFilter;

const scoped = (area: ListArea): ArrearFilter => ({
  regionCode: area.regionCode,
  ...(area.ownLevel ? { regionOwnLevel: true } : {}),
  ...counted,
});

/** Every counted debt of the area (the 笔数 of a region). */
export const countedDebts = (area: ListArea): ArrearFilter => scoped(area);

/** Counted debts with something outstanding (欠款余额). */
export const outstandingDebts = (area: ListArea): ArrearFilter => ({
  ...scoped(area),
  hasOutstanding: true,
});

/** Counted debts past their statutory due date today with something outstanding (逾期余额). */
export const overdueDebts = (area: ListArea, today: string): ArrearFilter => ({
  ...scoped(area),
  overdueOn: today,
});

/** Every counted debt of one unit. */
export const countedDebtsOf = (unitId: string): ArrearFilter => ({
  debtorIds: [unitId],
  ...counted,
});

/** A unit's counted debts with a repayment plan and something still outstanding. */
export const plannedDebtsOf = (unitId: string): ArrearFilter => ({
  debtorIds: [unitId],
  ...counted,
  hasRepaymentPlan: true,
  hasOutstanding: true,
});

/**
 * Debts at least `days` past their due date today: the list behind an age bucket and the buckets
 * above it (overdueOn a day `days` back is "that old or older").
 */
export function debtsOverdueAtLeast(area: ListArea, today: string, days: number): ArrearFilter {
  if (days <= 0) return outstandingDebts(area);
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days + 1);
  return { ...scoped(area), overdueOn: day.toISOString().slice(0, 10) };
}

/** Clues about the region's units still running (not rejected, answered or closed). */
export const runningClues = (regionCode: string): ClueFilter => ({
  respondentRegionCode: regionCode,
  statuses: ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'VERIFIED'],
});

/** Clues about the region's units accepted and not yet closed (what 线索办结率 still waits for). */
export const unclosedClues = (regionCode: string): ClueFilter => ({
  respondentRegionCode: regionCode,
  statuses: ['ACCEPTED', 'ASSIGNED', 'VERIFIED', 'ANSWERED'],
});
