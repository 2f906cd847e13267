// What an audit plan, a finding, a rectification order and a rectification report must satisfy,
// as problems keyed by the domain field (the resolvers map each to input.<field>). Pure of
// GraphQL: each takes a plain interface the input class satisfies.
import { checkText, Problems, todayInChina, type Problem } from '@arrears-hub/subgraph-kit';
import { checkIdList, type Checked } from '../input-checks.js';

export interface AuditPlan {
  title: string;
  regionCode: string;
  focus?: string | null;
}

const REGION_CODE = /^\d{6}(\d{3})?$/;

export function checkAuditPlan(plan: AuditPlan): Checked<AuditPlan> {
  const p = new Problems();
  const title = checkText(p, plan.title, 'title', {
    required: true,
    max: 300,
    message: '请填写审计项目名称（至少 2 个字）。',
  });
  p.check(
    REGION_CODE.test(plan.regionCode),
    'regionCode',
    `地区代码应为 6 位或 9 位数字，“${plan.regionCode}”不是。`,
  );
  const focus = checkText(p, plan.focus, 'focus', { max: 2000 });
  return { problems: p.list, value: { ...plan, title: title ?? plan.title, focus } };
}

export interface FindingDraft {
  description: string;
  arrearIds?: readonly string[] | null;
  projectIds?: readonly string[] | null;
  recommendation?: string | null;
}

export interface CleanFinding {
  description: string;
  arrearIds: string[];
  projectIds: string[];
  recommendation: string | null;
}

export function checkFinding(finding: FindingDraft): Checked<CleanFinding> {
  const p = new Problems();
  const description = checkText(p, finding.description, 'description', {
    required: true,
    max: 5000,
    message: '请写明审计发现的问题（至少 2 个字）。',
  });
  const arrearIds = checkIdList(p, finding.arrearIds, 'arrearIds');
  const projectIds = checkIdList(p, finding.projectIds, 'projectIds');
  const recommendation = checkText(p, finding.recommendation, 'recommendation', { max: 5000 });
  return {
    problems: p.list,
    value: { description: description ?? '', arrearIds, projectIds, recommendation },
  };
}

export interface RectificationOrder {
  deadline: string;
}

export function rectificationOrderProblems(
  order: RectificationOrder,
  today = todayInChina(),
): Problem[] {
  const p = new Problems();
  p.check(
    order.deadline >= today,
    'deadline',
    `整改期限 ${order.deadline} 已过（今天是 ${today}）：请给一个今天或以后的日期。`,
  );
  return p.list;
}

export interface RectificationReport {
  completedOn: string;
  evidence: string;
}

export function checkRectificationReport(
  report: RectificationReport,
  today = todayInChina(),
): Checked<RectificationReport> {
  const p = new Problems();
  const evidence = checkText(p, report.evidence, 'evidence', {
    required: true,
    max: 5000,
    message: '请说明整改完成的依据（至少 2 个字）。',
  });
  p.check(
    report.completedOn <= today,
    'completedOn',
    `完成日期 ${report.completedOn} 晚于今天（${today}）。`,
  );
  return { problems: p.list, value: { ...report, evidence: evidence ?? report.evidence } };
}
