// Enumerations of budget lines, registered once for GraphQL. Values are stored as text.
import { registerEnumType } from 'type-graphql';

export enum BudgetPurpose {
  CLEARANCE_FUND = 'CLEARANCE_FUND',
  GENERAL_EXPENDITURE = 'GENERAL_EXPENDITURE',
  PROJECT_FUND = 'PROJECT_FUND',
  OTHER = 'OTHER',
}
registerEnumType(BudgetPurpose, {
  name: 'BudgetPurpose',
  valuesConfig: {
    CLEARANCE_FUND: { description: '清欠专项资金' },
    GENERAL_EXPENDITURE: { description: '一般性支出' },
    PROJECT_FUND: { description: '项目资金' },
    OTHER: { description: '其他' },
  },
});

/** Where money for clearing arrears comes from (the Dalad and Ye County programmes, docs/programmes.md). */
export enum FundingSource {
  FISCAL_FUNDS = 'FISCAL_FUNDS',
  TAX_ARREARS_RECOVERED = 'TAX_ARREARS_RECOVERED',
  STATE_ASSET_DISPOSAL = 'STATE_ASSET_DISPOSAL',
  SPECIAL_BONDS = 'SPECIAL_BONDS',
  OWN_FUNDS = 'OWN_FUNDS',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  valuesConfig: {
    FISCAL_FUNDS: { description: '财政资金 (先民生、后一般: livelihood and migrant wages first)' },
    TAX_ARREARS_RECOVERED: { description: '清欠税费: tax and fee arrears recovered' },
    STATE_ASSET_DISPOSAL: { description: '盘活国有资产 / 资产处置' },
    SPECIAL_BONDS: { description: '专项债券' },
    OWN_FUNDS: { description: '单位自有资金' },
  },
});

export enum AdjustmentKind {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
  DEPARTMENT_BUDGET_DEDUCTION = 'DEPARTMENT_BUDGET_DEDUCTION',
}
registerEnumType(AdjustmentKind, {
  name: 'AdjustmentKind',
  valuesConfig: {
    INCREASE: { description: '追加' },
    DECREASE: { description: '调减' },
    DEPARTMENT_BUDGET_DEDUCTION: {
      description:
        '扣减部门预算 to pay the unit’s arrears (the Ye County programme, docs/programmes.md): adds to its clearance line',
    },
  },
});

/** Where a disbursement stands on the ledger (the arrears subgraph records it as a payment). */
export enum DisbursementStatus {
  POSTED = 'POSTED',
  PENDING = 'PENDING',
  REFUSED = 'REFUSED',
  LEGACY = 'LEGACY',
}
registerEnumType(DisbursementStatus, {
  name: 'DisbursementStatus',
  valuesConfig: {
    POSTED: { description: '已记入台账: the payment is on the ledger' },
    PENDING: {
      description:
        '待记入台账: the ledger was unavailable; completed when it is back (completePendingDisbursements)',
    },
    REFUSED: {
      description:
        '台账拒收: the ledger refused it when it was completed (see refusalCode); its money went back to the line',
    },
    LEGACY: {
      description:
        'made before disbursements were posted to the ledger: the unit records the payment; the reconciliation matches it',
    },
  },
});
