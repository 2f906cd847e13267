// The milestones of a government investment project come in one order: 开工, 竣工, 竣工验收,
// 竣工财务决算 (a final account follows the acceptance, which follows completion). Pure, so the
// order is tested without a database.
import type { Problem } from '@arrears-hub/protocol/problems';

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

export const MILESTONE_NAMES: Readonly<Record<(typeof MILESTONE_ORDER)[number], string>> = {
  startedOn: '开工',
  completedOn: '竣工',
  acceptedOn: '竣工验收',
  finalAccountOn: '竣工财务决算',
};

/**
 * A problem (on `field`, the date just recorded) for each milestone dated before the one recorded
 * ahead of it; milestones not recorded yet are skipped.
 */
export function milestoneOrderProblems(dates: MilestoneDates, field: string): Problem[] {
  const problems: Problem[] = [];
  let previous: (typeof MILESTONE_ORDER)[number] | undefined;
  for (const key of MILESTONE_ORDER) {
    const day = dates[key];
    if (!day) continue;
    const before = previous ? dates[previous] : undefined;
    if (previous && before && day < before) {
      problems.push({
        field,
        message: `${MILESTONE_NAMES[key]}日期（${day}）不能早于${MILESTONE_NAMES[previous]}日期（${before}）。`,
      });
    }
    previous = key;
  }
  return problems;
}
