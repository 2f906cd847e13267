// A reporting period as the API takes it, and its deadline in a region: the leading group's own for
// that period where one was set (ReportingPeriod), else the region's report day and hour, moved
// off rest days on the region's calendar (region-settings/region-layers.ts, rules/reporting-period.ts).
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { arrearsConfig } from '../config.js';
import { currentPeriod, defaultDueAt, isPeriod } from '../rules/reporting-period.js';
import { arrearsMessages as msg } from '../messages.js';

/** A period that exists and has begun. */
export function periodProblems(period: string, field: string): Problem[] {
  const p = new Problems();
  if (!isPeriod(period)) p.add(field, msg.notAPeriod({ period }));
  else if (period > currentPeriod()) p.add(field, msg.periodNotBegun());
  return p.list;
}

/** The period, or BAD_USER_INPUT naming `field` (an argument, e.g. "period" or "filter.period"). */
export function requirePeriod(period: string, field: string): string {
  new Problems().merge(periodProblems(period, field)).throwIfAny('');
  return period;
}

/** The hub's default deadline of a period (the configured day, at noon China time), unmoved: for
 * demo data only; a region's deadline is deadlineOfChain (region-layers.ts). */
export function defaultDeadline(period: string): Date {
  return defaultDueAt(period, arrearsConfig().ledgerReportDay);
}

/** A well-formed period (any month, begun or not), or BAD_USER_INPUT on `period`. */
export function requirePeriodFormat(period: string, field = 'period'): string {
  const p = new Problems();
  if (!isPeriod(period)) p.add(field, msg.notAPeriod({ period }));
  p.throwIfAny('');
  return period;
}
