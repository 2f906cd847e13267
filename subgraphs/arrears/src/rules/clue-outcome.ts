// 办结 or 化解 (docs/domain/complaints.md §4). Every clue that is answered in writing and closed is
// 办结 (ANSWERED). It is 化解 (RESOLVED) only when the debt the check confirmed is settled: the
// ledger line it became or matched has nothing outstanding (or is cleared), or a repayment plan
// is agreed for it. A complaint that found nothing owed is answered, not resolved; a clue whose
// verified debt is unpaid cannot be closed as resolved.
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { compareMoney } from '@arrears-hub/protocol/money';
import { arrearsMessages as msg } from '../messages.js';

export type Outcome = 'ANSWERED' | 'RESOLVED';

export interface ResolutionFacts {
  /** What the check confirmed (null: never verified). */
  confirmedAmount: string | null;
  /** The ledger line the clue became or matched, if any. */
  arrear: { outstanding: string; status: string; activePlan: boolean } | null;
}

/** Why the clue cannot be closed with `outcome`, or null when it can. */
export function outcomeProblem(outcome: Outcome, facts: ResolutionFacts): Message | null {
  if (outcome === 'ANSWERED') return null;
  if (facts.confirmedAmount === null || compareMoney(facts.confirmedAmount, '0') <= 0)
    return msg.resolvedNothingConfirmed();
  const arrear = facts.arrear;
  if (!arrear) return msg.resolvedNotInLedger();
  if (arrear.status === 'CLEARED' || compareMoney(arrear.outstanding, '0') <= 0) return null;
  if (arrear.activePlan) return null;
  return msg.resolvedStillOwed({ outstanding: arrear.outstanding });
}
