import { Field, ID, InputType, ObjectType } from 'type-graphql';
import {
  connectionType,
  DateScalar,
  MoneyScalar,
  registerLabelledEnum,
  SortDirection,
  UnitRef,
} from '@arrears-hub/subgraph-kit';
import { OrganisationKind } from '../external/organisation-kind.js';
import { ArrearSource, ArrearStatus, ContractSubject, SizeAtSigning } from './arrear.enums.js';
import { Arrear } from './arrear.entity.js';
import type { Registration } from './registration.js';
import { AgeBucket, ContractTermsInput } from './statutory-terms.types.js';

export const ArrearConnection = connectionType(Arrear, 'Arrear');

@ObjectType('LedgerSum', {
  description: 'Totals over every row of a list (all pages), as decimal strings.',
})
export class LedgerSum {
  @Field(() => MoneyScalar)
  amountDue!: string;

  @Field(() => MoneyScalar)
  paid!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

@InputType({ description: 'A debt as the debtor unit’s ledger records it.' })
export class RegisterArrearInput implements Registration {
  // Nullable since issue 18: the debtor may be named by `debtor` instead, or left out by a clerk
  // whose token names its unit. After @UnitRefs the resolver always sees an id here, or refuses.
  @Field(() => ID, {
    nullable: true,
    description:
      'The unit that owes (Organisation id). Or name it by `debtor`; left out by a BUREAU clerk, the clerk’s own unit.',
  })
  debtorId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit that owes, by id, credit code or name (instead of debtorId).',
  })
  debtor?: UnitRef | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The enterprise that is owed (Organisation id). Or name it by `creditor`.',
  })
  creditorId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The enterprise that is owed, by id, credit code or name (instead of creditorId).',
  })
  creditor?: UnitRef | null;

  @Field(() => String)
  contractNo!: string;

  @Field(() => DateScalar)
  contractSignedOn!: string;

  @Field(() => ContractSubject)
  subject!: ContractSubject;

  @Field(() => MoneyScalar, { description: 'Amount payable under the contract; more than zero.' })
  amountDue!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Already paid when the debt is first recorded (default 0).',
  })
  paidSoFar?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The part of amountDue owed for migrant workers’ wages (农民工工资).',
  })
  migrantWagesAmount?: string | null;

  @Field(() => DateScalar, { nullable: true })
  deliveredOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  acceptedOn?: string | null;

  @Field(() => String, { nullable: true, description: '成因, at most 1000 characters.' })
  cause?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The government investment project (finance subgraph) the debt arose on.',
  })
  projectId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '项目名称 as the ledger line states it (at most 200 characters).',
  })
  projectName?: string | null;

  @Field(() => ContractTermsInput, {
    nullable: true,
    description: 'Payment terms: they decide the statutory due date and the banned-term flags.',
  })
  terms?: ContractTermsInput | null;

  @Field(() => SizeAtSigning, {
    nullable: true,
    description:
      'The creditor’s size class when the contract was signed, as declared (flagged for checking). Left out, the registry’s size facts dated on or before the signing decide; they also win over a declaration that contradicts them.',
  })
  creditorSizeAtSigning?: SizeAtSigning | null;

  @Field(() => Boolean, { defaultValue: false })
  disputed: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Already in court or arbitration.' })
  inJudicialProcess: boolean = false;

  @Field(() => ArrearSource, { defaultValue: ArrearSource.SELF_INSPECTION })
  source: ArrearSource = ArrearSource.SELF_INSPECTION;
}

/** The longest search text (a contract number holds at most 100 characters). */
export const SEARCH_MAX_LENGTH = 100;

export enum MissingDocument {
  CONTRACT = 'CONTRACT',
  PAYMENT_VOUCHER = 'PAYMENT_VOUCHER',
}
registerLabelledEnum(MissingDocument, {
  name: 'MissingDocument',
  description: 'What a debt’s file (一笔账一档案) can lack, for ArrearFilter.documentsMissing.',
  labels: {
    CONTRACT: {
      zh: '缺合同',
      en: 'No contract',
      note: 'No document of kind CONTRACT in the debt’s archive (Arrear.documents).',
    },
    PAYMENT_VOUCHER: {
      zh: '缺支付凭证',
      en: 'No payment voucher',
      note: 'A payment recorded by the unit (Payment.disbursementId null) without a voucher number (Payment.voucherNo null). A voucher filed in the archive (PAYMENT_VOUCHER document) names no payment, so it does not count for one.',
    },
  },
});

