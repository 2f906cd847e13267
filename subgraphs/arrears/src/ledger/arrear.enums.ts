// Enumerations of the ledger, registered once for GraphQL. Values are stored as text.
import { registerEnumType } from 'type-graphql';

export enum ContractSubject {
  GOODS = 'GOODS',
  WORKS = 'WORKS',
  SERVICES = 'SERVICES',
}
registerEnumType(ContractSubject, {
  name: 'ContractSubject',
  description: 'What was bought (2025 regulation art. 2).',
  valuesConfig: {
    GOODS: { description: '货物' },
    WORKS: { description: '工程' },
    SERVICES: { description: '服务' },
  },
});

/**
 * Where a debt stands. registered → verified → planned → repaying → cleared; a debt can also be
 * disputed, in court (excluded from the ledger's totals) or withdrawn (with a reason).
 */
export enum ArrearStatus {
  REGISTERED = 'REGISTERED',
  VERIFIED = 'VERIFIED',
  PLANNED = 'PLANNED',
  REPAYING = 'REPAYING',
  CLEARED = 'CLEARED',
  DISPUTED = 'DISPUTED',
  IN_COURT = 'IN_COURT',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ArrearStatus, {
  name: 'ArrearStatus',
  valuesConfig: {
    REGISTERED: {
      description: '已登记: entered in the ledger, not yet checked against contracts and vouchers',
    },
    VERIFIED: { description: '已核实: debtor, amount and cause confirmed' },
    PLANNED: { description: '已制定还款计划' },
    REPAYING: { description: '偿还中' },
    CLEARED: { description: '已清偿' },
    DISPUTED: {
      description: '有分歧: being mediated or negotiated; the undisputed part must still be paid',
    },
    IN_COURT: { description: '已进入司法/仲裁程序: excluded from the ledger totals' },
    WITHDRAWN: { description: '已撤销 (registered in error, or not an arrear), with a reason' },
  },
});

/** Statuses whose amounts the ledger's totals leave out (seeds 002–004: debts in court are excluded). */
export const EXCLUDED_FROM_TOTALS: readonly ArrearStatus[] = [
  ArrearStatus.IN_COURT,
  ArrearStatus.WITHDRAWN,
];

/** Whether a debt counts in the ledger totals: not withdrawn, not in court, and never sent to court
 * (a debt settled in court keeps in_judicial_process). The one rule behind every figure. */
export function isCounted(arrear: { inJudicialProcess: boolean; status: ArrearStatus }): boolean {
  return !arrear.inJudicialProcess && !EXCLUDED_FROM_TOTALS.includes(arrear.status);
}

/** The same rule in SQL, on the arrear table aliased `alias`. */
export function countedSql(alias: string): string {
  return `(not ${alias}.in_judicial_process and ${alias}.status not in (${EXCLUDED_FROM_TOTALS.map((s) => `'${s}'`).join(', ')}))`;
}

export enum ArrearSource {
  SELF_INSPECTION = 'SELF_INSPECTION',
  COMPLAINT = 'COMPLAINT',
  AUDIT = 'AUDIT',
  INSPECTION = 'INSPECTION',
}
registerEnumType(ArrearSource, {
  name: 'ArrearSource',
  valuesConfig: {
    SELF_INSPECTION: { description: '自查 by the debtor unit' },
    COMPLAINT: { description: '投诉/线索 (national platform, 12345, 信访 …)' },
    AUDIT: { description: '审计发现' },
    INSPECTION: { description: '督查/巡视发现' },
  },
});

export enum ArrearsRole {
  DEBTOR = 'DEBTOR',
  CREDITOR = 'CREDITOR',
}
registerEnumType(ArrearsRole, {
  name: 'ArrearsRole',
  description: 'Whether a unit owes (DEBTOR) or is owed (CREDITOR).',
});

export enum PaymentMethod {
  TRANSFER = 'TRANSFER',
  ACCEPTANCE_BILL = 'ACCEPTANCE_BILL',
  OFFSET = 'OFFSET',
  ASSET = 'ASSET',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  valuesConfig: {
    TRANSFER: { description: '转账 (bank transfer)' },
    ACCEPTANCE_BILL: {
      description:
        '承兑汇票: only where the contract allowed it; using bills to extend terms is banned (2025 art. 11)',
    },
    OFFSET: { description: '抵账 / 债务抵销' },
    ASSET: { description: '以资抵债 (assets in kind)' },
  },
});

