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

export const RESTRICTION_REASON_RULE: TextRule = {
  max: 2000,
  message: '请说明限制的理由（至少 2 个字）。',
};
export const LIFT_REASON_RULE: TextRule = {
  max: 2000,
  message: '请说明解除限制的理由（至少 2 个字）。',
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
  p.check(!r.toDate || r.toDate >= r.fromDate, 'toDate', '限制的结束日期不能早于开始日期。');
  if (r.caseId) p.check(isUuid(r.caseId), 'caseId', `“${r.caseId}”不是有效的督办案件编号（id）。`);
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
  p.check(r.status !== RestrictionStatus.LIFTED, 'restrictionId', '这项限制已经解除。');
  p.check(
    l.liftedOn >= r.fromDate,
    'liftedOn',
    `解除日期不能早于限制开始的日期（${r.fromDate}）。`,
  );
  return p.list;
}
