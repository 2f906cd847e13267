// The enumerations of repayment plans and payments, registered once for GraphQL.
import { registerEnumType } from 'type-graphql';

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
  description:
    'Where the money for a repayment plan comes from (the Dalad and Ye County programmes, docs/programmes.md).',
  valuesConfig: {
    FISCAL_FUNDS: { description: '财政资金 (先民生、后一般)' },
    TAX_ARREARS_RECOVERED: { description: '清欠税费' },
    STATE_ASSET_DISPOSAL: { description: '盘活国有资产 / 资产处置' },
    SPECIAL_BONDS: { description: '专项债券' },
    OWN_FUNDS: { description: '单位自有资金' },
    BUDGET_DEDUCTION: { description: '扣减部门预算 (the Ye County programme)' },
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
