// The statutory terms as GraphQL shows them: the contract terms a clerk sends and reads back, late
// interest, banned terms, and the enumerations of the pure rules (registered here, so that rules/
// stays free of GraphQL).
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { AgeBucket } from '../rules/ageing.js';
import { DelayExcuse, PaymentInstrument, ViolationCode } from '../rules/violations.js';

export { AgeBucket, DelayExcuse, PaymentInstrument, ViolationCode };

registerLabelledEnum(AgeBucket, {
  name: 'AgeBucket',
  description: 'Days past the statutory due date.',
  labels: {
    NOT_DUE: { zh: '未到期', note: 'not yet due, or no due date can be set' },
    UP_TO_30_DAYS: { zh: '30天以内', note: '1–30 days' },
    DAYS_31_TO_90: { zh: '31至90天', note: '31–90 days' },
    DAYS_91_TO_180: { zh: '91至180天', note: '91–180 days' },
    DAYS_181_TO_365: { zh: '181至365天', note: '181–365 days' },
    OVER_1_YEAR: { zh: '1年至3年', note: '366 days to 3 years (1095 days)' },
    OVER_3_YEARS: { zh: '3年以上', note: 'more than 3 years (over 1095 days)' },
  },
});
registerLabelledEnum(ViolationCode, {
  name: 'ViolationCode',
  description: 'A term or conduct 《保障中小企业款项支付条例》 bans.',
  labels: {
    AGENCY_TERM_OVER_60_DAYS: { zh: '机关事业单位付款期限超过60日' },
    LARGE_ENTERPRISE_TERM_OVER_60_DAYS: { zh: '大型企业付款期限超过60日' },
    PAY_WHEN_PAID: { zh: '背靠背付款条款' },
    BILLS_EXTEND_TERM: { zh: '以票据变相延长付款期限' },
    AUDIT_AS_SETTLEMENT: { zh: '以审计结果作为结算依据' },
    BANNED_EXCUSE: { zh: '以禁止理由拒绝付款' },
    UNDISPUTED_PART_WITHHELD: { zh: '扣留无争议部分' },
    AGREED_RATE_BELOW_LPR: { zh: '约定利率低于LPR' },
  },
});
registerLabelledEnum(PaymentInstrument, {
  name: 'PaymentInstrument',
  labels: {
    TRANSFER: { zh: '现金/转账' },
    COMMERCIAL_BILL: { zh: '商业汇票 (承兑汇票)' },
    RECEIVABLE_EVOUCHER: { zh: '应收账款电子凭证' },
  },
});
registerLabelledEnum(DelayExcuse, {
  name: 'DelayExcuse',
  description: 'Reasons for not paying that the regulation rejects (2020 art. 13, 2025 art. 14).',
  labels: {
    LEGAL_REPRESENTATIVE_CHANGED: { zh: '法定代表人或者主要负责人变更' },
    INTERNAL_PAYMENT_PROCESS: { zh: '履行内部付款流程' },
    AWAITING_COMPLETION_ACCEPTANCE: {
      zh: '等待竣工验收批复',
      note: '(2020) / 竣工验收备案 (2025), when the contract is silent',
    },
    AWAITING_FINAL_ACCOUNT_AUDIT: { zh: '等待决算审计', note: 'when the contract is silent' },
  },
});

/** One class for both directions: clerks send these facts, and read them back the same way. */
@ObjectType('ContractTerms', {
  description:
    'What the contract says about payment, and what the debtor gave as reasons for not paying.',
})
@InputType('ContractTermsInput')
export class ContractTermsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Payment depends on inspection/acceptance (检验验收).',
  })
  paymentOnAcceptance?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The end of the acceptance period the contract set.',
  })
  agreedAcceptanceDeadline?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Progress/periodic settlement: the day both sides confirmed the amount.',
  })
  settlementConfirmedOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The payment term the contract agreed, in days.',
  })
  agreedTermDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The agreed late-interest rate, % a year (e.g. "3.45").',
  })
  agreedAnnualRate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The one-year LPR when the contract was signed, % (e.g. "3.10").',
  })
  lprAtSigning?: string | null;

  @Field(() => PaymentInstrument, { nullable: true })
  paymentInstrument?: PaymentInstrument | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Bills or e-vouchers were used to push payment past the term.',
  })
  instrumentExtendsTerm?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The contract expressly agreed that instrument.',
  })
  instrumentAgreedInContract?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Payment is conditional on the buyer being paid by a third party (背靠背).',
  })
  payWhenPaid?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Settlement waits for the audit authority’s result.',
  })
  auditAsSettlement?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  auditSettlementInContract?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  auditSettlementRequiredByLaw?: boolean | null;

  @Field(() => [DelayExcuse], {
    nullable: true,
    description: 'Reasons the debtor gave for not paying.',
  })
  excuses?: DelayExcuse[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The contract made payment wait for completion acceptance or the final-account audit.',
  })
  contractMakesPaymentWaitForAcceptance?: boolean | null;
}

@ObjectType('LateInterest', {
  description: 'Late-payment interest to a date (2020 art. 15, 2025 art. 17).',
})
export class LateInterestView {
  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => Int, { description: 'Days it ran.' })
  days!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The agreed rate is below the one-year LPR at signing.',
  })
  agreedRateBelowLpr!: boolean | null;

  @Field(() => String)
  basis!: string;
}

@ObjectType('Violation', { description: 'A banned term or conduct, with the article.' })
export class ViolationView {
  @Field(() => ViolationCode)
  code!: ViolationCode;

  @Field(() => String, { description: 'e.g. "2025 art. 11".' })
  article!: string;

  @Field(() => String)
  message!: string;
}
