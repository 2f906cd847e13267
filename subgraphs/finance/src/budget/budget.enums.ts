// Enumerations of the finance domain, registered once for GraphQL. Values are stored as text.
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

/** Where money for clearing arrears comes from (seeds 001, 004). */
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
      description: '扣减部门预算 to pay the unit’s arrears (seed 004): adds to its clearance line',
    },
  },
});

export enum ProjectFlag {
  STARTED_BEFORE_APPROVAL = 'STARTED_BEFORE_APPROVAL',
  STARTED_WITHOUT_FUNDS = 'STARTED_WITHOUT_FUNDS',
  CONTRACTOR_PREFINANCED = 'CONTRACTOR_PREFINANCED',
  ESTIMATE_OVERRUN = 'ESTIMATE_OVERRUN',
  AUDIT_SCOPE = 'AUDIT_SCOPE',
}
registerEnumType(ProjectFlag, {
  name: 'ProjectFlag',
  valuesConfig: {
    STARTED_BEFORE_APPROVAL: { description: '未批先建 (政府投资条例 art. 34)' },
    STARTED_WITHOUT_FUNDS: {
      description: '无来源开工: started before the funds were secured (art. 20, 22)',
    },
    CONTRACTOR_PREFINANCED: {
      description: '垫资: the contractor pre-financed the works (art. 22; 2025 regulation art. 8)',
    },
    ESTIMATE_OVERRUN: {
      description: '概算超支: estimate more than 10% over the approved amount (art. 12, 23)',
    },
    AUDIT_SCOPE: { description: 'Within the audit scope (立项金额 ≥ threshold, seed 000)' },
  },
});

export enum ProjectMilestone {
  FUNDS_SECURED = 'FUNDS_SECURED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
  FINAL_ACCOUNT = 'FINAL_ACCOUNT',
}
registerEnumType(ProjectMilestone, {
  name: 'ProjectMilestone',
  valuesConfig: {
    FUNDS_SECURED: { description: '资金落实 (with proof)' },
    STARTED: { description: '开工' },
    COMPLETED: { description: '竣工' },
    ACCEPTED: { description: '竣工验收' },
    FINAL_ACCOUNT: { description: '竣工财务决算' },
  },
});

export enum DepositKind {
  BID = 'BID',
  PERFORMANCE = 'PERFORMANCE',
  QUALITY = 'QUALITY',
  MIGRANT_WAGES = 'MIGRANT_WAGES',
  OTHER = 'OTHER',
}
registerEnumType(DepositKind, {
  name: 'DepositKind',
  description: 'Only the first four are lawful in construction (2025 art. 13, 2020 art. 12).',
  valuesConfig: {
    BID: { description: '投标保证金' },
    PERFORMANCE: { description: '履约保证金' },
    QUALITY: { description: '工程质量保证金' },
    MIGRANT_WAGES: { description: '农民工工资保证金' },
    OTHER: { description: 'any other kind: not allowed' },
  },
});

export enum DepositForm {
  CASH = 'CASH',
  BANK_GUARANTEE = 'BANK_GUARANTEE',
}
registerEnumType(DepositForm, {
  name: 'DepositForm',
  valuesConfig: { CASH: { description: '现金' }, BANK_GUARANTEE: { description: '金融机构保函' } },
});

export enum RestrictionMeasure {
  CUT_GENERAL_EXPENDITURE = 'CUT_GENERAL_EXPENDITURE',
  LOWER_TRAVEL_STANDARDS = 'LOWER_TRAVEL_STANDARDS',
  RESTRICT_OVERSEAS_TRAVEL = 'RESTRICT_OVERSEAS_TRAVEL',
  BAN_GOVERNMENT_PROCUREMENT = 'BAN_GOVERNMENT_PROCUREMENT',
  CUT_NON_ESSENTIAL_SPENDING = 'CUT_NON_ESSENTIAL_SPENDING',
  OTHER = 'OTHER',
}
registerEnumType(RestrictionMeasure, {
  name: 'RestrictionMeasure',
  valuesConfig: {
    CUT_GENERAL_EXPENDITURE: { description: '压减一般性支出 (seeds 002, 003)' },
    LOWER_TRAVEL_STANDARDS: { description: '降低出行标准 (seeds 002, 003)' },
    RESTRICT_OVERSEAS_TRAVEL: { description: '严格出国出境 (seed 002)' },
    BAN_GOVERNMENT_PROCUREMENT: { description: '限制参与政府采购 (seed 003)' },
    CUT_NON_ESSENTIAL_SPENDING: { description: '压缩非刚性支出 (seed 004)' },
    OTHER: { description: '其他' },
  },
});

export enum RestrictionStatus {
  ACTIVE = 'ACTIVE',
  LIFTED = 'LIFTED',
}
registerEnumType(RestrictionStatus, { name: 'RestrictionStatus' });
