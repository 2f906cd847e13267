// The enumerations of monthly reports and campaign deadlines, registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum LedgerReportKind {
  REGULAR = 'REGULAR',
  NIL = 'NIL',
  ZEROING = 'ZEROING',
}
registerLabelledEnum(LedgerReportKind, {
  name: 'LedgerReportKind',
  description: 'What a monthly submission is (the Dalad programme, docs/programmes.md).',
  labels: {
    REGULAR: { zh: '台账及还款计划' },
    NIL: { zh: '不涉及', note: 'the unit owes nothing (函告)' },
    ZEROING: {
      zh: '阶段性清零',
      note: 'everything is paid; monthly reporting pauses until a new debt appears',
    },
  },
});

export enum LedgerReportStatus {
  SUBMITTED = 'SUBMITTED',
  RECEIVED = 'RECEIVED',
  RETURNED = 'RETURNED',
}
registerLabelledEnum(LedgerReportStatus, {
  name: 'LedgerReportStatus',
  description: 'Where a unit’s submission is on its way through the sector group.',
  labels: {
    SUBMITTED: { zh: '已报送', note: 'with the aggregating unit, not yet received' },
    RECEIVED: { zh: '已接收', note: 'the aggregating unit took it for the group’s report' },
    RETURNED: { zh: '已退回', note: 'sent back with a reason; the unit submits again' },
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
registerLabelledEnum(GroupReportStatus, {
  name: 'GroupReportStatus',
  description: 'A sector group’s consolidated monthly report on its way to the receiving office.',
  labels: {
    CONSOLIDATED: {
      zh: '已汇总',
      note: 'by the aggregating unit, awaiting the leader’s signature',
    },
    SIGNED: { zh: '已审签', note: 'signed by the group leader' },
    SENT: { zh: '已报送', note: 'sent to the receiving office (e.g. 旗工信和科技局)' },
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
registerLabelledEnum(CampaignDeadlineKind, {
  name: 'CampaignDeadlineKind',
  description:
    'What a campaign deadline demands of each unit (the Wutaishan and Ye County programmes, docs/programmes.md).',
  labels: {
    LEDGER_SUBMITTED: {
      zh: '按期报送台账',
      note: 'the ledger (or a nil return) submitted by the date',
    },
    AGREEMENT_SIGNED: {
      zh: '按期签订还款协议',
      note: 'a repayment agreement/plan signed by the date for every debt not yet paid',
    },
    ALL_REPAID: {
      zh: '按期全部清偿',
      note: 'every debt registered by the date paid off by the date',
    },
  },
});
