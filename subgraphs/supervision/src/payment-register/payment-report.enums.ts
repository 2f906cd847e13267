// The payment-performance register's enumerations (docs/domain/payment-statistics.md), registered
// once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum PaymentReportStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}
registerLabelledEnum(PaymentReportStatus, {
  name: 'PaymentReportStatus',
  labels: {
    DRAFT: { zh: '草稿' },
    REVIEWED: { zh: '已审核' },
    PUBLISHED: { zh: '已公开' },
  },
});

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
registerLabelledEnum(PaymentReportSubject, {
  name: 'PaymentReportSubject',
  labels: {
    UNIT: { zh: '单位', note: 'one debtor unit' },
    REGION: { zh: '地区', note: 'every debtor unit of a region and the regions below it' },
  },
});
