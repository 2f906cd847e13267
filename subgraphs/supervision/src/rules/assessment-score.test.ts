import { describe, expect, it } from 'vitest';
import {
  assessmentScore,
  callWindows,
  DEFAULT_WEIGHTS,
  parseWeights,
  satisfactionRate,
  scoresOf,
  usableWeights,
} from './assessment-score.js';

describe('annual assessment score (docs/domain/assessment.md)', () => {
  it('weights the four figures (default 30/40/20/10) into 0–100', () => {
    expect(
      assessmentScore({ clueClosureRate: 1, zeroingRate: 1, satisfaction: 1, ledgerTimeliness: 1 }),
    ).toBe(100);
    expect(
      assessmentScore({
        clueClosureRate: 0.5,
        zeroingRate: 0.25,
        satisfaction: 0.8,
        ledgerTimeliness: 1,
      }),
    ).toBe(51);
  });

  it('shares out the weight of a missing figure instead of scoring it zero', () => {
    // No clues at all: 40·1 + 20·0.5 + 10·1 over 70.
    expect(
      assessmentScore({
        clueClosureRate: null,
        zeroingRate: 1,
        satisfaction: 0.5,
        ledgerTimeliness: 1,
      }),
    ).toBe(85.71);
    expect(
      assessmentScore({
        clueClosureRate: null,
        zeroingRate: null,
        satisfaction: null,
        ledgerTimeliness: null,
      }),
    ).toBe(0);
  });

  it('takes configured weights and averages follow-up calls', () => {
    expect(parseWeights('{"zeroing": 60}')).toEqual({
      clueClosure: 30,
      zeroing: 60,
      satisfaction: 20,
      timeliness: 10,
    });
    expect(parseWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
    expect(parseWeights('  ')).toEqual(DEFAULT_WEIGHTS);
    expect(satisfactionRate([5, 4, 3])).toBe(0.8);
    expect(satisfactionRate([])).toBeNull();
  });

  it('refuses weights it cannot use', () => {
    expect(() => parseWeights('[1, 2]')).toThrow(/JSON object/);
    expect(() => parseWeights('{"zeroing": -1}')).toThrow(/≥ 0/);
    expect(() => parseWeights('{"speed": 5}')).toThrow(/unknown assessment weights: speed/);
    expect(() => parseWeights('not json')).toThrow();
    expect(usableWeights({ clueClosure: 0, zeroing: 0, satisfaction: 0, timeliness: 0 })).toBe(
      false,
    );
    expect(usableWeights({ ...DEFAULT_WEIGHTS, zeroing: Number.NaN })).toBe(false);
  });
});

describe('follow-up calls per unit and year', () => {
  const keys = [
    { unitId: 'a', year: 2026 },
    { unitId: 'b', year: 2026 },
    { unitId: 'a', year: 2025 },
  ];
  // Supervision calls naming the enterprise reached (satisfaction.ts decides which count).
  const by = {
    enterpriseId: 'firm',
    recordedByUnitId: 'discipline',
    recordedByRoles: ['INSPECTOR'],
  };
  const calls = [
    { unitId: 'a', calledOn: '2026-03-01', satisfaction: 5, ...by },
    { unitId: 'a', calledOn: '2025-11-20', satisfaction: 2, ...by },
    { unitId: 'b', calledOn: '2025-06-01', satisfaction: 4, ...by },
    { unitId: 'b', calledOn: '2026-06-01', satisfaction: 3, ...by },
    // The unit rated scoring itself: never counted.
    { unitId: 'b', calledOn: '2026-06-02', satisfaction: 5, ...by, recordedByUnitId: 'b' },
  ];

  it('reads every key in its own year, not the first key’s', () => {
    expect(callWindows(keys)).toEqual([
      { year: 2026, unitIds: ['a', 'b'], from: '2026-01-01', to: '2026-12-31' },
      { year: 2025, unitIds: ['a'], from: '2025-01-01', to: '2025-12-31' },
    ]);
    expect(scoresOf(keys, calls)).toEqual([[5], [3], [2]]);
  });
});
