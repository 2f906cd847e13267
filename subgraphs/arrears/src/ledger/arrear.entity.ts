import {
  Check,
  Entity,
  Enum,
  Index,
  PrimaryKey,
  Property,
  Trigger,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, enterprise, MoneyScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import type { ContractTermsData } from '../rules/contract-terms.js';
import {
  ArrearSource,
  ArrearStatus,
  ContractSubject,
  SizeAtSigning,
  SizeAtSigningSource,
} from './arrear.enums.js';
import { rollupTrigger } from '../rollup/rollup-trigger.js';

// @key(id): finance (disbursements) and supervision (findings, cases) attach their records to a debt.
@Directive('@key(fields: "id")')
@ObjectType('Arrear', {
  description:
    'One debt owed under one contract: a line of the ledger (台账), with its own file (一笔账一档案).',
})
@Entity({ tableName: 'arrear' })
// The last line of defence for money: whatever a resolver does, paid stays within 0..amountDue.
@Check({
  name: 'arrear_amounts_valid',
  expression: 'amount_due > 0 and paid >= 0 and paid <= amount_due',
})
@Check({
  name: 'arrear_parts_valid',
  expression:
    'migrant_wages_amount >= 0 and migrant_wages_amount <= amount_due and migrant_wages_paid >= 0 and migrant_wages_paid <= migrant_wages_amount and (disputed_amount is null or (disputed_amount > 0 and disputed_amount <= amount_due))',
})
@Unique({
  name: 'arrear_debtor_creditor_contract_unique',
  properties: ['debtorId', 'creditorId', 'contractNo'],
})
// Ledger pages (arrears(filter, orderBy), a unit's arrearsOwed / arrearsClaimed) read one index
// range: every order is (column, id), the keyset cursor's own order, and the parent lists lead with
// their parent. The partial indexes serve the filters that pick a few rows out of many.
@Index({ name: 'arrear_debtor_registered_index', properties: ['debtorId', 'registeredAt', 'id'] })
@Index({
  name: 'arrear_creditor_registered_index',
  properties: ['creditorId', 'registeredAt', 'id'],
})
@Index({ name: 'arrear_registered_at_id_index', properties: ['registeredAt', 'id'] })
@Index({ name: 'arrear_contract_signed_on_id_index', properties: ['contractSignedOn', 'id'] })
@Index({ name: 'arrear_amount_due_id_index', properties: ['amountDue', 'id'] })
@Index({ name: 'arrear_outstanding_id_index', properties: ['outstanding', 'id'] })
@Index({ name: 'arrear_statutory_due_on_id_index', properties: ['statutoryDueOn', 'id'] })
// orderBy STATUTORY_DUE_ON and OVERDUE_DAYS sort on these never-null keys (see the columns).
@Index({ name: 'arrear_due_on_or_last_id_index', properties: ['dueOnOrLast', 'id'] })
@Index({ name: 'arrear_overdue_since_id_index', properties: ['overdueSince', 'id'] })
// The search (ArrearFilter.search): contains on the contract number and the creditor's name, on
// trigram indexes (pg_trgm, created by migration Migration20261202035832_ledger_slicing).
@Index({
  name: 'arrear_contract_no_trgm_index',
  expression:
    'create index "arrear_contract_no_trgm_index" on "arrear" using gin ("contract_no" gin_trgm_ops)',
})
@Index({
  name: 'arrear_creditor_name_key_trgm_index',
  expression:
    'create index "arrear_creditor_name_key_trgm_index" on "arrear" using gin ("creditor_name_key" gin_trgm_ops)',
})
@Index({
  name: 'arrear_overdue_index',
  expression:
    'create index "arrear_overdue_index" on "arrear" ("statutory_due_on", "registered_at", "id") where "outstanding" > 0',
})
// Counting the overdue lines of some statuses (a page's totalCount) reads this index only.
@Index({
  name: 'arrear_status_overdue_index',
  expression:
    'create index "arrear_status_overdue_index" on "arrear" ("status", "statutory_due_on") where "outstanding" > 0',
})
@Index({
  name: 'arrear_disputed_index',
  expression:
    'create index "arrear_disputed_index" on "arrear" ("registered_at", "id") where "disputed"',
})
@Index({
  name: 'arrear_in_judicial_process_index',
  expression:
    'create index "arrear_in_judicial_process_index" on "arrear" ("registered_at", "id") where "in_judicial_process"',
})
@Index({
  name: 'arrear_has_repayment_plan_index',
  expression:
    'create index "arrear_has_repayment_plan_index" on "arrear" ("registered_at", "id") where "has_repayment_plan"',
})
// The rollup's triggers (rollup/, migration Migration20261201212024_ledger_rollups): after every
// statement that inserts, updates or deletes lines, ledger_rollup_on_arrear() adds the new rows'
// contribution to their debtors' totals and takes the old rows' away, in the same transaction.
// Declared here, as the audit trail's trigger is, so that the schema diff keeps them; the function
// itself is written in the migration.
@Trigger({
  name: 'ledger_rollup_arrear_insert',
  timing: 'after',
  events: ['insert'],
  forEach: 'statement',
  expression:
    'create trigger ledger_rollup_arrear_insert after insert on arrear referencing new table as new_rows for each statement execute function ledger_rollup_on_arrear()',
})
@Trigger({
  name: 'ledger_rollup_arrear_update',
  timing: 'after',
  events: ['update'],
  forEach: 'statement',
  expression:
    'create trigger ledger_rollup_arrear_update after update on arrear referencing old table as old_rows new table as new_rows for each statement execute function ledger_rollup_on_arrear()',
})
@Trigger({
  name: 'ledger_rollup_arrear_delete',
  timing: 'after',
  events: ['delete'],
  forEach: 'statement',
  expression:
    'create trigger ledger_rollup_arrear_delete after delete on arrear referencing old table as old_rows for each statement execute function ledger_rollup_on_arrear()',
})
// A change of a line's term start, due date, withdrawal, dispute flag or place moves its payments
// in the payment-times histogram (migration Migration20261202133702_region_payment_days).
@Trigger(
  rollupTrigger(
    'arrear',
    'ledger_rollup_z_days_arrear_update',
    'update',
    'ledger_region_payment_days_on_arrear',
  ),
)
export class Arrear {
  /** Columns with defaults, the generated `outstanding` and the version: not required to create. */
  [OptionalProps]?:
    | 'paid'
    | 'outstanding'
    | 'overdueSince'
    | 'dueOnOrLast'
    | 'creditorNameKey'
    | 'migrantWagesAmount'
    | 'migrantWagesPaid'
    | 'hasRepaymentPlan'
    | 'disputed'
    | 'inJudicialProcess'
    | 'status'
    | 'source'
    | 'version'
    | 'registeredAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Organisation id in the organisations subgraph (a plain id: never a foreign key across bureaus). */
  @Property({ type: 'uuid' })
  debtorId!: string;

  /**
   * The debtor's place in the region tree ("/150000/150600/150621/…/"), from the unit directory when
   * the line is written, and kept in step when the unit moves (rollup/debtor-places.ts, on each
   * reload of the directory). A region's lines are one index range (collation "C": byte order), and
   * the rollup's triggers carry it to the debtor's totals.
   */
  @Index({ name: 'arrear_debtor_region_path_index' })
  @Property({ type: 'string', length: 255, collation: 'C', default: '' })
  debtorRegionPath!: string;

  /**
   * The debtor unit's kind in the registry now (OrganisationKind), for lists sliced by kind
   * (`ArrearFilter.debtorKinds`). Kept in step with the registry like the region path
   * (rollup/debtor-places.ts). Not `debtorKind`: that is the kind at registration, which the
   * statutory payment term was decided by and which must not change when the unit is re-classed.
   */
  @Index({ name: 'arrear_debtor_unit_kind_index' })
  @Property({ type: 'string', length: 40, nullable: true })
  debtorUnitKind?: string | null;

  /** Organisation id in the organisations subgraph. */
  @Property({ type: 'uuid' })
  creditorId!: string;

  /**
   * The creditor's name as the registry has it now, in its matching form (`nameKey`: NFKC, no
   * whitespace), for the ledger's search: a contains match on a trigram index here rather than a
   * list of matching ids from the registry (which for "公司" is every enterprise). Kept in step with
   * the registry on each reload of the unit directory (rollup/debtor-places.ts).
   */
  @Property({ type: 'text', default: '' })
  creditorNameKey: string = '';

  /** The creditor's 统一社会信用代码 as the registry has it now (normalised), kept in step like the
   * name: the search matches a credit code exactly (index arrear_creditor_credit_code_index). */
  @Index({ name: 'arrear_creditor_credit_code_index' })
  @Property({ type: 'string', length: 18, nullable: true })
  creditorCreditCode?: string | null;

  /** The debtor's kind (organisations subgraph) when the debt was registered: the statutory payment
   * term depends on it (agency / public institution / large enterprise). */
  @Field(() => String, {
    nullable: true,
    description:
      'The debtor’s OrganisationKind when the debt was registered (the payment term depends on it).',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  debtorKind?: string | null;

  /** Project id in the finance subgraph (政府投资项目), when the debt arose on one. A plain id. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '项目名称: the project the debt arose on, as the ledger line states it.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  projectName?: string | null;

  @Field(() => String, { description: 'Contract number as written on the contract.' })
  @Property({ type: 'string', length: 100 })
  contractNo!: string;

  @Field(() => DateScalar, {
    description: 'Signing date: it decides which regulation applies and the creditor’s size class.',
  })
  @Property({ type: 'date' })
  contractSignedOn!: string;

  @Field(() => ContractSubject)
  @Index()
  @Enum({ items: () => ContractSubject })
  subject!: ContractSubject;

  /** Required at every creation site (no default): rules/creditor-size.ts decides it from the
   * registry's size facts as at the signing date, or from a declaration (flagged). */
  @Field(() => SizeAtSigning, {
    description:
      '企业规模: the creditor’s size class when the contract was signed (2025 arts. 2–3). LARGE: the regulation’s terms do not apply, the contract’s do.',
  })
  @Enum({ items: () => SizeAtSigning })
  creditorSizeAtSigning!: SizeAtSigning;

  @Field(() => SizeAtSigningSource, {
    description: 'Where creditorSizeAtSigning came from; every source but SIZE_FACTS is flagged.',
  })
  @Enum({ items: () => SizeAtSigningSource })
  creditorSizeSource!: SizeAtSigningSource;

  @Field(() => String, { description: 'How creditorSizeAtSigning was decided.' })
  @Property({ type: 'text' })
  creditorSizeBasis!: string;

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

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'The part of amountDue the parties disagree on; the rest is undisputed and must still be paid (2025 art. 15).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  disputedAmount?: string | null;

  @Field(() => MoneyScalar, {
    description: 'The part of amountDue owed for migrant workers’ wages (农民工工资); paid first.',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  migrantWagesAmount: string = '0.00';

  @Field(() => MoneyScalar, { description: 'Paid so far towards the migrant workers’ wages part.' })
  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  migrantWagesPaid: string = '0.00';

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the debt was verified against contracts and vouchers (核实).',
  })
  @Property({ type: 'date', nullable: true })
  verifiedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the verification rests on (contract, acceptance record, voucher numbers …).',
  })
  @Property({ type: 'text', nullable: true })
  verificationEvidence?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Court or arbitration body and case number, once transferred.',
  })
  @Property({ type: 'text', nullable: true })
  judicialReference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the debt was withdrawn from the ledger.',
  })
  @Property({ type: 'text', nullable: true })
  withdrawnReason?: string | null;

  /** The contract's payment terms and the debtor's stated reasons, as recorded (statutory-terms.ts). */
  @Property({ type: 'json', nullable: true })
  contractTerms?: ContractTermsData | null;

  /** Computed from the terms by rules/due-date.ts whenever they or the dates change; stored so lists can sort and sum by it. */
  @Field(() => DateScalar, {
    nullable: true,
    description:
      '法定付款期限: computed under the regulation, never typed in; null when it cannot be set (see paymentTermBasis).',
  })
  @Property({ type: 'date', nullable: true })
  statutoryDueOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the due date was worked out, with the articles.',
  })
  @Property({ type: 'text', nullable: true })
  paymentTermBasis?: string | null;

  /** The day the payment term started (delivery, acceptance or confirmed settlement): the
   * payment statistics count days to pay from it. Stored with the due date. */
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the payment term started (delivery, acceptance or settlement).',
  })
  @Property({ type: 'date', nullable: true })
  paymentTermStartsOn?: string | null;

  /**
   * The sort key of `orderBy: OVERDUE_DAYS` and `STATUTORY_DUE_ON`: the due date, or 9999-12-31
   * when there is none; for OVERDUE_DAYS also when nothing is outstanding. Overdue days today are
   * max(0, today − this), so ordering by it (reversed) orders by overdue days whatever the day,
   * and a keyset cursor never meets a null (a null sort value would end the list early).
   */
  @Property({
    type: 'date',
    // As PostgreSQL writes the expression back, so that the schema check compares equal.
    generated:
      "(CASE WHEN ((amount_due > paid) AND (statutory_due_on IS NOT NULL)) THEN statutory_due_on ELSE '9999-12-31'::date END) stored",
  })
  overdueSince!: string;

  @Property({
    type: 'date',
    generated: "(COALESCE(statutory_due_on, '9999-12-31'::date)) stored",
  })
  dueOnOrLast!: string;

  /** Set with the first repayment plan (kept for lists that filter on "has a plan"). */
  @Property({ type: 'boolean', default: false })
  hasRepaymentPlan: boolean = false;

  @Field(() => DateScalar, {
    nullable: true,
    description: '交付日期: the payment term runs from here by default.',
  })
  @Property({ type: 'date', nullable: true })
  deliveredOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '验收日期, where payment depends on acceptance.',
  })
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
  @Index()
  @Enum({ items: () => ArrearSource, default: ArrearSource.SELF_INSPECTION })
  source: ArrearSource = ArrearSource.SELF_INSPECTION;

  @Field(() => String, { description: 'Viewer id of whoever registered it.' })
  @Property({ type: 'string', length: 200 })
  registeredBy!: string;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date, { description: 'When it entered the ledger.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  registeredAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A debt belongs to its debtor's ledger: whoever's jurisdiction holds the debtor unit reads and
 * changes it; the creditor enterprise reads its own claims but never changes the ledger
 * (docs/access-model.md).
 */
export const ArrearOwnership = owned(Arrear, {
  relations: { debtor: unit('debtorId'), creditor: enterprise('creditorId') },
  writers: ['debtor'],
});
