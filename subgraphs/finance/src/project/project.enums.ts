// Enumerations of government investment projects and their deposits, registered once for
// GraphQL. Values are stored as text. ProjectFlag is defined with its rules (rules/project-flags.ts).
import { registerEnumType } from 'type-graphql';
import { ProjectFlag } from '../rules/project-flags.js';

export { ProjectFlag };

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
    AUDIT_SCOPE: {
      description:
        'Within the audit scope (立项金额 ≥ threshold, the Ejin Horo programme, docs/programmes.md)',
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
