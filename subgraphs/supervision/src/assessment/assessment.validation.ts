// What a request to finalise a year's assessments must satisfy, as problems keyed by the argument.
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { usableWeights, type AssessmentWeights } from '../rules/assessment-score.js';
import { supervisionMessages as msg } from '../messages.js';

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
    msg.assessmentYearRange({ first: FIRST_ASSESSMENT_YEAR, thisYear, year: request.year }),
  );
  p.check(usableWeights(request.weights), 'weights', msg.weightsUsable());
  p.check(request.reportingUnits > 0, 'regionCode', msg.noUnitsToAssess(request));
  return p.list;
}
