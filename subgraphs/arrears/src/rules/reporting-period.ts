// Reporting periods ("YYYY-MM") and their default deadline: seed 001 asks for the ledger by the
// morning of the 20th of each month; the day is configurable (HUB_LEDGER_REPORT_DAY) and an office
// can set another deadline for a period.
import { todayInChina } from '@arrears-hub/subgraph-kit';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const REPORT_DAY = Number(process.env.HUB_LEDGER_REPORT_DAY ?? 20);

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

export function currentPeriod(today = todayInChina()): string {
  return today.slice(0, 7);
}

/** Noon China time (04:00 UTC) on the report day of the period's month: "by the morning of the 20th". */
export function defaultDueAt(period: string, day = REPORT_DAY): Date {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, 4, 0, 0));
}

export function previousPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
