// The audit aggregate's enumerations (audits of arrears as the Ejin Horo programme plans them,
// docs/programmes.md), registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum AuditStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
}
registerLabelledEnum(AuditStatus, {
  name: 'AuditStatus',
  labels: {
    PLANNED: { zh: '计划中' },
    IN_PROGRESS: { zh: '实施中' },
    REPORTED: { zh: '已出具报告' },
    CLOSED: { zh: '已结束' },
  },
});

/** An audit moves one way: planned, under way, reported, closed. */
export const AUDIT_TRANSITIONS: Transitions<AuditStatus> = {
  PLANNED: [AuditStatus.IN_PROGRESS],
  IN_PROGRESS: [AuditStatus.REPORTED],
  REPORTED: [AuditStatus.CLOSED],
  CLOSED: [],
};

export enum FindingCategory {
  BUDGET_MANAGEMENT = 'BUDGET_MANAGEMENT',
  GOVERNMENT_PROCUREMENT = 'GOVERNMENT_PROCUREMENT',
  PROJECT_SETTLEMENT = 'PROJECT_SETTLEMENT',
  DUTY_PERFORMANCE = 'DUTY_PERFORMANCE',
  NEW_ARREARS_WHILE_CLEARING = 'NEW_ARREARS_WHILE_CLEARING',
  OTHER = 'OTHER',
}
registerLabelledEnum(FindingCategory, {
  name: 'FindingCategory',
  labels: {
    BUDGET_MANAGEMENT: { zh: '预算管理' },
    GOVERNMENT_PROCUREMENT: { zh: '政府采购' },
    PROJECT_SETTLEMENT: { zh: '工程结算' },
    DUTY_PERFORMANCE: { zh: '履职尽责 (审批程序、预算、资金拨付)' },
    NEW_ARREARS_WHILE_CLEARING: { zh: '边清边欠' },
    OTHER: { zh: '其他' },
  },
});

export enum RectificationMeasure {
  TIME_BOUND_CLEARANCE = 'TIME_BOUND_CLEARANCE',
  INSTALMENT_PAYMENT = 'INSTALMENT_PAYMENT',
  DEBT_CONFIRMATION = 'DEBT_CONFIRMATION',
  OTHER = 'OTHER',
}
registerLabelledEnum(RectificationMeasure, {
  name: 'RectificationMeasure',
  labels: {
    TIME_BOUND_CLEARANCE: { zh: '限时清欠' },
    INSTALMENT_PAYMENT: { zh: '分期偿付' },
    DEBT_CONFIRMATION: { zh: '账款确权' },
    OTHER: { zh: '其他' },
  },
});

export enum RectificationStatus {
  OPEN = 'OPEN',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
  DONE = 'DONE',
}
registerLabelledEnum(RectificationStatus, {
  name: 'RectificationStatus',
  labels: {
    OPEN: { zh: '整改中' },
    REPORTED: {
      zh: '已报告完成',
      note: 'the unit says it is done; awaiting the inspector’s check',
    },
    CLOSED: { zh: '已销号', note: 'the inspector checked the ledger and closed it' },
    DONE: {
      zh: '已完成（旧状态）',
      note: 'Reported done before 销号 existed: treated as REPORTED.',
      deprecationReason: 'A unit’s report is REPORTED now; only an inspector closes (CLOSED).',
    },
  },
});

/** The unit reports it done; an inspector closes it (销号) after checking the ledger, or sends it
 * back to OPEN with a reason. */
export const RECTIFICATION_TRANSITIONS: Transitions<RectificationStatus> = {
  OPEN: [RectificationStatus.REPORTED],
  REPORTED: [RectificationStatus.CLOSED, RectificationStatus.OPEN],
  CLOSED: [],
  DONE: [RectificationStatus.CLOSED, RectificationStatus.OPEN],
};
