// Every setting the arrears subgraph reads, in this one place (the kit reads its own: PORT, HOST,
// DATABASE_URL, HUB_VIEWER_SECRET, HUB_DEMO_DATA, SUBGRAPH_URL_<NAME>; see its README).
export interface ArrearsConfig {
  /** HUB_LEDGER_REPORT_DAY: the day of the month the monthly ledger is due by (default 20, as the
   * Dalad programme asks; docs/programmes.md). An office can set another deadline per period. */
  ledgerReportDay: number;
  /** HUB_DOCUMENT_MAX_BYTES: the largest file a debt's archive accepts (default 1 MiB). */
  documentMaxBytes: number;
  /** HUB_INSTALMENT_REMINDER_DAYS: a unit is told of an instalment this many days before it is due
   * (default 7; docs/jobs-and-notices.md). */
  instalmentReminderDays: number;
  /** HUB_PLAN_DEFAULT_GRACE_DAYS: days an instalment may be missed before the plan counts as in
   * default and supervision opens a PLAN_DEFAULT case (default 15; a region setting with issue 14). */
  planDefaultGraceDays: number;
  /** HUB_LEDGER_REMINDER_WORKING_DAYS: units that have not submitted are reminded from this many
   * working days before the report day (default 3). */
  ledgerReminderWorkingDays: number;
}

function positiveInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}, not "${raw}".`);
  return value;
}

let cached: ArrearsConfig | undefined;

export function arrearsConfig(env: NodeJS.ProcessEnv = process.env): ArrearsConfig {
  cached ??= {
    ledgerReportDay: positiveInteger(env, 'HUB_LEDGER_REPORT_DAY', 20, 28),
    documentMaxBytes: positiveInteger(env, 'HUB_DOCUMENT_MAX_BYTES', 1_048_576, 50_000_000),
    instalmentReminderDays: positiveInteger(env, 'HUB_INSTALMENT_REMINDER_DAYS', 7, 60),
    planDefaultGraceDays: positiveInteger(env, 'HUB_PLAN_DEFAULT_GRACE_DAYS', 15, 365),
    ledgerReminderWorkingDays: positiveInteger(env, 'HUB_LEDGER_REMINDER_WORKING_DAYS', 3, 20),
  };
  return cached;
}
