// What a request to finalise a year's assessments must satisfy, as problems keyed by the argument.
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { usableWeights, type AssessmentWeights } from '../rules/assessment-score.js';

/** The first year the hub assesses. */
export const FIRST_ASSESSMENT_YEAR = 2020;

export interface FinalisationRequest {
  year: number;
  regionCode: string;
  weights: AssessmentWeights;
  /** How many units of the region report to the ledger (and so are assessed). */
  reportingUnits: number;
}

export function finalisationProblems(request: FinalisationRequest, thisYear: number): Problem[] {
  const p = new Problems();
  p.check(
    Number.isInteger(request.year) &&
      request.year >= FIRST_ASSESSMENT_YEAR &&
      request.year <= thisYear,
    'year',
    `只能考核 ${FIRST_ASSESSMENT_YEAR} 年至 ${thisYear} 年，不能是 ${request.year} 年。`,
  );
  p.check(
    usableWeights(request.weights),
    'weights',
    '各项权重应为不小于 0 的数，且至少一项大于 0。',
  );
  p.check(
    request.reportingUnits > 0,
    'regionCode',
    `地区 ${request.regionCode} 及其下级没有需要考核的单位。`,
  );
  return p.list;
}
