import { describe, expect, it } from 'vitest';
import { disclosureRequestProblems } from './disclosure.validation.js';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('drafting disclosures', () => {
  it('reports a year not yet finished and a region without publishing units at once', () => {
    const problems = disclosureRequestProblems(
      { year: 2026, regionCode: '999999', publishingUnits: 0 },
      2026,
    );
    expect(fields(problems)).toEqual(['year', 'regionCode']);
    expect(problems[0]!.message).toMatch(/2020 年至 2025 年/);
  });

  it('takes last year for a region that has units to publish', () => {
    expect(
      disclosureRequestProblems({ year: 2025, regionCode: '150621', publishingUnits: 12 }, 2026),
    ).toEqual([]);
  });
});
