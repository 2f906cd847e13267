import { describe, expect, it } from 'vitest';
import { checkDelisting, checkListing, removalDateProblems } from './penalty.validation.js';

const TODAY = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('listing a unit as dishonest', () => {
  it('reports the reason, the measures and the day at once', () => {
    const { problems } = checkListing(
      { reason: '', measures: [' ', ''], listedOn: '2026-06-16' },
      TODAY,
    );
    expect(fields(problems)).toEqual(['reason', 'measures', 'listedOn']);
  });

  it('names the measure at fault, and keeps the others trimmed', () => {
    const { problems, value } = checkListing(
      { reason: '拒不履行还款计划', measures: [' 压减一般性支出 ', 'x\u0000'], listedOn: TODAY },
      TODAY,
    );
    expect(fields(problems)).toEqual(['measures.1']);
    expect(value.measures).toEqual(['压减一般性支出']);
  });
});

describe('taking a unit off the list', () => {
  it('needs a reason and a day that has come', () => {
    expect(
      fields(checkDelisting({ removedOn: '2026-07-01', reason: ' ' }, TODAY).problems),
    ).toEqual(['reason', 'removedOn']);
  });

  it('not before it was listed', () => {
    expect(fields(removalDateProblems('2026-05-19', '2026-05-20'))).toEqual(['removedOn']);
    expect(removalDateProblems('2026-05-20', '2026-05-20')).toEqual([]);
  });
});
