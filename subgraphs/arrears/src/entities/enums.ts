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
  valuesConfig: { GOODS: { description: '货物' }, WORKS: { description: '工程' }, SERVICES: { description: '服务' } },
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
    REGISTERED: { description: '已登记: entered in the ledger, not yet checked against contracts and vouchers' },
    VERIFIED: { description: '已核实: debtor, amount and cause confirmed' },
    PLANNED: { description: '已制定还款计划' },
    REPAYING: { description: '偿还中' },
    CLEARED: { description: '已清偿' },
    DISPUTED: { description: '有分歧: being mediated or negotiated; the undisputed part must still be paid' },
    IN_COURT: { description: '已进入司法/仲裁程序: excluded from the ledger totals' },
    WITHDRAWN: { description: '已撤销 (registered in error, or not an arrear), with a reason' },
  },
});

/** Statuses whose amounts the ledger's totals leave out (seeds 002–004: debts in court are excluded). */
export const EXCLUDED_FROM_TOTALS: readonly ArrearStatus[] = [ArrearStatus.IN_COURT, ArrearStatus.WITHDRAWN];

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
registerEnumType(ArrearsRole, { name: 'ArrearsRole', description: 'Whether a unit owes (DEBTOR) or is owed (CREDITOR).' });
