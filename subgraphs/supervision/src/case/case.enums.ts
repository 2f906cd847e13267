// The case aggregate's enumerations: supervision measures (督办) and accountability (问责) as the
// Dalad programme sets them out (docs/programmes.md), registered once for GraphQL.
import { registerEnumType } from 'type-graphql';
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
registerEnumType(CaseMeasure, {
  name: 'CaseMeasure',
  valuesConfig: {
    SUPERVISION_NOTICE: { description: '督办书' },
    DEADLINE: { description: '限期办结' },
    LISTED_SUPERVISION: { description: '挂牌督办' },
    TALK: { description: '约谈' },
    CIRCULAR: { description: '通报' },
    ACCOUNTABILITY_REFERRAL: { description: '移送问责' },
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
registerEnumType(CaseTrigger, {
  name: 'CaseTrigger',
  valuesConfig: {
    SLOW_PROGRESS: { description: '进度滞后' },
    INACCURATE_LEDGER: { description: '台账不实' },
    CONCEALMENT: { description: '瞒报漏报' },
    PLAN_DEFAULT: { description: '还款计划违约' },
    OVERDUE_CLUE: { description: '线索办理超期' },
    AUDIT_FINDING: { description: '审计发现' },
    ESCALATION: { description: '上一督办事项逾期未办结' },
  },
});

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

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
registerEnumType(AccountabilityMeasure, {
  name: 'AccountabilityMeasure',
  valuesConfig: {
    REMINDER_TALK: { description: '谈话提醒' },
    CRITICISM: { description: '批评教育' },
    ADMONISHMENT: { description: '诫勉' },
    PARTY_DISCIPLINE: { description: '党纪处分' },
    GOVERNMENT_SANCTION: { description: '政务处分' },
  },
});
