// Enumerations of the supervision domain (seeds 000–004), registered once for GraphQL.
import { registerEnumType } from 'type-graphql';

export enum AuditStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
}
registerEnumType(AuditStatus, { name: 'AuditStatus' });

export enum FindingCategory {
  BUDGET_MANAGEMENT = 'BUDGET_MANAGEMENT',
  GOVERNMENT_PROCUREMENT = 'GOVERNMENT_PROCUREMENT',
  PROJECT_SETTLEMENT = 'PROJECT_SETTLEMENT',
  DUTY_PERFORMANCE = 'DUTY_PERFORMANCE',
  NEW_ARREARS_WHILE_CLEARING = 'NEW_ARREARS_WHILE_CLEARING',
  OTHER = 'OTHER',
}
registerEnumType(FindingCategory, {
  name: 'FindingCategory',
  valuesConfig: {
    BUDGET_MANAGEMENT: { description: '预算管理' },
    GOVERNMENT_PROCUREMENT: { description: '政府采购' },
    PROJECT_SETTLEMENT: { description: '工程结算' },
    DUTY_PERFORMANCE: { description: '履职尽责 (审批程序、预算、资金拨付)' },
    NEW_ARREARS_WHILE_CLEARING: { description: '边清边欠' },
    OTHER: { description: '其他' },
  },
});

export enum RectificationMeasure {
  TIME_BOUND_CLEARANCE = 'TIME_BOUND_CLEARANCE',
  INSTALMENT_PAYMENT = 'INSTALMENT_PAYMENT',
  DEBT_CONFIRMATION = 'DEBT_CONFIRMATION',
  OTHER = 'OTHER',
}
registerEnumType(RectificationMeasure, {
  name: 'RectificationMeasure',
  valuesConfig: {
    TIME_BOUND_CLEARANCE: { description: '限时清欠' },
    INSTALMENT_PAYMENT: { description: '分期偿付' },
    DEBT_CONFIRMATION: { description: '账款确权' },
    OTHER: { description: '其他' },
  },
});

export enum RectificationStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(RectificationStatus, { name: 'RectificationStatus' });

export enum InspectionItem {
  LEDGER_ACCURACY = 'LEDGER_ACCURACY',
  PLAN_EXECUTION = 'PLAN_EXECUTION',
  FISCAL_FUNDS_USE = 'FISCAL_FUNDS_USE',
  ASSET_DISPOSAL = 'ASSET_DISPOSAL',
  PROJECT_APPROVAL = 'PROJECT_APPROVAL',
}
registerEnumType(InspectionItem, {
  name: 'InspectionItem',
  description: 'What the monthly inspection of the 监督执纪组 checks (seed 001).',
  valuesConfig: {
    LEDGER_ACCURACY: { description: '台账准确性' },
    PLAN_EXECUTION: { description: '还款计划执行' },
    FISCAL_FUNDS_USE: { description: '财政资金使用' },
    ASSET_DISPOSAL: { description: '资产处置' },
    PROJECT_APPROVAL: { description: '项目审批合规' },
  },
});

/** Ordered from mildest to strongest: escalation moves one step up. */
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

export enum PenaltyStatus {
  LISTED = 'LISTED',
  REMOVED = 'REMOVED',
}
registerEnumType(PenaltyStatus, { name: 'PenaltyStatus' });

export enum DisclosureStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus' });
