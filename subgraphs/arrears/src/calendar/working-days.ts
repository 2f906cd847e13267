// The office calendar as the clocks read it: the exceptions (holidays, make-up working days)
// between two days in one statement. The arithmetic itself is pure (rules/working-days.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@arrears-hub/subgraph-kit';
import { isWorkingDay, type DayOverrides } from '../rules/working-days.js';
import { CalendarDay } from './calendar-day.entity.js';

/** The office's calendar (holidays, make-up working days) between two days, in one statement. */
export async function calendarOverrides(
  em: EntityManager,
  from: string,
  to: string,
): Promise<DayOverrides> {
  const days = await em.find(CalendarDay, { day: { $gte: from, $lte: to } });
  return new Map(days.map((d) => [d.day, d.kind]));
}

/** The office's rest days around these start dates (weekends, holidays and make-up days from the
 * calendar): one statement, however many debts (a spreadsheet import) share it. */
export async function restDaysSpanning(
  em: EntityManager,
  starts: readonly string[],
): Promise<(day: string) => boolean> {
  if (!starts.length) return (day) => !isWorkingDay(day, new Map());
  const from = starts.reduce((a, b) => (a < b ? a : b));
  const to = addDays(
    starts.reduce((a, b) => (a > b ? a : b)),
    400,
  );
  const overrides = await calendarOverrides(em, from, to);
  return (day) => !isWorkingDay(day, overrides);
}
