// The enumerations of monthly reports and campaign deadlines, registered once for GraphQL.
import { registerEnumType } from 'type-graphql';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum LedgerReportKind {
  REGULAR = 'REGULAR',
  NIL = 'NIL',
  ZEROING = 'ZEROING',
}
registerEnumType(LedgerReportKind, {
  name: 'LedgerReportKind',
  description: 'What a monthly submission is (the Dalad programme, docs/programmes.md).',
  valuesConfig: {
    REGULAR: { description: '台账及还款计划' },
    NIL: { description: '不涉及: the unit owes nothing (函告)' },
    ZEROING: {
      description:
        '阶段性清零: everything is paid; monthly reporting pauses until a new debt appears',
    },
  },
});

export enum LedgerReportStatus {
  SUBMITTED = 'SUBMITTED',
  RECEIVED = 'RECEIVED',
  RETURNED = 'RETURNED',
}
registerEnumType(LedgerReportStatus, {
  name: 'LedgerReportStatus',
  description: 'Where a unit’s submission is on its way through the sector group.',
  valuesConfig: {
    SUBMITTED: { description: '已报送: with the aggregating unit, not yet received' },
    RECEIVED: { description: '已接收: the aggregating unit took it for the group’s report' },
    RETURNED: { description: '已退回: sent back with a reason; the unit submits again' },
  },
});

/** A submission is received or returned once; a returned one is replaced by a new revision. */
export const LEDGER_REPORT_TRANSITIONS: Transitions<LedgerReportStatus> = {
  SUBMITTED: [LedgerReportStatus.RECEIVED, LedgerReportStatus.RETURNED],
  RECEIVED: [LedgerReportStatus.RETURNED],
  RETURNED: [],
};

export enum GroupReportStatus {
  CONSOLIDATED = 'CONSOLIDATED',
  SIGNED = 'SIGNED',
  SENT = 'SENT',
}
registerEnumType(GroupReportStatus, {
  name: 'GroupReportStatus',
  description: 'A sector group’s consolidated monthly report on its way to the receiving office.',
  valuesConfig: {
    CONSOLIDATED: {
      description: '已汇总: by the aggregating unit, awaiting the leader’s signature',
    },
    SIGNED: { description: '已审签: signed by the group leader' },
    SENT: { description: '已报送: sent to the receiving office (e.g. 旗工信和科技局)' },
  },
});

/** Consolidated → signed (审签) → sent (报送); re-consolidating a signed report makes a new revision. */
export const GROUP_REPORT_TRANSITIONS: Transitions<GroupReportStatus> = {
  CONSOLIDATED: [GroupReportStatus.SIGNED],
  SIGNED: [GroupReportStatus.SENT],
  SENT: [],
};

export enum CampaignDeadlineKind {
  LEDGER_SUBMITTED = 'LEDGER_SUBMITTED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  ALL_REPAID = 'ALL_REPAID',
}
registerEnumType(CampaignDeadlineKind, {
  name: 'CampaignDeadlineKind',
  description:
    'What a campaign deadline demands of each unit (the Wutaishan and Ye County programmes, docs/programmes.md).',
  valuesConfig: {
    LEDGER_SUBMITTED: { description: 'the ledger (or a nil return) submitted by the date' },
    AGREEMENT_SIGNED: {
      description: 'a repayment agreement/plan signed by the date for every debt not yet paid',
    },
    ALL_REPAID: { description: 'every debt registered by the date paid off by the date' },
  },
});
