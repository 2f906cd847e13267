// The enumerations of repayment plans and payments, registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum PaymentMethod {
  TRANSFER = 'TRANSFER',
  ACCEPTANCE_BILL = 'ACCEPTANCE_BILL',
  OFFSET = 'OFFSET',
  ASSET = 'ASSET',
}
registerLabelledEnum(PaymentMethod, {
  name: 'PaymentMethod',
  labels: {
    TRANSFER: { zh: '转账', note: '(bank transfer)' },
    ACCEPTANCE_BILL: {
      zh: '承兑汇票',
      note: 'only where the contract allowed it; using bills to extend terms is banned (2025 art. 11)',
    },
    OFFSET: { zh: '抵账 / 债务抵销' },
    ASSET: { zh: '以资抵债', note: '(assets in kind)' },
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
registerLabelledEnum(RepaymentFundingSource, {
  name: 'RepaymentFundingSource',
  description:
    'Where the money for a repayment plan comes from (the Dalad and Ye County programmes, docs/programmes.md).',
  labels: {
    FISCAL_FUNDS: { zh: '财政资金 (先民生、后一般)' },
    TAX_ARREARS_RECOVERED: { zh: '清欠税费' },
    STATE_ASSET_DISPOSAL: { zh: '盘活国有资产 / 资产处置' },
    SPECIAL_BONDS: { zh: '专项债券' },
    OWN_FUNDS: { zh: '单位自有资金' },
    BUDGET_DEDUCTION: { zh: '扣减部门预算', note: '(the Ye County programme)' },
    OTHER: { zh: '其他' },
  },
});

export enum RepaymentPlanStatus {
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}
registerLabelledEnum(RepaymentPlanStatus, {
  name: 'RepaymentPlanStatus',
  description: 'A revision replaces the active plan; the old one is kept as SUPERSEDED.',
  labels: {
    ACTIVE: { zh: '执行中' },
    SUPERSEDED: { zh: '已被替代' },
  },
});
