// The clocks of a complaint (2025 art. 25; docs/domain/complaints.md): 10 working days from
// receipt to review and transfer it; 30 days from transfer to handle and answer it in writing,
// extendable with approval to 90 in all.
import { addDays } from '@arrears-hub/protocol/calendar-date';

export const REVIEW_WORKING_DAYS = 10;
export const HANDLING_DAYS = 30;
export const MAX_HANDLING_DAYS = 90;

/** A region's handling clock (region settings; the statutory 30 and 90 days by default). */
export interface HandlingClock {
  handlingDays: number;
  maxHandlingDays: number;
}

const STATUTORY: HandlingClock = {
  handlingDays: HANDLING_DAYS,
  maxHandlingDays: MAX_HANDLING_DAYS,
};

export function handlingDueOn(
  assignedOn: string,
  extensionDays: number,
  clock: HandlingClock = STATUTORY,
): string {
  return addDays(assignedOn, clock.handlingDays + extensionDays);
}

/** The handling time after adding `days`, and whether the region's clock allows it. */
export function extensionProblem(
  extensionDays: number,
  days: number,
  clock: HandlingClock = STATUTORY,
): string | null {
  const total = clock.handlingDays + extensionDays + days;
  if (days >= 1 && total <= clock.maxHandlingDays) return null;
  return `延期后办理时限为 ${total} 天，最多可延长至 ${clock.maxHandlingDays} 天（the handling time would be ${total} days; it can be extended to ${clock.maxHandlingDays} at most）。`;
}
