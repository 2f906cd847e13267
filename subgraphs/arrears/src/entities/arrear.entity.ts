import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { ArrearSource, ArrearStatus, ContractSubject } from './enums.js';

// @key(id): finance (disbursements) and supervision (findings, cases) attach their records to a debt.
@Directive('@key(fields: "id")')
@ObjectType('Arrear', { description: 'One debt owed under one contract: a line of the ledger (台账), with its own file (一笔账一档案).' })
@Entity({ tableName: 'arrear' })
// The last line of defence for money: whatever a resolver does, paid stays within 0..amountDue.
@Check({ name: 'arrear_amounts_valid', expression: 'amount_due > 0 and paid >= 0 and paid <= amount_due' })
@Unique({ name: 'arrear_debtor_creditor_contract_unique', properties: ['debtorId', 'creditorId', 'contractNo'] })
export class Arrear {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Organisation id in the organisations subgraph (a plain id: never a foreign key across bureaus). */
  @Index()
  @Property({ type: 'uuid' })
  debtorId!: string;

  /** Organisation id in the organisations subgraph. */
  @Index()
  @Property({ type: 'uuid' })
  creditorId!: string;

  /** Project id in the finance subgraph (政府投资项目), when the debt arose on one. A plain id. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Field(() => String, { description: 'Contract number as written on the contract.' })
  @Property({ type: 'string', length: 100 })
  contractNo!: string;

  @Field(() => DateScalar, { description: 'Signing date: it decides which regulation applies and the creditor’s size class.' })
  @Property({ type: 'date' })
  contractSignedOn!: string;

  @Field(() => ContractSubject)
  @Enum({ items: () => ContractSubject })
  subject!: ContractSubject;

  @Field(() => MoneyScalar, { description: 'Amount payable under the contract (应付金额).' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amountDue!: string;

  @Field(() => MoneyScalar, { description: 'Paid so far (已付金额).' })
  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  paid: string = '0.00';

  /** amount_due − paid, kept by PostgreSQL so that lists can sort and filter on it. */
  @Field(() => MoneyScalar, { description: 'Still owed (欠款余额) = amountDue − paid.' })
  @Property({ type: 'decimal', precision: 18, scale: 2, generated: '(amount_due - paid) stored' })
  outstanding!: string;

  @Field(() => DateScalar, { nullable: true, description: '交付日期: the payment term runs from here by default.' })
  @Property({ type: 'date', nullable: true })
  deliveredOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '验收日期, where payment depends on acceptance.' })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string | null;

  @Field(() => String, { nullable: true, description: '成因: why it is unpaid.' })
  @Property({ type: 'text', nullable: true })
  cause?: string | null;

  @Field(() => Boolean, { description: '有分歧: the parties disagree about (part of) the amount.' })
  @Property({ type: 'boolean', default: false })
  disputed: boolean = false;

  @Field(() => Boolean, { description: 'In court or arbitration: left out of the ledger totals.' })
  @Property({ type: 'boolean', default: false })
  inJudicialProcess: boolean = false;

  @Field(() => ArrearStatus)
  @Index()
  @Enum({ items: () => ArrearStatus, default: ArrearStatus.REGISTERED })
  status: ArrearStatus = ArrearStatus.REGISTERED;

  @Field(() => ArrearSource)
  @Enum({ items: () => ArrearSource, default: ArrearSource.SELF_INSPECTION })
  source: ArrearSource = ArrearSource.SELF_INSPECTION;

  @Field(() => String, { description: 'Viewer id of whoever registered it.' })
  @Property({ type: 'string', length: 200 })
  registeredBy!: string;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date, { description: 'When it entered the ledger.' })
  @Index()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  registeredAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
