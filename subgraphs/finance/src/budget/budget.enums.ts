// Enumerations of budget lines, registered once for GraphQL. Values are stored as text.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum BudgetPurpose {
  CLEARANCE_FUND = 'CLEARANCE_FUND',
  GENERAL_EXPENDITURE = 'GENERAL_EXPENDITURE',
  PROJECT_FUND = 'PROJECT_FUND',
  OTHER = 'OTHER',
}
registerLabelledEnum(BudgetPurpose, {
  name: 'BudgetPurpose',
  labels: {
    CLEARANCE_FUND: { zh: '清欠专项资金' },
    GENERAL_EXPENDITURE: { zh: '一般性支出' },
    PROJECT_FUND: { zh: '项目资金' },
    OTHER: { zh: '其他' },
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
registerLabelledEnum(FundingSource, {
  name: 'FundingSource',
  labels: {
    FISCAL_FUNDS: { zh: '财政资金', note: '(先民生、后一般: livelihood and migrant wages first)' },
    TAX_ARREARS_RECOVERED: { zh: '清欠税费', note: 'tax and fee arrears recovered' },
    STATE_ASSET_DISPOSAL: { zh: '盘活国有资产 / 资产处置' },
    SPECIAL_BONDS: { zh: '专项债券' },
    OWN_FUNDS: { zh: '单位自有资金' },
  },
});

export enum AdjustmentKind {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
  DEPARTMENT_BUDGET_DEDUCTION = 'DEPARTMENT_BUDGET_DEDUCTION',
}
registerLabelledEnum(AdjustmentKind, {
  name: 'AdjustmentKind',
  labels: {
    INCREASE: { zh: '追加' },
    DECREASE: { zh: '调减' },
    DEPARTMENT_BUDGET_DEDUCTION: {
      zh: '扣减部门预算',
      note: 'to pay the unit’s arrears (the Ye County programme, docs/programmes.md): adds to its clearance line',
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
registerLabelledEnum(DisbursementStatus, {
  name: 'DisbursementStatus',
  labels: {
    POSTED: { zh: '已记入台账', note: 'the payment is on the ledger' },
    PENDING: {
      zh: '待记入台账',
      note: 'the ledger was unavailable; completed when it is back (completePendingDisbursements)',
    },
    REFUSED: {
      zh: '台账拒收',
      note: 'the ledger refused it when it was completed (see refusalCode); its money went back to the line',
    },
    LEGACY: {
      zh: '历史拨付',
      note: 'made before disbursements were posted to the ledger: the unit records the payment; the reconciliation matches it',
    },
  },
});
