import { describe, expect, it } from 'vitest';
import { RestrictionStatus } from './restriction.enums.js';
import { liftProblems, liftStateProblems, restrictionProblems } from './restriction.validation.js';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('restrictionProblems', () => {
  it('accepts an open-ended restriction with a reason', () => {
    expect(restrictionProblems({ fromDate: '2026-03-01', reason: '清偿进度滞后' })).toEqual([]);
  });

  it('reports a missing reason, an end before the start and a case that is not an id together', () => {
    expect(
      fields(
        restrictionProblems({
          fromDate: '2026-03-01',
          toDate: '2026-02-28',
          reason: '',
          caseId: 'case-1',
        }),
      ),
    ).toEqual(['reason', 'toDate', 'caseId']);
  });
});

describe('lifting', () => {
  it('needs a reason', () => {
    expect(fields(liftProblems({ liftedOn: '2026-04-01', reason: ' ' }))).toEqual(['reason']);
  });

  it('only a restriction in force, and not before it started', () => {
    const active = { status: RestrictionStatus.ACTIVE, fromDate: '2026-03-01' };
    expect(liftStateProblems(active, { liftedOn: '2026-03-01' })).toEqual([]);
    expect(
      fields(
        liftStateProblems(
          { status: RestrictionStatus.LIFTED, fromDate: '2026-03-01' },
          { liftedOn: '2026-02-01' },
        ),
      ),
    ).toEqual(['restrictionId', 'liftedOn']);
  });
});
