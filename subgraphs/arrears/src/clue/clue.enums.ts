// The enumerations of clues and complaints, registered once for GraphQL.
import { registerEnumType } from 'type-graphql';

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
registerEnumType(ClueChannel, {
  name: 'ClueChannel',
  description: 'Where a clue or complaint came from (docs/domain/complaints.md).',
  valuesConfig: {
    NATIONAL_PLATFORM: { description: '国家平台转办 (拖欠中小企业款项投诉平台)' },
    ONLINE_SUPERVISION: { description: '国务院"互联网+督查"转办' },
    HOTLINE_12345: { description: '12345 工单' },
    PETITION: { description: '信访' },
    FEDERATION_OF_INDUSTRY: { description: '工商联' },
    PHONE: { description: '电话' },
    EMAIL: { description: '邮箱' },
    LETTER: { description: '来信' },
    AUDIT_FINDING: { description: '审计发现' },
    INSPECTION_FINDING: { description: '巡视/督导/督查发现' },
    SELF_SERVICE: { description: '企业在本平台自行投诉（渠道与收到日期由系统设定）' },
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
registerEnumType(ClueStatus, {
  name: 'ClueStatus',
  valuesConfig: {
    RECEIVED: { description: '已登记, under review (10 working days to accept and transfer)' },
    ACCEPTED: { description: '已受理, to be transferred to the responsible unit' },
    REJECTED: { description: '不予受理, with the reason told to the complainant' },
    ASSIGNED: { description: '已转办 to the handling unit (30 days, extendable to 90)' },
    VERIFIED: { description: '已核查: amount confirmed, disputed or not, linked to the ledger' },
    ANSWERED: { description: '已书面反馈 to the complainant' },
    CLOSED: { description: '已办结' },
  },
});

export enum ClueClockStage {
  REVIEW = 'REVIEW',
  TRANSFER = 'TRANSFER',
  HANDLING = 'HANDLING',
}
registerEnumType(ClueClockStage, {
  name: 'ClueClockStage',
  valuesConfig: {
    REVIEW: { description: '审查受理: the region’s working days (at most 10) from receipt' },
    TRANSFER: {
      description:
        '转办: the region’s working days (at most 10) from formal acceptance (2025 art. 25¶1)',
    },
    HANDLING: {
      description:
        '办理并书面答复: 30 days from transfer, extendable to 90 with approval (2025 art. 25¶2)',
    },
  },
});

/** 办结 or 化解 (docs/domain/complaints.md §4). */
export enum ClueOutcome {
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ClueOutcome, {
  name: 'ClueOutcome',
  valuesConfig: {
    ANSWERED: { description: '办结: answered in writing; the debt may still be owed' },
    RESOLVED: {
      description: '化解: the confirmed debt is paid, or a repayment plan is agreed for it',
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
registerEnumType(PartyMatchedBy, {
  name: 'PartyMatchedBy',
  valuesConfig: {
    CREDIT_CODE: { description: '统一社会信用代码一致' },
    NAME: { description: '名称一致' },
    ALIAS: { description: '按单位简称或别名匹配（如 教体局 = 教育体育局）' },
    ID: { description: '登记时给出了单位编号' },
    LINKED: { description: '受理单位人工关联（linkClueParties）' },
  },
});
