// The clocks of a complaint (2025 art. 25; docs/domain/complaints.md): 10 working days from
// receipt to review and transfer it; 30 days from transfer to handle and answer it in writing,
// extendable with approval to 90 in all.
import { addDays } from '@arrears-hub/protocol/calendar-date';

export const REVIEW_WORKING_DAYS = 10;
export const HANDLING_DAYS = 30;
export const MAX_HANDLING_DAYS = 90;

export function handlingDueOn(assignedOn: string, extensionDays: number): string {
  return addDays(assignedOn, HANDLING_DAYS + extensionDays);
}

/** The handling time after adding `days`, and whether the regulation allows it. */
export function extensionProblem(extensionDays: number, days: number): string | null {
  const total = HANDLING_DAYS + extensionDays + days;
  if (days >= 1 && total <= MAX_HANDLING_DAYS) return null;
  return `延期后办理时限为 ${total} 天，最多可延长至 ${MAX_HANDLING_DAYS} 天（the handling time would be ${total} days; it can be extended to ${MAX_HANDLING_DAYS} at most）。`;
}
