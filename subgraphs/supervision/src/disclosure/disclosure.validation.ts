// What a request to draft a year's disclosures must satisfy, as problems keyed by the argument.
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { FIRST_DISCLOSURE_YEAR, isDisclosableYear } from '../rules/disclosure-year.js';
import { supervisionMessages as msg } from '../messages.js';

export interface DisclosureRequest {
  year: number;
  regionCode: string;
  /** How many units of the region must publish (their kind, docs/domain/registry.md). */
  publishingUnits: number;
}

export function disclosureRequestProblems(request: DisclosureRequest, thisYear: number): Problem[] {
  const p = new Problems();
  p.check(
    isDisclosableYear(request.year, thisYear),
    'year',
    msg.disclosureYearRange({
      first: FIRST_DISCLOSURE_YEAR,
      last: thisYear - 1,
      year: request.year,
    }),
  );
  p.check(request.publishingUnits > 0, 'regionCode', msg.noUnitsToDisclose(request));
  return p.list;
}
