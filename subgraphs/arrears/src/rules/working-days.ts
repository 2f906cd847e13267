// Working-day arithmetic for the complaint clocks (2025 art. 25; docs/domain/complaints.md) and
// the reporting deadline: weekdays work, weekends rest, except where the region's calendar says
// otherwise (holidays on weekdays, make-up working weekends). A calendar knows which years the
// office has entered: a clock that needs a year nobody entered cannot be counted, and says which
// year (never a silent weekday-only count). The calendar itself is read by calendar/working-days.ts.
import { addDays } from '@arrears-hub/protocol/calendar-date';

export type DayOverrides = ReadonlyMap<string, 'HOLIDAY' | 'WORKDAY'>;

/** A region's calendar: its exceptions to the normal week, and the years that are on record. */
export interface WorkCalendar {
  overrides: DayOverrides;
  years: ReadonlySet<number>;
}

/** A day reached on the calendar, or the first year the count needed and did not find. */
export type CalendarResult = { ok: true; day: string } | { ok: false; missingYear: number };

const yearOf = (day: string) => Number(day.slice(0, 4));

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

/** `addWorkingDays` on a calendar that must have every year the count passes through. */
export function addWorkingDaysOn(start: string, n: number, calendar: WorkCalendar): CalendarResult {
  let day = start;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (!calendar.years.has(yearOf(day))) return { ok: false, missingYear: yearOf(day) };
    if (isWorkingDay(day, calendar.overrides)) counted += 1;
  }
  return { ok: true, day };
}

/** The day itself when it is a working day, else the next working day (民法典 art. 203). */
export function nextWorkingDayOn(day: string, calendar: WorkCalendar): CalendarResult {
  let current = day;
  for (;;) {
    if (!calendar.years.has(yearOf(current))) return { ok: false, missingYear: yearOf(current) };
    if (isWorkingDay(current, calendar.overrides)) return { ok: true, day: current };
    current = addDays(current, 1);
  }
}

/**
 * The years a region should have on record on `today`: this year always, and from 1 December the
 * next one too (the office enters the new year's arrangement once the State Council publishes it,
 * usually in November). Each missing one is a warning on the region.
 */
export function missingCalendarYears(years: ReadonlySet<number>, today: string): number[] {
  const year = yearOf(today);
  const wanted = today.slice(5) >= '12-01' ? [year, year + 1] : [year];
  return wanted.filter((y) => !years.has(y));
}
