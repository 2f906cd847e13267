// The enumerations of the ledger, registered once for GraphQL (values are stored as text), and the
// one rule for which debts count in the totals.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { SizeAtSigning, SizeAtSigningSource } from '../rules/creditor-size.js';

export enum ContractSubject {
  GOODS = 'GOODS',
  WORKS = 'WORKS',
  SERVICES = 'SERVICES',
}
registerLabelledEnum(ContractSubject, {
  name: 'ContractSubject',
  description: 'What was bought (2025 regulation art. 2).',
  labels: {
    GOODS: { zh: '货物' },
    WORKS: { zh: '工程' },
    SERVICES: { zh: '服务' },
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
registerLabelledEnum(ArrearStatus, {
  name: 'ArrearStatus',
  labels: {
    REGISTERED: {
      zh: '已登记',
      note: 'entered in the ledger, not yet checked against contracts and vouchers',
    },
    VERIFIED: { zh: '已核实', note: 'debtor, amount and cause confirmed' },
    PLANNED: { zh: '已制定还款计划' },
    REPAYING: { zh: '偿还中' },
    CLEARED: { zh: '已清偿' },
    DISPUTED: {
      zh: '有分歧',
      note: 'being mediated or negotiated; the undisputed part must still be paid',
    },
    IN_COURT: { zh: '已进入司法/仲裁程序', note: 'excluded from the ledger totals' },
    WITHDRAWN: { zh: '已撤销', note: '(registered in error, or not an arrear), with a reason' },
  },
});

/** Statuses whose amounts the ledger's totals leave out (the Wutaishan, Chengqu and Ye County programmes exclude debts in court;
 * docs/programmes.md). */
export const EXCLUDED_FROM_TOTALS: readonly ArrearStatus[] = [
  ArrearStatus.IN_COURT,
  ArrearStatus.WITHDRAWN,
];

/** Whether a debt counts in the ledger totals: not withdrawn, not in court, and never sent to court
 * (a debt settled in court keeps in_judicial_process). The one rule behind every figure. */
export function isCounted(arrear: { inJudicialProcess: boolean; status: ArrearStatus }): boolean {
  return !arrear.inJudicialProcess && !EXCLUDED_FROM_TOTALS.includes(arrear.status);
}

/** The same rule in SQL, on the arrear table aliased `alias`. The rollup's per-line function
 * (ledger_line_totals, migration Migration20261201212024_ledger_rollups) repeats it: a change here
 * needs a migration replacing that function (test/rollup-answers.test.ts compares the two). */
export function countedSql(alias: string): string {
  return `(not ${alias}.in_judicial_process and ${alias}.status not in (${EXCLUDED_FROM_TOTALS.map((s) => `'${s}'`).join(', ')}))`;
}

export enum ArrearSource {
  SELF_INSPECTION = 'SELF_INSPECTION',
  COMPLAINT = 'COMPLAINT',
  AUDIT = 'AUDIT',
  INSPECTION = 'INSPECTION',
  CONFIRMATION = 'CONFIRMATION',
}
registerLabelledEnum(ArrearSource, {
  name: 'ArrearSource',
  labels: {
    SELF_INSPECTION: { zh: '自查', note: 'by the debtor unit' },
    COMPLAINT: { zh: '投诉/线索', note: '(national platform, 12345, 信访 …)' },
    AUDIT: { zh: '审计发现' },
    INSPECTION: { zh: '督查/巡视发现' },
    CONFIRMATION: {
      zh: '账款确权',
      note: 'confirmed by the debtor at the creditor’s request (2025 art. 16)',
    },
  },
});

export enum ArrearsRole {
  DEBTOR = 'DEBTOR',
  CREDITOR = 'CREDITOR',
}
registerLabelledEnum(ArrearsRole, {
  name: 'ArrearsRole',
  description: 'Whether a unit owes (DEBTOR) or is owed (CREDITOR).',
  labels: {
    DEBTOR: { zh: '欠款方' },
    CREDITOR: { zh: '债权方' },
  },
});

// The creditor's size at signing (rules/creditor-size.ts, which knows nothing of GraphQL).
registerLabelledEnum(SizeAtSigning, {
  name: 'SizeAtSigning',
  description:
    'The creditor’s size class when the contract was signed (2025 art. 3): the regulation protects SMEs only.',
  labels: {
    LARGE: { zh: '大型企业', note: 'the regulation does not apply; the contract’s own terms do' },
    MEDIUM: { zh: '中型企业' },
    SMALL: { zh: '小型企业' },
    MICRO: { zh: '微型企业' },
    UNKNOWN: { zh: '规模不明', note: 'treated as an SME until recorded (flagged)' },
  },
});
registerLabelledEnum(SizeAtSigningSource, {
  name: 'SizeAtSigningSource',
  description: 'Where the size at signing came from; every source but SIZE_FACTS is flagged.',
  labels: {
    SIZE_FACTS: {
      zh: '按签订时的规模数据',
      note: 'the registry’s size facts, dated on or before the signing',
    },
    DECLARED: { zh: '申报', note: 'declared when the debt was registered, to be checked' },
    SIZE_FACTS_AFTER_SIGNING: {
      zh: '按签订后的规模数据',
      note: 'the registry’s size facts, dated after the signing: the size may have changed',
    },
    ENTERPRISE_KIND: {
      zh: '按企业类型',
      note: 'no facts; the registry lists it as a large enterprise',
    },
    UNKNOWN: { zh: '不明', note: 'nothing known yet' },
  },
});

export { SizeAtSigning, SizeAtSigningSource };

/** A dated stretch of a debt's life that the figures for a past date need (rules/as-of.ts). */
export enum ArrearPeriodKind {
  DISPUTE = 'DISPUTE',
  JUDICIAL = 'JUDICIAL',
}
registerLabelledEnum(ArrearPeriodKind, {
  name: 'ArrearPeriodKind',
  labels: {
    DISPUTE: { zh: '有分歧', note: 'part of the debt disputed (the rest stays payable)' },
    JUDICIAL: { zh: '司法/仲裁程序', note: 'out of the ledger totals while it lasts' },
  },
});
