import { describe, expect, it } from 'vitest';
import { assessmentScore, satisfactionRate, weightsFromEnv } from './assessment-score.js';

describe('annual assessment score (seed 001)', () => {
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
    expect(weightsFromEnv('{"zeroing": 60}')).toEqual({
      clueClosure: 30,
      zeroing: 60,
      satisfaction: 20,
      timeliness: 10,
    });
    expect(satisfactionRate([5, 4, 3])).toBe(0.8);
    expect(satisfactionRate([])).toBeNull();
  });
});
