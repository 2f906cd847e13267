// The inspection aggregate's enumeration, registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum InspectionItem {
  LEDGER_ACCURACY = 'LEDGER_ACCURACY',
  PLAN_EXECUTION = 'PLAN_EXECUTION',
  FISCAL_FUNDS_USE = 'FISCAL_FUNDS_USE',
  ASSET_DISPOSAL = 'ASSET_DISPOSAL',
  PROJECT_APPROVAL = 'PROJECT_APPROVAL',
}
registerLabelledEnum(InspectionItem, {
  name: 'InspectionItem',
  description:
    'What the monthly inspection of the 监督执纪组 checks (the Dalad programme, docs/programmes.md).',
  labels: {
    LEDGER_ACCURACY: { zh: '台账准确性' },
    PLAN_EXECUTION: { zh: '还款计划执行' },
    FISCAL_FUNDS_USE: { zh: '财政资金使用' },
    ASSET_DISPOSAL: { zh: '资产处置' },
    PROJECT_APPROVAL: { zh: '项目审批合规' },
  },
});
