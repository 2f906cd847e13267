// The enumerations of monthly reports and campaign deadlines, registered once for GraphQL.
import { registerEnumType } from 'type-graphql';

export enum LedgerReportKind {
  REGULAR = 'REGULAR',
  NIL = 'NIL',
  ZEROING = 'ZEROING',
}
registerEnumType(LedgerReportKind, {
  name: 'LedgerReportKind',
  description: 'What a monthly submission is (the Dalad programme, docs/programmes.md).',
  valuesConfig: {
    REGULAR: { description: '台账及还款计划' },
    NIL: { description: '不涉及: the unit owes nothing (函告)' },
    ZEROING: {
      description:
        '阶段性清零: everything is paid; monthly reporting pauses until a new debt appears',
    },
  },
});

export enum CampaignDeadlineKind {
  LEDGER_SUBMITTED = 'LEDGER_SUBMITTED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  ALL_REPAID = 'ALL_REPAID',
}
registerEnumType(CampaignDeadlineKind, {
  name: 'CampaignDeadlineKind',
  description:
    'What a campaign deadline demands of each unit (the Wutaishan and Ye County programmes, docs/programmes.md).',
  valuesConfig: {
    LEDGER_SUBMITTED: { description: 'the ledger (or a nil return) submitted by the date' },
    AGREEMENT_SIGNED: {
      description: 'a repayment agreement/plan signed by the date for every debt not yet paid',
    },
    ALL_REPAID: { description: 'every debt registered by the date paid off by the date' },
  },
});
