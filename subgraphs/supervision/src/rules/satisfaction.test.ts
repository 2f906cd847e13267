import { describe, expect, it } from 'vitest';
import { satisfactionRate } from './assessment-score.js';
import { countedScores, satisfactionRefusal, type SatisfactionRecord } from './satisfaction.js';

const unit = 'unit-housing';
const firm = 'firm-hengtai';
const call = (over: Partial<SatisfactionRecord>): SatisfactionRecord => ({
  unitId: unit,
  enterpriseId: firm,
  recordedByUnitId: 'unit-discipline',
  recordedByRoles: ['INSPECTOR'],
  satisfaction: 4,
  ...over,
});

describe('企业满意度: only the enterprise’s own word counts', () => {
  it('a supervision follow-up call naming the enterprise counts', () => {
    expect(satisfactionRefusal(call({}))).toBeNull();
  });

  it('the complainant’s own rating counts', () => {
    expect(
      satisfactionRefusal(call({ recordedByUnitId: firm, recordedByRoles: ['ENTERPRISE'] })),
    ).toBeNull();
  });

  it('the unit rated scoring itself 5 does not count, whatever its roles', () => {
    expect(
      satisfactionRefusal(
        call({ satisfaction: 5, recordedByUnitId: unit, recordedByRoles: ['BUREAU'] }),
      ),
    ).toBe('recorded by the unit rated');
    expect(
      satisfactionRefusal(call({ recordedByUnitId: unit, recordedByRoles: ['INSPECTOR'] })),
    ).toBe('recorded by the unit rated');
  });

  it('a call naming no enterprise, or recorded by a bureau or another enterprise, does not count', () => {
    expect(satisfactionRefusal(call({ enterpriseId: null }))).toBe('no enterprise named');
    expect(
      satisfactionRefusal(call({ recordedByUnitId: 'unit-other', recordedByRoles: ['BUREAU'] })),
    ).toBe('neither a supervision call nor the enterprise itself');
    expect(
      satisfactionRefusal(
        call({ recordedByUnitId: 'firm-other', recordedByRoles: ['ENTERPRISE'] }),
      ),
    ).toBe('neither a supervision call nor the enterprise itself');
  });

  it('the rate: counted scores only, mean ÷ 5', () => {
    const scores = countedScores([
      call({ satisfaction: 3 }),
      call({ satisfaction: 4, recordedByUnitId: firm, recordedByRoles: ['ENTERPRISE'] }),
      call({ satisfaction: 5, recordedByUnitId: unit, recordedByRoles: ['BUREAU'] }),
      call({ satisfaction: 5, enterpriseId: null }),
    ]);
    expect(scores).toEqual([3, 4]);
    // (3 + 4) / 2 / 5 = 0.7 — with the self-rating it would have been (3 + 4 + 5 + 5) / 4 / 5 = 0.85.
    expect(satisfactionRate(scores)).toBe(0.7);
  });
});
