// What opening a case, moving it and recording an accountability must satisfy, as problems keyed
// by the domain field. Pure of GraphQL: each takes a plain interface the input satisfies.
import { checkText, Problems, todayInChina } from '@arrears-hub/subgraph-kit';
import { checkIdList, type Checked } from '../input-checks.js';
import { CaseStatus } from './case.enums.js';
import { supervisionMessages as msg } from '../messages.js';

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
    message: msg.caseDescriptionRequired(),
  });
  p.check(
    opening.deadline >= today,
    'deadline',
    msg.deadlinePassed({ what: msg.caseDeadline(), deadline: opening.deadline, today }),
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
  p.check(move.status !== CaseStatus.ESCALATED, 'status', msg.noDirectEscalation());
  const outcome = checkText(p, move.outcome, 'outcome', {
    required: move.status === CaseStatus.RESOLVED,
    max: 5000,
    message: msg.outcomeRequired(),
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
    message: msg.accountablePersonRequired(),
  });
  const postTitle = checkText(p, decision.postTitle, 'postTitle', {
    required: true,
    max: 200,
    message: msg.accountablePostRequired(),
  });
  p.check(
    decision.decidedOn <= today,
    'decidedOn',
    msg.dayAfterToday({ what: msg.decisionDate(), day: decision.decidedOn, today }),
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
