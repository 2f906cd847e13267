// Reporting periods ("YYYY-MM") and their deadline: the Dalad programme (docs/programmes.md) asks
// for the ledger by the morning of the 20th of each month. The day and the hour are region
// settings (region-settings.ts); a deadline that falls on a rest day moves to the next working day
// of the region's calendar, as every deadline does (民法典 art. 203); and the leading group may set
// another deadline for one period, which then stands as set.
import { todayInChina } from '@arrears-hub/protocol/calendar-date';
import { nextWorkingDayOn, type WorkCalendar } from './working-days.js';
import { arrearsMessages as msg } from '../messages.js';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

export function currentPeriod(today = todayInChina()): string {
  return today.slice(0, 7);
}

/** Noon China time (04:00 UTC) on `day` of the period's month: "by the morning of the 20th". */
export function defaultDueAt(period: string, day: number): Date {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, 4, 0, 0));
}

export function previousPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` (both "YYYY-MM"), in order; empty when `from` is after `to`. */
export function periodsBetween(from: string, to: string): string[] {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  const count = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const index = fromMonth - 1 + i;
    return `${fromYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export interface DeadlineRule {
  period: string;
  /** Day of the month (1–28). */
  reportDay: number;
  /** "HH:MM", China time. */
  reportTime: string;
  /** The leading group's own deadline for this period, when it set one. */
  override?: Date | null;
  calendar: WorkCalendar;
}

export type Deadline =
  | { ok: true; dueAt: Date; dueOn: string; moved: boolean; basis: string }
  | { ok: false; missingYear: number };

/** The instant `time` ("HH:MM") China time on `day`. */
export function chinaInstant(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

export function reportingDeadline(rule: DeadlineRule): Deadline {
  if (rule.override)
    return {
      ok: true,
      dueAt: rule.override,
      dueOn: todayInChina(rule.override),
      moved: false,
      basis: msg.deadlineOverride().text(),
    };
  const scheduled = `${rule.period}-${String(rule.reportDay).padStart(2, '0')}`;
  const day = nextWorkingDayOn(scheduled, rule.calendar);
  if (!day.ok) return day;
  const moved = day.day !== scheduled;
  return {
    ok: true,
    dueAt: chinaInstant(day.day, rule.reportTime),
    dueOn: day.day,
    moved,
    basis: moved
      ? msg
          .deadlineMoved({
            day: rule.reportDay,
            time: rule.reportTime,
            scheduled,
            movedTo: day.day,
          })
          .text()
      : msg.deadlineMonthly({ day: rule.reportDay, time: rule.reportTime }).text(),
  };
}
