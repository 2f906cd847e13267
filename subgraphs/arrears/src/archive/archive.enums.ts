// What a document in a debt's archive is, registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum DocumentKind {
  CONTRACT = 'CONTRACT',
  INVOICE = 'INVOICE',
  ACCEPTANCE_RECORD = 'ACCEPTANCE_RECORD',
  PAYMENT_VOUCHER = 'PAYMENT_VOUCHER',
  REPAYMENT_PLAN = 'REPAYMENT_PLAN',
  AGREEMENT = 'AGREEMENT',
  OTHER = 'OTHER',
}
registerLabelledEnum(DocumentKind, {
  name: 'DocumentKind',
  description: '一笔账一档案: what a document in a debt’s file is.',
  labels: {
    CONTRACT: { zh: '合同协议' },
    INVOICE: { zh: '发票' },
    ACCEPTANCE_RECORD: { zh: '验收记录' },
    PAYMENT_VOUCHER: { zh: '支付凭证' },
    REPAYMENT_PLAN: { zh: '还款计划' },
    AGREEMENT: { zh: '还款协议 / 和解协议' },
    OTHER: { zh: '其他' },
  },
});
