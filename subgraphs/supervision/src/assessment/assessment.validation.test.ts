import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../rules/assessment-score.js';
import { finalisationProblems } from './assessment.validation.js';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('finalising assessments', () => {
  it('reports the year, the weights and the region at once', () => {
    const problems = finalisationProblems(
      {
        year: 2027,
        regionCode: '999999',
        weights: { clueClosure: 0, zeroing: 0, satisfaction: 0, timeliness: 0 },
        reportingUnits: 0,
      },
      2026,
    );
    expect(fields(problems)).toEqual(['year', 'weights', 'regionCode']);
  });

  it('refuses a negative weight, takes this year', () => {
    expect(
      fields(
        finalisationProblems(
          {
            year: 2026,
            regionCode: '150621',
            weights: { ...DEFAULT_WEIGHTS, zeroing: -1 },
            reportingUnits: 3,
          },
          2026,
        ),
      ),
    ).toEqual(['weights']);
    expect(
      finalisationProblems(
        { year: 2026, regionCode: '150621', weights: DEFAULT_WEIGHTS, reportingUnits: 3 },
        2026,
      ),
    ).toEqual([]);
  });
});
