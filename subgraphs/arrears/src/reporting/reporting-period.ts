// A reporting period as the API takes it, and its deadline: the office's own where it set one
// (ReportingPeriod), else the default day of the month (config.ts, HUB_LEDGER_REPORT_DAY).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { arrearsConfig } from '../config.js';
import { currentPeriod, defaultDueAt, isPeriod } from '../rules/reporting-period.js';
import { ReportingPeriod } from './reporting-period.entity.js';

/** A period that exists and has begun. */
export function periodProblems(period: string, field: string): Problem[] {
  const p = new Problems();
  if (!isPeriod(period))
    p.add(field, `“${period}”不是月份：请写作 YYYY-MM，例如“2025-07”（not a period）。`);
  else if (period > currentPeriod())
    p.add(field, '该月份尚未开始（that period has not begun yet）。');
  return p.list;
}

/** The period, or BAD_USER_INPUT naming `field` (an argument, e.g. "period" or "filter.period"). */
export function requirePeriod(period: string, field: string): string {
  new Problems().merge(periodProblems(period, field)).throwIfAny('');
  return period;
}

/** The default deadline of a period (the configured day, at noon China time). */
export function defaultDeadline(period: string): Date {
  return defaultDueAt(period, arrearsConfig().ledgerReportDay);
}

export async function dueAtFor(em: EntityManager, period: string): Promise<Date> {
  return (await em.findOne(ReportingPeriod, { period }))?.dueAt ?? defaultDeadline(period);
}
