// The payment-performance register's enumerations (docs/domain/payment-statistics.md), registered
// once for GraphQL.
import { registerEnumType } from 'type-graphql';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum PaymentReportStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PaymentReportStatus, { name: 'PaymentReportStatus' });

/** Like disclosures: reviewed drafts may go back to DRAFT to be regenerated; a published one is final. */
export const PAYMENT_REPORT_TRANSITIONS: Transitions<PaymentReportStatus> = {
  DRAFT: [PaymentReportStatus.REVIEWED],
  REVIEWED: [PaymentReportStatus.PUBLISHED, PaymentReportStatus.DRAFT],
  PUBLISHED: [],
};

export enum PaymentReportSubject {
  UNIT = 'UNIT',
  REGION = 'REGION',
}
registerEnumType(PaymentReportSubject, {
  name: 'PaymentReportSubject',
  valuesConfig: {
    UNIT: { description: 'one debtor unit' },
    REGION: { description: 'every debtor unit of a region and the regions below it' },
  },
});
