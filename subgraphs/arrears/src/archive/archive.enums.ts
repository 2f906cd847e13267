// What a document in a debt's archive is, registered once for GraphQL.
import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  CONTRACT = 'CONTRACT',
  INVOICE = 'INVOICE',
  ACCEPTANCE_RECORD = 'ACCEPTANCE_RECORD',
  PAYMENT_VOUCHER = 'PAYMENT_VOUCHER',
  REPAYMENT_PLAN = 'REPAYMENT_PLAN',
  AGREEMENT = 'AGREEMENT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: '一笔账一档案: what a document in a debt’s file is.',
  valuesConfig: {
    CONTRACT: { description: '合同协议' },
    INVOICE: { description: '发票' },
    ACCEPTANCE_RECORD: { description: '验收记录' },
    PAYMENT_VOUCHER: { description: '支付凭证' },
    REPAYMENT_PLAN: { description: '还款计划' },
    AGREEMENT: { description: '还款协议 / 和解协议' },
    OTHER: { description: '其他' },
  },
});
