// Working-day arithmetic for the complaint clocks (2025 art. 25; docs/domain/complaints.md):
// weekdays work, weekends rest, except where the office's calendar says otherwise (holidays on
// weekdays, make-up working weekends). The calendar itself is read by calendar/working-days.ts.
import { addDays } from '@arrears-hub/protocol/calendar-date';

export type DayOverrides = ReadonlyMap<string, 'HOLIDAY' | 'WORKDAY'>;

export function isWorkingDay(day: string, overrides: DayOverrides): boolean {
  const override = overrides.get(day);
  if (override) return override === 'WORKDAY';
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `n` working days after `start` (the start day itself is not counted). */
export function addWorkingDays(start: string, n: number, overrides: DayOverrides): string {
  let day = start;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(day, overrides)) counted += 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, overrides: DayOverrides): number {
  let day = from;
  let counted = 0;
  while (day < to) {
    day = addDays(day, 1);
    if (isWorkingDay(day, overrides)) counted += 1;
  }
  return counted;
}
