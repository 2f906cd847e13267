// The enumerations of clues and complaints, registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum ClueChannel {
  NATIONAL_PLATFORM = 'NATIONAL_PLATFORM',
  ONLINE_SUPERVISION = 'ONLINE_SUPERVISION',
  HOTLINE_12345 = 'HOTLINE_12345',
  PETITION = 'PETITION',
  FEDERATION_OF_INDUSTRY = 'FEDERATION_OF_INDUSTRY',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  LETTER = 'LETTER',
  AUDIT_FINDING = 'AUDIT_FINDING',
  INSPECTION_FINDING = 'INSPECTION_FINDING',
  SELF_SERVICE = 'SELF_SERVICE',
}
registerLabelledEnum(ClueChannel, {
  name: 'ClueChannel',
  description: 'Where a clue or complaint came from (docs/domain/complaints.md).',
  labels: {
    NATIONAL_PLATFORM: { zh: '国家平台转办 (拖欠中小企业款项投诉平台)' },
    ONLINE_SUPERVISION: { zh: '国务院"互联网+督查"转办' },
    HOTLINE_12345: { zh: '12345 工单' },
    PETITION: { zh: '信访' },
    FEDERATION_OF_INDUSTRY: { zh: '工商联' },
    PHONE: { zh: '电话' },
    EMAIL: { zh: '邮箱' },
    LETTER: { zh: '来信' },
    AUDIT_FINDING: { zh: '审计发现' },
    INSPECTION_FINDING: { zh: '巡视/督导/督查发现' },
    SELF_SERVICE: { zh: '企业在本平台自行投诉（渠道与收到日期由系统设定）' },
  },
});

/** received → accepted (or rejected) → assigned → verified → answered → closed. */
export enum ClueStatus {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ASSIGNED = 'ASSIGNED',
  VERIFIED = 'VERIFIED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerLabelledEnum(ClueStatus, {
  name: 'ClueStatus',
  labels: {
    RECEIVED: { zh: '已登记', note: 'under review (10 working days to accept and transfer)' },
    ACCEPTED: { zh: '已受理', note: 'to be transferred to the responsible unit' },
    REJECTED: { zh: '不予受理', note: 'with the reason told to the complainant' },
    ASSIGNED: { zh: '已转办', note: 'to the handling unit (30 days, extendable to 90)' },
    VERIFIED: { zh: '已核查', note: 'amount confirmed, disputed or not, linked to the ledger' },
    ANSWERED: { zh: '已书面反馈', note: 'to the complainant' },
    CLOSED: { zh: '已办结' },
  },
});

export enum ClueClockStage {
  REVIEW = 'REVIEW',
  TRANSFER = 'TRANSFER',
  HANDLING = 'HANDLING',
}
registerLabelledEnum(ClueClockStage, {
  name: 'ClueClockStage',
  labels: {
    REVIEW: { zh: '审查受理', note: 'the region’s working days (at most 10) from receipt' },
    TRANSFER: {
      zh: '转办',
      note: 'the region’s working days (at most 10) from formal acceptance (2025 art. 25¶1)',
    },
    HANDLING: {
      zh: '办理',
      note: '30 days from transfer, extendable to 90 with approval (2025 art. 25¶2)',
    },
  },
});

/** 办结 or 化解 (docs/domain/complaints.md §4). */
export enum ClueOutcome {
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
}
registerLabelledEnum(ClueOutcome, {
  name: 'ClueOutcome',
  labels: {
    ANSWERED: { zh: '办结', note: 'answered in writing; the debt may still be owed' },
    RESOLVED: {
      zh: '化解',
      note: 'the confirmed debt is paid, or a repayment plan is agreed for it',
    },
  },
});

/** How a party named in a complaint was found in the registry. */
export enum PartyMatchedBy {
  CREDIT_CODE = 'CREDIT_CODE',
  NAME = 'NAME',
  ALIAS = 'ALIAS',
  ID = 'ID',
  LINKED = 'LINKED',
}
registerLabelledEnum(PartyMatchedBy, {
  name: 'PartyMatchedBy',
  labels: {
    CREDIT_CODE: { zh: '统一社会信用代码一致' },
    NAME: { zh: '名称一致' },
    ALIAS: { zh: '按单位简称或别名匹配（如 教体局 = 教育体育局）' },
    ID: { zh: '登记时给出了单位编号' },
    LINKED: { zh: '受理单位人工关联', note: '（linkClueParties）' },
  },
});
