// Enumerations of government investment projects and their deposits, registered once for
// GraphQL. Values are stored as text. ProjectFlag is defined with its rules (rules/project-flags.ts).
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { ProjectFlag } from '../rules/project-flags.js';

export { ProjectFlag };

registerLabelledEnum(ProjectFlag, {
  name: 'ProjectFlag',
  labels: {
    STARTED_BEFORE_APPROVAL: { zh: '未批先建', note: '(政府投资条例 art. 34)' },
    STARTED_WITHOUT_FUNDS: {
      zh: '无来源开工',
      note: 'started before the funds were secured (art. 20, 22)',
    },
    CONTRACTOR_PREFINANCED: {
      zh: '施工单位垫资',
      note: '垫资: the contractor pre-financed the works (art. 22; 2025 regulation art. 8)',
    },
    ESTIMATE_OVERRUN: {
      zh: '概算超支',
      note: 'estimate more than 10% over the approved amount (art. 12, 23)',
    },
    AUDIT_SCOPE: {
      zh: '纳入审计范围',
      note: 'Within the audit scope (立项金额 ≥ threshold, the Ejin Horo programme, docs/programmes.md)',
    },
  },
});

export enum ProjectMilestone {
  FUNDS_SECURED = 'FUNDS_SECURED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
  FINAL_ACCOUNT = 'FINAL_ACCOUNT',
}
registerLabelledEnum(ProjectMilestone, {
  name: 'ProjectMilestone',
  labels: {
    FUNDS_SECURED: { zh: '资金落实', note: '(with proof)' },
    STARTED: { zh: '开工' },
    COMPLETED: { zh: '竣工' },
    ACCEPTED: { zh: '竣工验收' },
    FINAL_ACCOUNT: { zh: '竣工财务决算' },
  },
});

export enum DepositKind {
  BID = 'BID',
  PERFORMANCE = 'PERFORMANCE',
  QUALITY = 'QUALITY',
  MIGRANT_WAGES = 'MIGRANT_WAGES',
  OTHER = 'OTHER',
}
registerLabelledEnum(DepositKind, {
  name: 'DepositKind',
  description: 'Only the first four are lawful in construction (2025 art. 13, 2020 art. 12).',
  labels: {
    BID: { zh: '投标保证金' },
    PERFORMANCE: { zh: '履约保证金' },
    QUALITY: { zh: '工程质量保证金' },
    MIGRANT_WAGES: { zh: '农民工工资保证金' },
    OTHER: { zh: '其他', note: 'any other kind: not allowed' },
  },
});

export enum DepositForm {
  CASH = 'CASH',
  BANK_GUARANTEE = 'BANK_GUARANTEE',
}
registerLabelledEnum(DepositForm, {
  name: 'DepositForm',
  labels: {
    CASH: { zh: '现金' },
    BANK_GUARANTEE: { zh: '金融机构保函' },
  },
});
