// A case another subgraph's rule asks for (a plan in default, a clue past its handling deadline;
// docs/jobs-and-notices.md): which measure it opens with and its deadline. Both open with a
// 督办书 (the mildest measure): escalation takes it up the ladder if it is not resolved in time.
import { addDays } from '@arrears-hub/protocol/calendar-date';

export type TriggerKind = 'PLAN_DEFAULT' | 'OVERDUE_CLUE';

export function openingMeasure(_trigger: TriggerKind): 'SUPERVISION_NOTICE' {
  return 'SUPERVISION_NOTICE';
}

/** The deadline of a case opened on `openedOn` with `days` to act (at least 1, at most 365). */
export function triggeredDeadline(openedOn: string, days: number): string {
  return addDays(openedOn, Math.min(365, Math.max(1, Math.trunc(days))));
}
