// Where a unit stands with its monthly ledger for a period, as of a moment (the Dalad programme,
// docs/programmes.md; docs/domain/assessment.md "Ledger timeliness"). Pure: the callers bring the
// unit's submissions and the times its debts were registered. The reminders and the list of the
// missing at the deadline (a job runner's work) ask the same rule: `whoHasNotSubmitted`.
//
// - A submission counts until the aggregating unit returns it (退回). The unit is on time when its
//   earliest submission for the period that was not returned came before the deadline: a
//   correction sent after an accepted on-time report keeps it on time; a report returned and sent
//   again after the deadline is late.
// - A unit whose last counting submission before the period was a zeroing notice (阶段性清零) may
//   stop reporting (the programme: 可暂时不再报送) until a new debt enters its ledger: it is PAUSED
//   for the period, and on time, as long as no debt was registered between the notice and the
//   period's deadline (or now, before the deadline).

export type SubmissionState = 'SUBMITTED' | 'RECEIVED' | 'RETURNED';
export type SubmissionKind = 'REGULAR' | 'NIL' | 'ZEROING';

export interface UnitSubmission {
  period: string;
  kind: SubmissionKind;
  revision: number;
  submittedAt: Date;
  status: SubmissionState;
  /** When it was returned (status RETURNED). */
  returnedAt?: Date | null;
}

export type ReportingState =
  /** A counting submission came before the deadline (or the unit was paused). */
  | 'ON_TIME'
  | 'LATE'
  /** Paused after a zeroing notice, no new debt since: on time without a submission. */
  | 'PAUSED'
  /** Every submission for the period was returned; nothing counts yet. */
  | 'RETURNED'
  /** Nothing, and the deadline has passed. */
  | 'MISSING'
  /** Nothing yet, and the deadline is still ahead. */
  | 'PENDING';

export interface UnitReportingState {
  state: ReportingState;
  /** The latest revision submitted for the period by `asOf` (whatever its status), if any. */
  current: UnitSubmission | null;
  /** The submission that decides on-time or late (the earliest that was not returned). */
  counting: UnitSubmission | null;
}

const counts = (s: UnitSubmission, asOf: Date) =>
  s.submittedAt <= asOf && !(s.status === 'RETURNED' && (!s.returnedAt || s.returnedAt <= asOf));

/** Whether the unit may skip `period`: its last counting submission before the period was a
 * zeroing notice and no debt was registered after it up to `until`. */
export function pausedFor(
  period: string,
  submissions: readonly UnitSubmission[],
  debtsRegisteredAt: readonly Date[],
  asOf: Date,
  until: Date,
): boolean {
  const before = submissions
    .filter((s) => s.period < period && counts(s, asOf))
    .sort((a, b) =>
      a.period === b.period ? b.revision - a.revision : b.period.localeCompare(a.period),
    );
  const last = before[0];
  if (!last || last.kind !== 'ZEROING') return false;
  return !debtsRegisteredAt.some((at) => at > last.submittedAt && at <= until);
}

export function reportingState(
  period: string,
  dueAt: Date,
  asOf: Date,
  submissions: readonly UnitSubmission[],
  debtsRegisteredAt: readonly Date[],
): UnitReportingState {
  const mine = submissions
    .filter((s) => s.period === period && s.submittedAt <= asOf)
    .sort((a, b) => a.revision - b.revision);
  const current = mine.at(-1) ?? null;
  const counting = mine.find((s) => counts(s, asOf)) ?? null;
  if (counting)
    return { state: counting.submittedAt <= dueAt ? 'ON_TIME' : 'LATE', current, counting };
  const until = asOf < dueAt ? asOf : dueAt;
  if (pausedFor(period, submissions, debtsRegisteredAt, asOf, until))
    return { state: 'PAUSED', current, counting: null };
  if (current) return { state: 'RETURNED', current, counting: null };
  return { state: asOf > dueAt ? 'MISSING' : 'PENDING', current: null, counting: null };
}

/** The units that still owe a submission for the period as of `asOf` (missing, pending or
 * returned): whom a reminder goes to. */
export function whoHasNotSubmitted<U extends { unitId: string }>(
  units: readonly U[],
  period: string,
  dueAt: Date,
  asOf: Date,
  submissionsOf: (unitId: string) => readonly UnitSubmission[],
  debtsOf: (unitId: string) => readonly Date[],
): U[] {
  return units.filter((u) =>
    ['MISSING', 'PENDING', 'RETURNED'].includes(
      reportingState(period, dueAt, asOf, submissionsOf(u.unitId), debtsOf(u.unitId)).state,
    ),
  );
}

/** Ledger timeliness for a year (the assessment): months whose deadline has passed by `asOf`, and
 * those of them on time or paused. */
export function timeliness(
  months: readonly { period: string; dueAt: Date }[],
  asOf: Date,
  submissions: readonly UnitSubmission[],
  debtsRegisteredAt: readonly Date[],
): { due: number; onTime: number; paused: number; rate: number | null } {
  const due = months.filter((m) => m.dueAt < asOf);
  let onTime = 0;
  let paused = 0;
  for (const m of due) {
    const { state } = reportingState(m.period, m.dueAt, asOf, submissions, debtsRegisteredAt);
    if (state === 'ON_TIME') onTime += 1;
    if (state === 'PAUSED') paused += 1;
  }
  const rate = due.length ? Math.round(((onTime + paused) / due.length) * 10000) / 10000 : null;
  return { due: due.length, onTime, paused, rate };
}
