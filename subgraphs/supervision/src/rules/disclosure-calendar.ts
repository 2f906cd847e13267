// The yearly disclosure's calendar (2025 art. 18; docs/jobs-and-notices.md): drafts of last year's
// overdue unpaid contracts are generated in January; units that have not published are reminded
// 30, 14, 7 and 1 days before 31 March; from 1 April (through April, once) the region's office
// gets the list of those that have not. Pure.
import { daysBetween } from '@arrears-hub/protocol/calendar-date';

export const REMINDER_DAYS_BEFORE = [30, 14, 7, 1] as const;

export type DisclosureStep =
  | { step: 'DRAFT'; year: number }
  | { step: 'REMIND'; year: number; daysLeft: number; deadline: string }
  | { step: 'MISSING'; year: number; deadline: string };

/** What the disclosure job does on `today` ("YYYY-MM-DD"), if anything. */
export function disclosureStep(today: string): DisclosureStep | null {
  const year = Number(today.slice(0, 4)) - 1;
  const month = today.slice(5, 7);
  const deadline = `${year + 1}-03-31`;
  if (month === '01') return { step: 'DRAFT', year };
  const daysLeft = daysBetween(today, deadline);
  if ((REMINDER_DAYS_BEFORE as readonly number[]).includes(daysLeft))
    return { step: 'REMIND', year, daysLeft, deadline };
  if (month === '04') return { step: 'MISSING', year, deadline };
  return null;
}
