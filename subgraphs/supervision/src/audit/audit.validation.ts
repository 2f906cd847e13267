// What an audit plan, a finding, a rectification order and a rectification report must satisfy,
// as problems keyed by the domain field (the resolvers map each to input.<field>). Pure of
// GraphQL: each takes a plain interface the input class satisfies.
import { checkText, Problems, todayInChina, type Problem } from '@arrears-hub/subgraph-kit';
import { checkIdList, type Checked } from '../input-checks.js';
import { supervisionMessages as msg } from '../messages.js';

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
    message: msg.auditTitleRequired(),
  });
  p.check(
    REGION_CODE.test(plan.regionCode),
    'regionCode',
    msg.regionCodeForm({ code: plan.regionCode }),
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
    message: msg.findingRequired(),
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
    msg.deadlinePassed({ what: msg.rectificationDeadline(), deadline: order.deadline, today }),
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
    message: msg.evidenceRequired(),
  });
  p.check(
    report.completedOn <= today,
    'completedOn',
    msg.dayAfterToday({ what: msg.completionDate(), day: report.completedOn, today }),
  );
  return { problems: p.list, value: { ...report, evidence: evidence ?? report.evidence } };
}
