// The audit aggregate's enumerations (audits of arrears as the Ejin Horo programme plans them,
// docs/programmes.md), registered once for GraphQL.
import { registerEnumType } from 'type-graphql';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum AuditStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
}
registerEnumType(AuditStatus, { name: 'AuditStatus' });

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
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
  DONE = 'DONE',
}
registerEnumType(RectificationStatus, {
  name: 'RectificationStatus',
  valuesConfig: {
    OPEN: { description: '整改中' },
    REPORTED: {
      description: '已报告完成: the unit says it is done; awaiting the inspector’s check',
    },
    CLOSED: { description: '已销号: the inspector checked the ledger and closed it' },
    DONE: {
      description: 'Reported done before 销号 existed: treated as REPORTED.',
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
