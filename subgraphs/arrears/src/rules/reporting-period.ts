// Reporting periods ("YYYY-MM") and their default deadline: the Dalad programme
// (docs/programmes.md) asks for the ledger by the morning of the 20th of each month; the day is a
// setting (config.ts, HUB_LEDGER_REPORT_DAY) and an office can set another deadline for a period.
import { todayInChina } from '@arrears-hub/protocol/calendar-date';

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
