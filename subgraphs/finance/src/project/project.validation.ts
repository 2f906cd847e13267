// Checks on the project mutations' input, returning every problem at once, keyed by the domain
// field (the resolver prefixes "input."). They take plain interfaces the GraphQL inputs satisfy.
import {
  checkText,
  compareMoney,
  isUuid,
  Problems,
  todayInChina,
  type Problem,
  type TextRule,
} from '@arrears-hub/subgraph-kit';
import {
  FLAG_NAMES,
  unacknowledgedFlags,
  type ProjectFacts,
  type ProjectFlag,
} from '../rules/project-flags.js';
import { ProjectMilestone } from './project.enums.js';

export const PROJECT_NAME_RULE: TextRule = {
  max: 300,
  message: '请填写项目名称（2–300 个字符）。',
};
/** 项目代码 of the online approval platform: an identifier (full-width digits become ordinary). */
export const PROJECT_CODE_RULE: TextRule = { max: 50, identifier: true };
export const PROOF_RULE: TextRule = {
  max: 2000,
  message: '资金落实须有证明（资金落实证明）：请写明文件名称或文号。',
};

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
  p.check(compareMoney(r.approvedAmount, '0') > 0, 'approvedAmount', '立项金额必须大于零。');
  for (const key of ['approvedOn', 'fundsSecuredOn', 'startedOn'] as const) {
    const day = r[key];
    p.check(!day || day <= today, key, '日期不能晚于今天。');
  }
  const unacknowledged = unacknowledgedFlags(r, r.acknowledgedFlags ?? [], auditThreshold);
  if (unacknowledged.length) {
    p.add(
      'startedOn',
      `按所填日期，该项目属于${unacknowledged.map((f) => FLAG_NAMES[f]).join('、')}（${unacknowledged.join(', ')}）：请更正日期，或在 acknowledgedFlags 中列明，作为违规记录在案。`,
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
  p.check(m.on <= today, 'on', '节点日期不能晚于今天。');
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
  p.check(compareMoney(d.amount, '0') > 0, 'amount', '保证金金额必须大于零。');
  if (d.contractorId)
    p.check(isUuid(d.contractorId), 'contractorId', `“${d.contractorId}”不是有效的编号（id）。`);
  return p.list;
}
