// The enumerations of the ledger, registered once for GraphQL (values are stored as text), and the
// one rule for which debts count in the totals.
import { registerEnumType } from 'type-graphql';
import { SizeAtSigning, SizeAtSigningSource } from '../rules/creditor-size.js';

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
registerEnumType(ArrearSource, {
  name: 'ArrearSource',
  valuesConfig: {
    SELF_INSPECTION: { description: '自查 by the debtor unit' },
    COMPLAINT: { description: '投诉/线索 (national platform, 12345, 信访 …)' },
    AUDIT: { description: '审计发现' },
    INSPECTION: { description: '督查/巡视发现' },
    CONFIRMATION: {
      description: '账款确权: confirmed by the debtor at the creditor’s request (2025 art. 16)',
    },
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

// The creditor's size at signing (rules/creditor-size.ts, which knows nothing of GraphQL).
registerEnumType(SizeAtSigning, {
  name: 'SizeAtSigning',
  description:
    'The creditor’s size class when the contract was signed (2025 art. 3): the regulation protects SMEs only.',
  valuesConfig: {
    LARGE: { description: '大型企业: the regulation does not apply; the contract’s own terms do' },
    MEDIUM: { description: '中型企业' },
    SMALL: { description: '小型企业' },
    MICRO: { description: '微型企业' },
    UNKNOWN: { description: '规模不明: treated as an SME until recorded (flagged)' },
  },
});
registerEnumType(SizeAtSigningSource, {
  name: 'SizeAtSigningSource',
  description: 'Where the size at signing came from; every source but SIZE_FACTS is flagged.',
  valuesConfig: {
    SIZE_FACTS: { description: 'the registry’s size facts, dated on or before the signing' },
    DECLARED: { description: '申报: declared when the debt was registered, to be checked' },
    SIZE_FACTS_AFTER_SIGNING: {
      description: 'the registry’s size facts, dated after the signing: the size may have changed',
    },
    ENTERPRISE_KIND: { description: 'no facts; the registry lists it as a large enterprise' },
    UNKNOWN: { description: 'nothing known yet' },
  },
});

export { SizeAtSigning, SizeAtSigningSource };

/** A dated stretch of a debt's life that the figures for a past date need (rules/as-of.ts). */
export enum ArrearPeriodKind {
  DISPUTE = 'DISPUTE',
  JUDICIAL = 'JUDICIAL',
}
registerEnumType(ArrearPeriodKind, {
  name: 'ArrearPeriodKind',
  valuesConfig: {
    DISPUTE: { description: '有分歧: part of the debt disputed (the rest stays payable)' },
    JUDICIAL: { description: '司法/仲裁程序: out of the ledger totals while it lasts' },
  },
});
