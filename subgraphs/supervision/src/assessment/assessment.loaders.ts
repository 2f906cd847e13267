// Batched reads for the assessment, through the request's EntityManager (the jurisdiction filter
// applies: only the viewer's units' calls and assessments are read).
import { defineLoader, isUuid } from '@arrears-hub/subgraph-kit';
import { FollowUpCall } from '../inspection/follow-up-call.entity.js';
import { callWindows, scoresOf, type UnitYear } from '../rules/assessment-score.js';
import { Assessment } from './assessment.entity.js';

const key = (k: UnitYear) => `${k.unitId}@${k.year}`;

/** The satisfaction scores of each unit's follow-up calls in the key's year: one statement for a
 * batch that mixes years. */
export const satisfactionScores = defineLoader<UnitYear, number[]>(
  async (keys, { em }) => {
    const valid = keys.filter((k) => isUuid(k.unitId));
    const windows = callWindows(valid);
    const calls = windows.length
      ? await em.find(FollowUpCall, {
          $or: windows.map((w) => ({
            unitId: { $in: w.unitIds },
            calledOn: { $gte: w.from, $lte: w.to },
          })),
        })
      : [];
    return scoresOf(
      keys,
      calls.map((c) => ({
        unitId: c.unitId,
        enterpriseId: c.enterpriseId ?? null,
        recordedByUnitId: c.recordedByUnitId ?? null,
        recordedByRoles: c.recordedByRoles,
        satisfaction: c.satisfaction,
        calledOn: c.calledOn,
      })),
    );
  },
  { cacheKey: key },
);

export const storedAssessment = defineLoader<UnitYear, Assessment | null>(
  async (keys, { em }) => {
    const valid = keys.filter((k) => isUuid(k.unitId));
    const rows = valid.length
      ? await em.find(Assessment, {
          $or: valid.map((k) => ({ unitId: k.unitId, year: k.year })),
        })
      : [];
    return keys.map((k) => rows.find((r) => r.unitId === k.unitId && r.year === k.year) ?? null);
  },
  { cacheKey: key },
);
