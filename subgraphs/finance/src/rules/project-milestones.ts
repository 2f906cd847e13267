// The milestones of a government investment project come in one order: 开工, 竣工, 竣工验收,
// 竣工财务决算 (a final account follows the acceptance, which follows completion). Pure, so the
// order is tested without a database.
export interface MilestoneDates {
  startedOn?: string | null;
  completedOn?: string | null;
  acceptedOn?: string | null;
  finalAccountOn?: string | null;
}

export const MILESTONE_ORDER = [
  'startedOn',
  'completedOn',
  'acceptedOn',
  'finalAccountOn',
] as const;

export type MilestoneKey = (typeof MILESTONE_ORDER)[number];

/** A milestone dated before the one recorded ahead of it (the words are the catalogue's). */
export interface MilestoneOrderViolation {
  milestone: MilestoneKey;
  on: string;
  previous: MilestoneKey;
  before: string;
}

/**
 * Each milestone dated before the one recorded ahead of it; milestones not recorded yet are
 * skipped.
 */
export function milestoneOrderViolations(dates: MilestoneDates): MilestoneOrderViolation[] {
  const violations: MilestoneOrderViolation[] = [];
  let previous: MilestoneKey | undefined;
  for (const key of MILESTONE_ORDER) {
    const day = dates[key];
    if (!day) continue;
    const before = previous ? dates[previous] : undefined;
    if (previous && before && day < before) {
      violations.push({ milestone: key, on: day, previous, before });
    }
    previous = key;
  }
  return violations;
}
