// The annual assessment score (docs/domain/assessment.md: 线索办结率, 欠款清零率, 企业满意度, ledger
// timeliness, as the Dalad programme weighs them, docs/programmes.md): a weighted mean of the
// figures that exist, scaled to 100. The weights are a setting (config.ts) or chosen per
// finalisation; a missing figure does not count as zero — its weight is shared out among the others.
import { countedScores, type SatisfactionRecord } from './satisfaction.js';

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

const WEIGHT_KEYS = Object.keys(DEFAULT_WEIGHTS) as (keyof AssessmentWeights)[];

/** Weights can be used when each is a finite number ≥ 0 and at least one is above 0. */
export function usableWeights(weights: AssessmentWeights): boolean {
  const values = WEIGHT_KEYS.map((k) => weights[k]);
  return values.every((w) => Number.isFinite(w) && w >= 0) && values.some((w) => w > 0);
}

/**
 * Weights written as JSON (`{"zeroing": 60}`), the defaults for those left out; nothing (or an
 * empty text) is the defaults. Throws on anything else, so a bad setting stops the start-up.
 */
export function parseWeights(value: string | undefined): AssessmentWeights {
  if (!value?.trim()) return DEFAULT_WEIGHTS;
  const parsed: unknown = JSON.parse(value);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('assessment weights must be a JSON object');
  const unknownKeys = Object.keys(parsed).filter(
    (k) => !WEIGHT_KEYS.includes(k as keyof AssessmentWeights),
  );
  if (unknownKeys.length) throw new Error(`unknown assessment weights: ${unknownKeys.join(', ')}`);
  const weights = { ...DEFAULT_WEIGHTS, ...(parsed as Partial<AssessmentWeights>) };
  if (!usableWeights(weights))
    throw new Error('assessment weights are numbers ≥ 0, at least one of them above 0');
  return weights;
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

/** A unit's assessment year, as the satisfaction loader is asked for it. */
export interface UnitYear {
  unitId: string;
  year: number;
}

/** The follow-up calls of one year for some units: one condition of the loader's statement. */
export interface CallWindow {
  year: number;
  unitIds: string[];
  from: string;
  to: string;
}

/**
 * The keys grouped by year, so that one statement reads every key's own year (a batch may mix
 * years: assessment(year: 2025) beside this year's live one).
 */
export function callWindows(keys: readonly UnitYear[]): CallWindow[] {
  const byYear = new Map<number, Set<string>>();
  for (const { unitId, year } of keys)
    byYear.set(year, (byYear.get(year) ?? new Set()).add(unitId));
  return [...byYear].map(([year, unitIds]) => ({
    year,
    unitIds: [...unitIds],
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  }));
}

/** Each key's satisfaction scores: its unit's calls in its own year that count (satisfaction.ts). */
export function scoresOf(
  keys: readonly UnitYear[],
  calls: readonly (SatisfactionRecord & { calledOn: string })[],
): number[][] {
  return keys.map((k) =>
    countedScores(
      calls.filter((c) => c.unitId === k.unitId && c.calledOn.startsWith(`${k.year}-`)),
    ),
  );
}
