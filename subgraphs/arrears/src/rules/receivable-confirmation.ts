// 账款确权 (2025 art. 16; docs/domain/complaints.md §8): an enterprise asks the unit that owes it to
// confirm what it owes; the debtor confirms or disputes within 30 days of the request. The period
// is one of days: when its last day is a rest day it ends on the next working day (民法典 art.
// 203), on the debtor's region's calendar; a year the calendar lacks is named. The reminders: 3
// working days before the last day to the debtor; after it, the debtor's silence is flagged to
// the intake office of its region (once).
import { addDays, daysBetween } from '@arrears-hub/protocol/calendar-date';
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { compareMoney } from '@arrears-hub/protocol/money';
import {
  nextWorkingDayOn,
  workingDaysBetween,
  type CalendarResult,
  type DayOverrides,
  type WorkCalendar,
} from './working-days.js';
import { arrearsMessages as msg } from '../messages.js';

export const CONFIRMATION_DAYS = 30;
export const CONFIRMATION_WARNING_WORKING_DAYS = 3;

/** The last day the debtor may answer: 30 days after the request, off a rest day. */
export function confirmationDueOn(requestedOn: string, calendar: WorkCalendar): CalendarResult {
  return nextWorkingDayOn(addDays(requestedOn, CONFIRMATION_DAYS), calendar);
}

/** What the job does for an unanswered request on `today`. */
export function confirmationAlert(
  dueOn: string,
  today: string,
  overrides: DayOverrides,
): { type: 'DUE_SOON'; workingDaysLeft: number } | { type: 'SILENT'; daysLate: number } | null {
  if (today > dueOn) return { type: 'SILENT', daysLate: daysBetween(dueOn, today) };
  const left = workingDaysBetween(today, dueOn, overrides);
  return left <= CONFIRMATION_WARNING_WORKING_DAYS
    ? { type: 'DUE_SOON', workingDaysLeft: left }
    : null;
}

/** Why an answer is refused, by field (confirm: an amount from 0.01 to the amount asked; less than
 * asked, or a dispute, needs a reason). */
export function confirmationAnswerProblems(a: {
  asked: string;
  confirmedAmount: string | null;
  disputed: boolean;
  reason: string | null;
}): { field: string; message: string; messageId: string }[] {
  const problems: { field: string; message: string; messageId: string }[] = [];
  const add = (field: string, m: Message) =>
    problems.push({ field, message: m.text(), messageId: m.id });
  if (a.disputed) {
    if (!a.reason) add('reason', msg.disputeReasonNeeded());
    if (a.confirmedAmount && compareMoney(a.confirmedAmount, '0') !== 0)
      add('confirmedAmount', msg.disputeConfirmsNothing());
    return problems;
  }
  if (!a.confirmedAmount || compareMoney(a.confirmedAmount, '0') <= 0)
    add('confirmedAmount', msg.confirmedAmountNeeded());
  else if (compareMoney(a.confirmedAmount, a.asked) > 0)
    add('confirmedAmount', msg.confirmedOverAsked({ asked: a.asked }));
  else if (compareMoney(a.confirmedAmount, a.asked) < 0 && !a.reason)
    add('reason', msg.partialConfirmationReason());
  return problems;
}
