// The filters behind the dashboard's figures, as ArrearFilter / ClueFilter objects the drill-down
// passes to the API unchanged. A figure of ArrearsSummary counts the "counted" debts (not withdrawn,
// not in court or arbitration), so each list starts from those. An area is scoped by the ids of
// its units (Region.unitIds): when ArrearFilter gains a region of its own, `scoped` is the one
// place to change. No DOM here, so the end-to-end test builds the same filters to check the lists.
import type { ArrearFilter, ArrearStatus, ClueFilter } from './generated/operations.js';

/** The statuses ArrearsSummary counts (withdrawn debts and those in court are left out). */
export const COUNTED_STATUSES: ArrearStatus[] = [
  'REGISTERED',
  'VERIFIED',
  'PLANNED',
  'REPAYING',
  'CLEARED',
  'DISPUTED',
];

const scoped = (unitIds: string[]): ArrearFilter => ({
  debtorIds: unitIds,
  statuses: COUNTED_STATUSES,
  inJudicialProcess: false,
});

/** Every counted debt of the units (the 笔数 of a region). */
export const countedDebts = (unitIds: string[]): ArrearFilter => scoped(unitIds);

/** Counted debts with something outstanding (欠款余额). */
export const outstandingDebts = (unitIds: string[]): ArrearFilter => ({
  ...scoped(unitIds),
  hasOutstanding: true,
});

/** Counted debts past their statutory due date today with something outstanding (逾期余额). */
export const overdueDebts = (unitIds: string[], today: string): ArrearFilter => ({
  ...scoped(unitIds),
  overdueOn: today,
});

/** Counted debts with a repayment plan and something still outstanding. */
export const plannedDebts = (unitIds: string[]): ArrearFilter => ({
  ...scoped(unitIds),
  hasRepaymentPlan: true,
  hasOutstanding: true,
});

/**
 * Debts at least `days` past their due date today: the list behind an age bucket and the buckets
 * above it (ArrearFilter has no age bucket yet; overdueOn a day `days` back is "that old or older").
 */
export function debtsOverdueAtLeast(unitIds: string[], today: string, days: number): ArrearFilter {
  if (days <= 0) return outstandingDebts(unitIds);
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days + 1);
  return { ...scoped(unitIds), overdueOn: day.toISOString().slice(0, 10) };
}

/** Clues about the units still running (not rejected, answered or closed). */
export const runningClues = (unitIds: string[]): ClueFilter => ({
  respondentIds: unitIds,
  statuses: ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'VERIFIED'],
});

/** Clues about the units accepted and not yet closed (what 线索办结率 still waits for). */
export const unclosedClues = (unitIds: string[]): ClueFilter => ({
  respondentIds: unitIds,
  statuses: ['ACCEPTED', 'ASSIGNED', 'VERIFIED', 'ANSWERED'],
});

/** The units of a region not in any of its children (its own level, 本级). */
export function ownLevelUnits(all: string[], children: { unitIds: string[] }[]): string[] {
  const below = new Set(children.flatMap((c) => c.unitIds));
  return all.filter((id) => !below.has(id));
}
