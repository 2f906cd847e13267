// What a request to draft a half's payment reports must satisfy, as problems keyed by argument.
import { parseHalf, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { supervisionMessages as msg } from '../messages.js';

export interface PaymentReportRequest {
  half: string;
  regionCode: string;
  regionKnown: boolean;
}

/** A finished half (its last day before today) of a region the registry knows. */
export function paymentReportRequestProblems(r: PaymentReportRequest, today: string): Problem[] {
  const p = new Problems();
  const half = parseHalf(r.half);
  if (!half) p.add('half', msg.halfForm(r));
  else p.check(half.to < today, 'half', msg.halfNotOver({ half: r.half, to: half.to }));
  p.check(r.regionKnown, 'regionCode', msg.noSuchRegion({ code: r.regionCode }));
  return p.list;
}
