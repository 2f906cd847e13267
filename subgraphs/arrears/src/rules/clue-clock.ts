// The clocks of a complaint (2025 art. 25; docs/domain/complaints.md §3), each on the calendar of
// the clue's region and within its settings (the statutory terms are the ceiling):
// - review: working days (10 at most) from receipt to decide whether to accept it;
// - transfer: working days (10 at most) from formal acceptance (正式受理) to transfer it;
// - handling: days (30 at most) from transfer to handle and answer it in writing, extendable with
//   approval to at most 90 in all. A period of days that ends on a rest day ends on the next
//   working day (民法典 art. 203), so the calendar matters for it too.
// A clock that needs a calendar year nobody entered is not counted: the result names the year.
import { addDays } from '@arrears-hub/protocol/calendar-date';
import type { Message } from '@arrears-hub/protocol/localized-messages';
import {
  addWorkingDaysOn,
  nextWorkingDayOn,
  type CalendarResult,
  type WorkCalendar,
} from './working-days.js';
import { arrearsMessages as msg } from '../messages.js';

export const REVIEW_WORKING_DAYS = 10;
export const TRANSFER_WORKING_DAYS = 10;
export const HANDLING_DAYS = 30;
export const MAX_HANDLING_DAYS = 90;

/** A region's complaint clocks (region settings; the statutory terms by default). */
export interface ComplaintClocks {
  reviewWorkingDays: number;
  transferWorkingDays: number;
  handlingDays: number;
  maxHandlingDays: number;
}

/** A region's handling clock (region settings; the statutory 30 and 90 days by default). */
export type HandlingClock = Pick<ComplaintClocks, 'handlingDays' | 'maxHandlingDays'>;

const STATUTORY: ComplaintClocks = {
  reviewWorkingDays: REVIEW_WORKING_DAYS,
  transferWorkingDays: TRANSFER_WORKING_DAYS,
  handlingDays: HANDLING_DAYS,
  maxHandlingDays: MAX_HANDLING_DAYS,
};

/** Review: `reviewWorkingDays` working days after the day received. */
export function reviewDueOn(
  receivedOn: string,
  calendar: WorkCalendar,
  clock: Pick<ComplaintClocks, 'reviewWorkingDays'> = STATUTORY,
): CalendarResult {
  return addWorkingDaysOn(receivedOn, clock.reviewWorkingDays, calendar);
}

/** Transfer: `transferWorkingDays` working days after formal acceptance. */
export function transferDueOn(
  acceptedOn: string,
  calendar: WorkCalendar,
  clock: Pick<ComplaintClocks, 'transferWorkingDays'> = STATUTORY,
): CalendarResult {
  return addWorkingDaysOn(acceptedOn, clock.transferWorkingDays, calendar);
}

/** Handling: the region's days (plus the approved extension) after transfer, moved off a rest day. */
export function handlingDueOn(
  assignedOn: string,
  extensionDays: number,
  calendar: WorkCalendar,
  clock: HandlingClock = STATUTORY,
): CalendarResult {
  return nextWorkingDayOn(addDays(assignedOn, clock.handlingDays + extensionDays), calendar);
}

/** The handling time after adding `days`, and whether the region's clock allows it. */
export function extensionProblem(
  extensionDays: number,
  days: number,
  clock: HandlingClock = STATUTORY,
): Message | null {
  const total = clock.handlingDays + extensionDays + days;
  if (days >= 1 && total <= clock.maxHandlingDays) return null;
  return msg.extensionTooLong({ total, max: clock.maxHandlingDays });
}
