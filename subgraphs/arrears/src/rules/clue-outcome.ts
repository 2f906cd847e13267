// 办结 or 化解 (docs/domain/complaints.md §4). Every clue that is answered in writing and closed is
// 办结 (ANSWERED). It is 化解 (RESOLVED) only when the debt the check confirmed is settled: the
// ledger line it became or matched has nothing outstanding (or is cleared), or a repayment plan
// is agreed for it. A complaint that found nothing owed is answered, not resolved; a clue whose
// verified debt is unpaid cannot be closed as resolved.
import { compareMoney } from '@arrears-hub/protocol/money';

export type Outcome = 'ANSWERED' | 'RESOLVED';

export interface ResolutionFacts {
  /** What the check confirmed (null: never verified). */
  confirmedAmount: string | null;
  /** The ledger line the clue became or matched, if any. */
  arrear: { outstanding: string; status: string; activePlan: boolean } | null;
}

/** Why the clue cannot be closed with `outcome`, or null when it can. */
export function outcomeProblem(outcome: Outcome, facts: ResolutionFacts): string | null {
  if (outcome === 'ANSWERED') return null;
  if (facts.confirmedAmount === null || compareMoney(facts.confirmedAmount, '0') <= 0)
    return '核查未确认欠款，只能以“办结”结案，不能记为“化解”（nothing confirmed owed: answered, not resolved）。';
  const arrear = facts.arrear;
  if (!arrear)
    return '核查确认的欠款尚未纳入台账，不能记为“化解”：请先在核查时登记或匹配台账（the confirmed debt is not in the ledger）。';
  if (arrear.status === 'CLEARED' || compareMoney(arrear.outstanding, '0') <= 0) return null;
  if (arrear.activePlan) return null;
  return `台账上这笔欠款尚有 ${arrear.outstanding} 元未付且没有还款计划，不能记为“化解”（the debt is still unpaid and no repayment plan is agreed）。`;
}
