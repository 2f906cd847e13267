// Checks on the project mutations' input, returning every problem at once, keyed by the domain
// field (the resolver prefixes "input."). They take plain interfaces the GraphQL inputs satisfy.
import {
  checkText,
  compareMoney,
  isUuid,
  Problems,
  todayInChina,
  type Message,
  type Problem,
  type TextRule,
} from '@arrears-hub/subgraph-kit';
import {
  unacknowledgedFlags,
  type ProjectFacts,
  type ProjectFlag,
} from '../rules/project-flags.js';
import {
  milestoneOrderViolations,
  type MilestoneDates,
  type MilestoneKey,
} from '../rules/project-milestones.js';
import { ProjectMilestone } from './project.enums.js';
import { financeMessages as msg } from '../messages.js';

// The messages are getters: rendered in the language of the request that reads them.
export const PROJECT_NAME_RULE: TextRule = {
  max: 300,
  message: msg.projectNameRequired(),
};
/** 项目代码 of the online approval platform: an identifier (full-width digits become ordinary). */
export const PROJECT_CODE_RULE: TextRule = { max: 50, identifier: true };
export const PROOF_RULE: TextRule = {
  max: 2000,
  message: msg.fundingProofRequired(),
};

/** What each flag is called in the programmes' and the regulation's words. */
const FLAG_NAMES: Readonly<Record<ProjectFlag, () => Message>> = {
  STARTED_BEFORE_APPROVAL: msg.flagStartedBeforeApproval,
  STARTED_WITHOUT_FUNDS: msg.flagStartedWithoutFunds,
  CONTRACTOR_PREFINANCED: msg.flagContractorPrefinanced,
  ESTIMATE_OVERRUN: msg.flagEstimateOverrun,
  AUDIT_SCOPE: msg.flagAuditScope,
};

const MILESTONE_NAMES: Readonly<Record<MilestoneKey, () => Message>> = {
  startedOn: msg.milestoneStarted,
  completedOn: msg.milestoneCompleted,
  acceptedOn: msg.milestoneAccepted,
  finalAccountOn: msg.milestoneFinalAccount,
};

/**
 * A problem (on `field`, the date just recorded) for each milestone dated before the one recorded
 * ahead of it (rules/project-milestones.ts).
 */
export function milestoneOrderProblems(dates: MilestoneDates, field: string): Problem[] {
  const p = new Problems();
  for (const v of milestoneOrderViolations(dates))
    p.add(
      field,
      msg.milestoneOrder({
        milestone: MILESTONE_NAMES[v.milestone](),
        on: v.on,
        previous: MILESTONE_NAMES[v.previous](),
        before: v.before,
      }),
    );
  return p.list;
}

export interface ProjectRegistration extends ProjectFacts {
  name: string;
  projectCode?: string | null;
  fundingProof?: string | null;
  acknowledgedFlags?: readonly ProjectFlag[] | null;
}

/**
 * A violation the dates show (未批先建, 无来源开工) must be acknowledged explicitly: nobody
 * registers such a project as compliant by accident.
 */
export function registrationProblems(
  r: ProjectRegistration,
  auditThreshold: string,
  today = todayInChina(),
): Problem[] {
  const p = new Problems();
  checkText(p, r.name, 'name', { ...PROJECT_NAME_RULE, required: true });
  checkText(p, r.projectCode, 'projectCode', PROJECT_CODE_RULE);
  checkText(p, r.fundingProof, 'fundingProof', { max: PROOF_RULE.max });
  p.check(compareMoney(r.approvedAmount, '0') > 0, 'approvedAmount', msg.approvedAmountPositive());
  for (const key of ['approvedOn', 'fundsSecuredOn', 'startedOn'] as const) {
    const day = r[key];
    p.check(!day || day <= today, key, msg.dateInFuture());
  }
  const unacknowledged = unacknowledgedFlags(r, r.acknowledgedFlags ?? [], auditThreshold);
  if (unacknowledged.length) {
    p.add(
      'startedOn',
      msg.flagsUnacknowledged({
        names: unacknowledged.map((f) => FLAG_NAMES[f]()),
        flags: unacknowledged,
      }),
    );
  }
  return p.list;
}

export interface MilestoneRecord {
  milestone: ProjectMilestone;
  on: string;
  proof?: string | null;
}

export function milestoneProblems(m: MilestoneRecord, today = todayInChina()): Problem[] {
  const p = new Problems();
  p.check(m.on <= today, 'on', msg.milestoneInFuture());
  if (m.milestone === ProjectMilestone.FUNDS_SECURED)
    checkText(p, m.proof, 'proof', { ...PROOF_RULE, required: true });
  return p.list;
}

export interface DepositRecord {
  amount: string;
  contractorId?: string | null;
  refundDueOn?: string | null;
}

export function depositProblems(d: DepositRecord): Problem[] {
  const p = new Problems();
  p.check(compareMoney(d.amount, '0') > 0, 'amount', msg.depositPositive());
  if (d.contractorId)
    p.check(isUuid(d.contractorId), 'contractorId', msg.notAnId({ id: d.contractorId }));
  return p.list;
}
