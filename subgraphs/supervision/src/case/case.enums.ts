// The case aggregate's enumerations: supervision measures (督办) and accountability (问责) as the
// Dalad programme sets them out (docs/programmes.md), registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import type { Transitions } from '@arrears-hub/subgraph-kit';

/** Ordered from mildest to strongest: escalation moves one step up (rules/case-escalation.ts). */
export enum CaseMeasure {
  SUPERVISION_NOTICE = 'SUPERVISION_NOTICE',
  DEADLINE = 'DEADLINE',
  LISTED_SUPERVISION = 'LISTED_SUPERVISION',
  TALK = 'TALK',
  CIRCULAR = 'CIRCULAR',
  ACCOUNTABILITY_REFERRAL = 'ACCOUNTABILITY_REFERRAL',
}
registerLabelledEnum(CaseMeasure, {
  name: 'CaseMeasure',
  labels: {
    SUPERVISION_NOTICE: { zh: '督办书' },
    DEADLINE: { zh: '限期办结' },
    LISTED_SUPERVISION: { zh: '挂牌督办' },
    TALK: { zh: '约谈' },
    CIRCULAR: { zh: '通报' },
    ACCOUNTABILITY_REFERRAL: { zh: '移送问责' },
  },
});

export enum CaseTrigger {
  SLOW_PROGRESS = 'SLOW_PROGRESS',
  INACCURATE_LEDGER = 'INACCURATE_LEDGER',
  CONCEALMENT = 'CONCEALMENT',
  PLAN_DEFAULT = 'PLAN_DEFAULT',
  OVERDUE_CLUE = 'OVERDUE_CLUE',
  AUDIT_FINDING = 'AUDIT_FINDING',
  ESCALATION = 'ESCALATION',
}
registerLabelledEnum(CaseTrigger, {
  name: 'CaseTrigger',
  labels: {
    SLOW_PROGRESS: { zh: '进度滞后' },
    INACCURATE_LEDGER: { zh: '台账不实' },
    CONCEALMENT: { zh: '瞒报漏报' },
    PLAN_DEFAULT: { zh: '还款计划违约' },
    OVERDUE_CLUE: { zh: '线索办理超期' },
    AUDIT_FINDING: { zh: '审计发现' },
    ESCALATION: { zh: '上一督办事项逾期未办结' },
  },
});

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
}
registerLabelledEnum(CaseStatus, {
  name: 'CaseStatus',
  labels: {
    OPEN: { zh: '督办中' },
    RESOLVED: { zh: '已办结' },
    ESCALATED: { zh: '已升级督办' },
    CLOSED: { zh: '已关闭' },
  },
});

/** ESCALATED is reached only through escalateOverdueCases, never by moveCase. */
export const CASE_TRANSITIONS: Transitions<CaseStatus> = {
  OPEN: [CaseStatus.RESOLVED, CaseStatus.ESCALATED],
  RESOLVED: [CaseStatus.CLOSED, CaseStatus.OPEN],
  ESCALATED: [],
  CLOSED: [],
};

export enum AccountabilityMeasure {
  REMINDER_TALK = 'REMINDER_TALK',
  CRITICISM = 'CRITICISM',
  ADMONISHMENT = 'ADMONISHMENT',
  PARTY_DISCIPLINE = 'PARTY_DISCIPLINE',
  GOVERNMENT_SANCTION = 'GOVERNMENT_SANCTION',
}
registerLabelledEnum(AccountabilityMeasure, {
  name: 'AccountabilityMeasure',
  labels: {
    REMINDER_TALK: { zh: '谈话提醒' },
    CRITICISM: { zh: '批评教育' },
    ADMONISHMENT: { zh: '诫勉' },
    PARTY_DISCIPLINE: { zh: '党纪处分' },
    GOVERNMENT_SANCTION: { zh: '政务处分' },
  },
});
