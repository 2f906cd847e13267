// What a request to draft a year's disclosures must satisfy, as problems keyed by the argument.
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { FIRST_DISCLOSURE_YEAR, isDisclosableYear } from '../rules/disclosure-year.js';

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
    `只能生成 ${FIRST_DISCLOSURE_YEAR} 年至 ${thisYear - 1} 年的公开信息（a finished year from ${FIRST_DISCLOSURE_YEAR} on），不能是 ${request.year} 年。`,
  );
  p.check(
    request.publishingUnits > 0,
    'regionCode',
    `地区 ${request.regionCode} 及其下级没有须公开逾期未付合同的单位。`,
  );
  return p.list;
}
