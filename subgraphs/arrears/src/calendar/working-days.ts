// Working-day arithmetic for the complaint clocks: weekdays work, weekends rest, except where the
// office's calendar says otherwise (holidays on weekdays, make-up working weekends).
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@arrears-hub/subgraph-kit';
import { CalendarDay } from '../entities/calendar-day.entity.js';

export type DayOverrides = ReadonlyMap<string, 'HOLIDAY' | 'WORKDAY'>;

/** The office's calendar (holidays, make-up working days) between two days, in one statement. */
export async function calendarOverrides(
  em: EntityManager,
  from: string,
  to: string,
): Promise<DayOverrides> {
  const days = await em.find(CalendarDay, { day: { $gte: from, $lte: to } });
  return new Map(days.map((d) => [d.day, d.kind]));
}

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
