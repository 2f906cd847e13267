import { describe, expect, it } from 'vitest';
import { readSupervisionConfig } from './config.js';
import { DEFAULT_WEIGHTS } from './rules/assessment-score.js';

describe('settings', () => {
  it('defaults the assessment weights and reads a partial override', () => {
    expect(readSupervisionConfig({}).assessmentWeights).toEqual(DEFAULT_WEIGHTS);
    expect(
      readSupervisionConfig({ HUB_ASSESSMENT_WEIGHTS: '{"timeliness": 20}' }).assessmentWeights,
    ).toEqual({ ...DEFAULT_WEIGHTS, timeliness: 20 });
  });

  it('a bad setting stops the start-up, naming the variable', () => {
    expect(() => readSupervisionConfig({ HUB_ASSESSMENT_WEIGHTS: '{"zeroing": "a lot"}' })).toThrow(
      /HUB_ASSESSMENT_WEIGHTS/,
    );
  });
});
