// Checks on the restriction mutations' input, returning every problem at once, keyed by the domain
// field (the resolver prefixes "input."). They take plain interfaces the GraphQL inputs satisfy.
import {
  checkText,
  isUuid,
  Problems,
  type Problem,
  type TextRule,
} from '@arrears-hub/subgraph-kit';
import { RestrictionStatus } from './restriction.enums.js';
import { financeMessages as msg } from '../messages.js';

// The messages are getters: rendered in the language of the request that reads them.
export const RESTRICTION_REASON_RULE: TextRule = {
  max: 2000,
  message: msg.restrictionReasonRequired(),
};
export const LIFT_REASON_RULE: TextRule = {
  max: 2000,
  message: msg.liftReasonRequired(),
};

export interface RestrictionOrder {
  fromDate: string;
  toDate?: string | null;
  reason: string;
  caseId?: string | null;
}

export function restrictionProblems(r: RestrictionOrder): Problem[] {
  const p = new Problems();
  checkText(p, r.reason, 'reason', { ...RESTRICTION_REASON_RULE, required: true });
  p.check(!r.toDate || r.toDate >= r.fromDate, 'toDate', msg.restrictionEndsBeforeStart());
  if (r.caseId) p.check(isUuid(r.caseId), 'caseId', msg.notACaseId({ id: r.caseId }));
  return p.list;
}

export interface RestrictionLift {
  liftedOn: string;
  reason: string;
}

export function liftProblems(l: RestrictionLift): Problem[] {
  const p = new Problems();
  checkText(p, l.reason, 'reason', { ...LIFT_REASON_RULE, required: true });
  return p.list;
}

/** On the locked restriction: it must be in force, and is lifted no earlier than it started. */
export function liftStateProblems(
  r: { status: RestrictionStatus; fromDate: string },
  l: Pick<RestrictionLift, 'liftedOn'>,
): Problem[] {
  const p = new Problems();
  p.check(r.status !== RestrictionStatus.LIFTED, 'restrictionId', msg.restrictionLifted());
  p.check(l.liftedOn >= r.fromDate, 'liftedOn', msg.liftedBeforeStart(r));
  return p.list;
}
