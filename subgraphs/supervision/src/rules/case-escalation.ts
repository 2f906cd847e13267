// Escalation of supervision cases (督办升级, as the Dalad programme sets it out, docs/programmes.md):
// a case still open after its deadline becomes a new case one measure stronger on the ladder
// 督办书 → 限期办结 → 挂牌督办 → 约谈 → 通报 → 移送问责, with a fresh deadline. The strongest measure
// stays the strongest.

/** Days a new, escalated case has before it is escalated in turn. */
export const ESCALATION_DAYS = 30;

/** The measure one step up `ladder` from `measure` (the last one stays). */
export function strongerMeasure<M>(ladder: readonly M[], measure: M): M {
  const at = ladder.indexOf(measure);
  if (at < 0) throw new Error(`${String(measure)} is not on the ladder`);
  return ladder[Math.min(at + 1, ladder.length - 1)]!;
}

/** Whether a case with this status and deadline is due for escalation on `day`. */
export function isOverdue(status: string, deadline: string, day: string): boolean {
  return status === 'OPEN' && deadline < day;
}
