// The annual assessment score (seed 001: 线索办结率, 欠款清零率, 企业满意度, ledger timeliness):
// a weighted mean of the figures that exist, scaled to 100. Weights are configurable
// (HUB_ASSESSMENT_WEIGHTS, or per finalisation); a missing figure does not count as zero — its
// weight is shared out among the others.
export interface AssessmentWeights {
  clueClosure: number;
  zeroing: number;
  satisfaction: number;
  timeliness: number;
}

export const DEFAULT_WEIGHTS: AssessmentWeights = {
  clueClosure: 30,
  zeroing: 40,
  satisfaction: 20,
  timeliness: 10,
};

export function weightsFromEnv(value = process.env.HUB_ASSESSMENT_WEIGHTS): AssessmentWeights {
  if (!value) return DEFAULT_WEIGHTS;
  const parsed = JSON.parse(value) as Partial<AssessmentWeights>;
  return { ...DEFAULT_WEIGHTS, ...parsed };
}

export interface AssessmentInputs {
  clueClosureRate: number | null;
  zeroingRate: number | null;
  satisfaction: number | null;
  ledgerTimeliness: number | null;
}

export function assessmentScore(
  inputs: AssessmentInputs,
  weights: AssessmentWeights = DEFAULT_WEIGHTS,
): number {
  const parts: [number | null, number][] = [
    [inputs.clueClosureRate, weights.clueClosure],
    [inputs.zeroingRate, weights.zeroing],
    [inputs.satisfaction, weights.satisfaction],
    [inputs.ledgerTimeliness, weights.timeliness],
  ];
  const present = parts.filter(([value, weight]) => value !== null && weight > 0) as [
    number,
    number,
  ][];
  const total = present.reduce((sum, [, w]) => sum + w, 0);
  if (!total) return 0;
  return Math.round((present.reduce((sum, [v, w]) => sum + v * w, 0) / total) * 10000) / 100;
}

/** Average follow-up score (1–5) as a 0–1 rate. */
export function satisfactionRate(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length / 5) * 10000) / 10000;
}
