// Overdue days and ageing buckets (账龄): how long a debt has been past its statutory due date.
import { daysBetween } from '@arrears-hub/protocol/calendar-date';

export enum AgeBucket {
  NOT_DUE = 'NOT_DUE',
  UP_TO_30_DAYS = 'UP_TO_30_DAYS',
  DAYS_31_TO_90 = 'DAYS_31_TO_90',
  DAYS_91_TO_180 = 'DAYS_91_TO_180',
  DAYS_181_TO_365 = 'DAYS_181_TO_365',
  OVER_1_YEAR = 'OVER_1_YEAR',
  OVER_3_YEARS = 'OVER_3_YEARS',
}

/** Days after the due date; 0 when not overdue or when there is no due date. */
export function overdueDays(dueOn: string | null | undefined, asOf: string): number {
  return dueOn ? Math.max(0, daysBetween(dueOn, asOf)) : 0;
}

export function ageBucket(days: number): AgeBucket {
  if (days <= 0) return AgeBucket.NOT_DUE;
  if (days <= 30) return AgeBucket.UP_TO_30_DAYS;
  if (days <= 90) return AgeBucket.DAYS_31_TO_90;
  if (days <= 180) return AgeBucket.DAYS_91_TO_180;
  if (days <= 365) return AgeBucket.DAYS_181_TO_365;
  if (days <= 1095) return AgeBucket.OVER_1_YEAR;
  return AgeBucket.OVER_3_YEARS;
}

/** The same buckets in SQL, over an expression giving overdue days (for summaries). The rollup's
 * per-line function and its re-ageing (migration Migration20261201212024_ledger_rollups) repeat the
 * boundaries (0, 30, 90, 180, 365, 1095 days): a change here needs a migration replacing them. */
export function ageBucketSql(days: string): string {
  return `case when ${days} <= 0 then '${AgeBucket.NOT_DUE}' when ${days} <= 30 then '${AgeBucket.UP_TO_30_DAYS}'
    when ${days} <= 90 then '${AgeBucket.DAYS_31_TO_90}' when ${days} <= 180 then '${AgeBucket.DAYS_91_TO_180}'
    when ${days} <= 365 then '${AgeBucket.DAYS_181_TO_365}' when ${days} <= 1095 then '${AgeBucket.OVER_1_YEAR}'
    else '${AgeBucket.OVER_3_YEARS}' end`;
}