@InputType()
export class ArrearFilter {
  @Field(() => [ID], { nullable: true, description: 'Debtor units (at most 500).' })
  debtorIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Creditor enterprises (at most 500).' })
  creditorIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Government investment projects (at most 500).',
  })
  projectIds?: string[] | null;

  @Field(() => [ArrearStatus], { nullable: true })
  statuses?: ArrearStatus[] | null;

  @Field(() => [ContractSubject], { nullable: true })
  subjects?: ContractSubject[] | null;

  @Field(() => [ArrearSource], { nullable: true })
  sources?: ArrearSource[] | null;

  @Field(() => Boolean, { nullable: true })
  disputed?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  inJudicialProcess?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Contracts signed on or after this date.',
  })
  signedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Contracts signed on or before this date.',
  })
  signedTo?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Outstanding at least this much.' })
  minOutstanding?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only debts with something outstanding; false: only settled ones.',
  })
  hasOutstanding?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only debts past their statutory due date on this day with something outstanding.',
  })
  overdueOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: a repayment plan was agreed; false: none yet.',
  })
  hasRepaymentPlan?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Debts of debtor units in this region or any region below it (the debtor’s place in the region tree as the registry has it now). An unknown code is refused.',
  })
  regionCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With regionCode, true: only debts of debtor units placed in that region itself (本级: its own departments and institutions), not in a region below it. Refused without regionCode.',
  })
  regionOwnLevel?: boolean | null;

  @Field(() => [OrganisationKind], {
    nullable: true,
    description:
      'Debts of debtor units of these kinds, as the registry classes them now (not the kind at registration, `Arrear.debtorKind`).',
  })
  debtorKinds?: OrganisationKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Debts whose contract number contains the text (ignoring case, full-width forms and spacing as the hub normalises identifiers), whose creditor’s name contains it (ignoring whitespace), or whose creditor’s 统一社会信用代码 is it exactly. 1–${SEARCH_MAX_LENGTH} characters; empty is refused.`,
  })
  search?: string | null;

  @Field(() => [AgeBucket], {
    nullable: true,
    description:
      '账龄 today (China time, the hub’s clock): debts in any of these buckets, as `Arrear.ageBucket` without asOf gives them. NOT_DUE holds debts not past their due date, without one, or with nothing outstanding.',
  })
  ageBuckets?: AgeBucket[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: debts whose active repayment plan is in default today — an instalment not covered by the payments made since the plan was agreed is more than the grace period late (HUB_PLAN_DEFAULT_GRACE_DAYS, 15 days by default; the rule of the daily repayment watch that opens a PLAN_DEFAULT case), the debt neither cleared, withdrawn nor in court. false: every other debt.',
  })
  planInDefault?: boolean | null;

  @Field(() => [MissingDocument], {
    nullable: true,
    description:
      'Debts whose file (一笔账一档案) lacks any of these: CONTRACT, no document of kind CONTRACT attached; PAYMENT_VOUCHER, a payment the unit recorded itself (not a finance disbursement) without a voucher number.',
  })
  documentsMissing?: MissingDocument[] | null;
}

export enum ArrearOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  CONTRACT_SIGNED_ON = 'CONTRACT_SIGNED_ON',
  AMOUNT_DUE = 'AMOUNT_DUE',
  OUTSTANDING = 'OUTSTANDING',
  STATUTORY_DUE_ON = 'STATUTORY_DUE_ON',
  OVERDUE_DAYS = 'OVERDUE_DAYS',
}

/**
 * The entity property each order sorts on (GraphQL enums keep their names as values), and whether
 * it runs against the order asked for. Every property is non-null (a keyset cursor cannot step
 * past a null) and indexed as (property, id). OVERDUE_DAYS sorts on the day overdue days count
 * from (`overdueSince`), the other way round: more days overdue is an earlier day.
 */
export const ARREAR_ORDER_PROPERTY: Readonly<
  Record<ArrearOrderField, { property: string; reversed?: boolean }>
> = {
  REGISTERED_AT: { property: 'registeredAt' },
  CONTRACT_SIGNED_ON: { property: 'contractSignedOn' },
  AMOUNT_DUE: { property: 'amountDue' },
  OUTSTANDING: { property: 'outstanding' },
  STATUTORY_DUE_ON: { property: 'dueOnOrLast' },
  OVERDUE_DAYS: { property: 'overdueSince', reversed: true },
};
registerLabelledEnum(ArrearOrderField, {
  name: 'ArrearOrderField',
  labels: {
    REGISTERED_AT: { zh: '登记时间' },
    CONTRACT_SIGNED_ON: { zh: '合同签订日期' },
    AMOUNT_DUE: { zh: '应付金额' },
    OUTSTANDING: { zh: '欠款余额' },
    STATUTORY_DUE_ON: {
      zh: '法定付款期限',
      note: 'The statutory due date; debts without one come last (ASC).',
    },
    OVERDUE_DAYS: {
      zh: '逾期天数',
      en: 'Days overdue',
      note: 'Days overdue today (`Arrear.overdueDays`); debts not overdue (0 days) come first (ASC).',
    },
  },
});

@InputType()
export class ArrearOrder {
  @Field(() => ArrearOrderField, { defaultValue: ArrearOrderField.REGISTERED_AT })
  field: ArrearOrderField = ArrearOrderField.REGISTERED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
