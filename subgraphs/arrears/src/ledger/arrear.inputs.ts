import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import {
  connectionType,
  DateScalar,
  MoneyScalar,
  SortDirection,
  UnitRef,
} from '@arrears-hub/subgraph-kit';
import { ArrearSource, ArrearStatus, ContractSubject, SizeAtSigning } from './arrear.enums.js';
import { Arrear } from './arrear.entity.js';
import type { Registration } from './registration.js';
import { ContractTermsInput } from './statutory-terms.types.js';

export const ArrearConnection = connectionType(Arrear, 'Arrear');

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
}

export enum ArrearOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  CONTRACT_SIGNED_ON = 'CONTRACT_SIGNED_ON',
  AMOUNT_DUE = 'AMOUNT_DUE',
  OUTSTANDING = 'OUTSTANDING',
  STATUTORY_DUE_ON = 'STATUTORY_DUE_ON',
}

/** The entity property each order sorts on (GraphQL enums keep their names as values). */
export const ARREAR_ORDER_PROPERTY: Readonly<Record<ArrearOrderField, string>> = {
  REGISTERED_AT: 'registeredAt',
  CONTRACT_SIGNED_ON: 'contractSignedOn',
  AMOUNT_DUE: 'amountDue',
  OUTSTANDING: 'outstanding',
  STATUTORY_DUE_ON: 'statutoryDueOn',
};
registerEnumType(ArrearOrderField, { name: 'ArrearOrderField' });

@InputType()
export class ArrearOrder {
  @Field(() => ArrearOrderField, { defaultValue: ArrearOrderField.REGISTERED_AT })
  field: ArrearOrderField = ArrearOrderField.REGISTERED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
