// What a request to draft a half's payment reports must satisfy, as problems keyed by argument.
import { parseHalf, Problems, type Problem } from '@arrears-hub/subgraph-kit';

export interface PaymentReportRequest {
  half: string;
  regionCode: string;
  regionKnown: boolean;
}

/** A finished half (its last day before today) of a region the registry knows. */
export function paymentReportRequestProblems(r: PaymentReportRequest, today: string): Problem[] {
  const p = new Problems();
  const half = parseHalf(r.half);
  if (!half) p.add('half', `半年度请写作“2026-H1”或“2026-H2”，不能是“${r.half}”。`);
  else
    p.check(
      half.to < today,
      'half',
      `${r.half} 尚未结束（至 ${half.to}）：只能发布已结束半年度的付款统计。`,
    );
  p.check(r.regionKnown, 'regionCode', `没有代码为 ${r.regionCode} 的地区。`);
  return p.list;
}