export enum RepaymentFundingSource {
  FISCAL_FUNDS = 'FISCAL_FUNDS',
  TAX_ARREARS_RECOVERED = 'TAX_ARREARS_RECOVERED',
  STATE_ASSET_DISPOSAL = 'STATE_ASSET_DISPOSAL',
  SPECIAL_BONDS = 'SPECIAL_BONDS',
  OWN_FUNDS = 'OWN_FUNDS',
  BUDGET_DEDUCTION = 'BUDGET_DEDUCTION',
  OTHER = 'OTHER',
}
registerEnumType(RepaymentFundingSource, {
  name: 'RepaymentFundingSource',
  description: 'Where the money for a repayment plan comes from (seeds 001 and 004).',
  valuesConfig: {
    FISCAL_FUNDS: { description: '财政资金 (先民生、后一般)' },
    TAX_ARREARS_RECOVERED: { description: '清欠税费' },
    STATE_ASSET_DISPOSAL: { description: '盘活国有资产 / 资产处置' },
    SPECIAL_BONDS: { description: '专项债券' },
    OWN_FUNDS: { description: '单位自有资金' },
    BUDGET_DEDUCTION: { description: '扣减部门预算 (seed 004)' },
    OTHER: { description: '其他' },
  },
});

export enum RepaymentPlanStatus {
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(RepaymentPlanStatus, {
  name: 'RepaymentPlanStatus',
  description: 'A revision replaces the active plan; the old one is kept as SUPERSEDED.',
});

export enum DocumentKind {
  CONTRACT = 'CONTRACT',
  INVOICE = 'INVOICE',
  ACCEPTANCE_RECORD = 'ACCEPTANCE_RECORD',
  PAYMENT_VOUCHER = 'PAYMENT_VOUCHER',
  REPAYMENT_PLAN = 'REPAYMENT_PLAN',
  AGREEMENT = 'AGREEMENT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: '一笔账一档案: what a document in a debt’s file is.',
  valuesConfig: {
    CONTRACT: { description: '合同协议' },
    INVOICE: { description: '发票' },
    ACCEPTANCE_RECORD: { description: '验收记录' },
    PAYMENT_VOUCHER: { description: '支付凭证' },
    REPAYMENT_PLAN: { description: '还款计划' },
    AGREEMENT: { description: '还款协议 / 和解协议' },
    OTHER: { description: '其他' },
  },
});

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
}
registerEnumType(ClueChannel, {
  name: 'ClueChannel',
  description: 'Where a clue or complaint came from (seeds 001–003, domain.md §2).',
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
  HANDLING = 'HANDLING',
}
registerEnumType(ClueClockStage, {
  name: 'ClueClockStage',
  valuesConfig: {
    REVIEW: { description: '审查并转办: 10 working days from receipt (2025 art. 25¶1)' },
    HANDLING: {
      description:
        '办理并书面答复: 30 days from transfer, extendable to 90 with approval (2025 art. 25¶2)',
    },
  },
});

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  valuesConfig: {
    HOLIDAY: { description: '法定节假日: a weekday off' },
    WORKDAY: { description: '调休上班: a weekend day worked' },
  },
});

export enum LedgerReportKind {
  REGULAR = 'REGULAR',
  NIL = 'NIL',
  ZEROING = 'ZEROING',
}
registerEnumType(LedgerReportKind, {
  name: 'LedgerReportKind',
  description: 'What a monthly submission is (seed 001).',
  valuesConfig: {
    REGULAR: { description: '台账及还款计划' },
    NIL: { description: '不涉及: the unit owes nothing (函告)' },
    ZEROING: {
      description:
        '阶段性清零: everything is paid; monthly reporting pauses until a new debt appears',
    },
  },
});

export enum CampaignDeadlineKind {
  LEDGER_SUBMITTED = 'LEDGER_SUBMITTED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  ALL_REPAID = 'ALL_REPAID',
}
registerEnumType(CampaignDeadlineKind, {
  name: 'CampaignDeadlineKind',
  description: 'What a campaign deadline demands of each unit (seeds 002 and 004).',
  valuesConfig: {
    LEDGER_SUBMITTED: { description: 'the ledger (or a nil return) submitted by the date' },
    AGREEMENT_SIGNED: {
      description: 'a repayment agreement/plan signed by the date for every debt not yet paid',
    },
    ALL_REPAID: { description: 'every debt registered by the date paid off by the date' },
  },
});
