// 企业满意度 (docs/domain/assessment.md): only what the enterprise itself says counts — a follow-up
// call by supervision (回访) that names the enterprise reached, or the complainant's own rating —
// never a score recorded by the unit being rated, nor a call that names no enterprise.

export interface SatisfactionRecord {
  /** The unit rated. */
  unitId: string;
  /** The enterprise reached (or rating). */
  enterpriseId: string | null;
  /** Who recorded it: their own unit, and their roles when they did. */
  recordedByUnitId: string | null;
  recordedByRoles: readonly string[];
  satisfaction: number;
}

/** Why a record does not count, or null when it does. */
export function satisfactionRefusal(record: SatisfactionRecord): string | null {
  if (!record.enterpriseId) return 'no enterprise named';
  if (record.recordedByUnitId && record.recordedByUnitId === record.unitId)
    return 'recorded by the unit rated';
  const inspector = record.recordedByRoles.includes('INSPECTOR');
  const complainant =
    record.recordedByRoles.includes('ENTERPRISE') &&
    record.recordedByUnitId === record.enterpriseId;
  if (!inspector && !complainant) return 'neither a supervision call nor the enterprise itself';
  if (!Number.isInteger(record.satisfaction) || record.satisfaction < 1 || record.satisfaction > 5)
    return 'not a score from 1 to 5';
  return null;
}

/** The scores that count for the unit rated. */
export function countedScores(records: readonly SatisfactionRecord[]): number[] {
  return records.filter((r) => satisfactionRefusal(r) === null).map((r) => r.satisfaction);
}
