// What opening a case, moving it and recording an accountability must satisfy, as problems keyed
// by the domain field. Pure of GraphQL: each takes a plain interface the input satisfies.
import { checkText, Problems, todayInChina } from '@arrears-hub/subgraph-kit';
import { checkIdList, type Checked } from '../input-checks.js';
import { CaseStatus } from './case.enums.js';

export interface CaseOpening {
  description: string;
  deadline: string;
  arrearIds?: readonly string[] | null;
}

export interface CleanCaseOpening {
  description: string;
  deadline: string;
  arrearIds: string[];
}

export function checkCaseOpening(
  opening: CaseOpening,
  today = todayInChina(),
): Checked<CleanCaseOpening> {
  const p = new Problems();
  const description = checkText(p, opening.description, 'description', {
    required: true,
    max: 5000,
    message: '请写明督办事项（至少 2 个字）。',
  });
  p.check(
    opening.deadline >= today,
    'deadline',
    `办结期限 ${opening.deadline} 已过（今天是 ${today}）：请给一个今天或以后的日期。`,
  );
  const arrearIds = checkIdList(p, opening.arrearIds, 'arrearIds');
  return {
    problems: p.list,
    value: { description: description ?? '', deadline: opening.deadline, arrearIds },
  };
}

export interface CaseMove {
  status: CaseStatus;
  outcome?: string | null;
}

/** A move's problems; the outcome is required to resolve a case and kept as the move's reason. */
export function checkCaseMove(move: CaseMove): Checked<{ outcome: string | null }> {
  const p = new Problems();
  p.check(
    move.status !== CaseStatus.ESCALATED,
    'status',
    '督办事项在逾期时由 escalateOverdueCases 升级，不能直接改为 ESCALATED。',
  );
  const outcome = checkText(p, move.outcome, 'outcome', {
    required: move.status === CaseStatus.RESOLVED,
    max: 5000,
    message: '办结督办事项时请写明办理结果（至少 2 个字）。',
  });
  return { problems: p.list, value: { outcome } };
}

export interface AccountabilityDecision {
  personName: string;
  postTitle: string;
  decidedOn: string;
}

export function checkAccountability(
  decision: AccountabilityDecision,
  today = todayInChina(),
): Checked<AccountabilityDecision> {
  const p = new Problems();
  const personName = checkText(p, decision.personName, 'personName', {
    required: true,
    max: 100,
    message: '请填写被问责人的姓名（至少 2 个字）。',
  });
  const postTitle = checkText(p, decision.postTitle, 'postTitle', {
    required: true,
    max: 200,
    message: '请填写被问责人的职务（至少 2 个字）。',
  });
  p.check(
    decision.decidedOn <= today,
    'decidedOn',
    `决定日期 ${decision.decidedOn} 晚于今天（${today}）。`,
  );
  return {
    problems: p.list,
    value: {
      personName: personName ?? decision.personName,
      postTitle: postTitle ?? decision.postTitle,
      decidedOn: decision.decidedOn,
    },
  };
}
