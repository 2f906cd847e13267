import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  actor,
  DateScalar,
  enterprise,
  MoneyScalar,
  owned,
  region,
  unit,
  type FieldRule,
} from '@arrears-hub/subgraph-kit';
import { ClueChannel, ClueOutcome, ClueStatus, PartyMatchedBy } from './clue.enums.js';

/**
 * A clue or complaint (线索/投诉) about unpaid money, with the fields of the complaint forms
 * (docs/domain/complaints.md) and its clocks (2025 art. 25). Units are plain organisation ids where known;
 * the names as written by the complainant are kept either way.
 */
@ObjectType('Clue', {
  description:
    '线索/投诉: a complaint or lead about unpaid money, from any channel, with its clocks.',
})
@Entity({ tableName: 'clue' })
export class Clue {
  [OptionalProps]?:
    | 'extensionDays'
    | 'version'
    | 'createdAt'
    | 'respondentCandidateIds'
    | 'complainantCandidateIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ClueChannel)
  @Enum({ items: () => ClueChannel })
  channel!: ClueChannel;

  @Field(() => String, {
    nullable: true,
    description: 'The channel’s own number (12345 工单号, platform case number …).',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  externalRef?: string | null;

  @Field(() => DateScalar)
  @Index()
  @Property({ type: 'date' })
  receivedOn!: string;

  // Routing (docs/domain/complaints.md §7): the region the clue belongs to (the respondent's, else
  // the one given at intake, else the filing viewer's) and that region's intake office, both fixed
  // at intake; the unit whose clerk filed it (a 12345 work order stays visible to the 政数局).
  @Field(() => ID, {
    nullable: true,
    description: 'The region the clue belongs to: its leading group sees and acts on it.',
  })
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  /** The unit that receives complaints in the region (its intake office), an organisation id. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  intakeOfficeId?: string | null;

  /** The unit of the clerk who filed it (null when an enterprise filed its own complaint). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  filedByUnitId?: string | null;

  // 投诉人 (the enterprise owed).
  /** Organisation id of the complainant, when registered. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  complainantId?: string | null;

  /** GraphQL reads it through ClueResolver.complainantName, masked where COMPLAINANT_PRIVACY says. */
  @Property({ type: 'string', length: 200 })
  complainantName!: string;

  // Read through ClueResolver (confidential, as the contact details).
  @Property({ type: 'string', length: 18, nullable: true })
  complainantCreditCode?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  complainantSizeClass?: string | null;

  // Contact details: read through ClueResolver, and only by those COMPLAINANT_PRIVACY names (the
  // field rules of the ownership declaration below apply to whatever path brings the clue).
  @Property({ type: 'string', length: 100, nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  contactAddress?: string | null;

  // 被投诉人 (the unit that owes).
  /** Organisation id of the respondent, when registered. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  respondentId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  respondentName!: string;

  // How each party was matched to the registry at intake or by linkClueParties (null: not yet),
  // and, when several units fit the name, the candidates for the intake office to choose from.
  @Field(() => PartyMatchedBy, { nullable: true })
  @Enum({ items: () => PartyMatchedBy, nullable: true })
  respondentMatchedBy?: PartyMatchedBy | null;

  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  respondentCandidateIds: string[] = [];

  @Enum({ items: () => PartyMatchedBy, nullable: true })
  complainantMatchedBy?: PartyMatchedBy | null;

  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: `'{}'` })
  complainantCandidateIds: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 18, nullable: true })
  respondentCreditCode?: string | null;

  // The claim.
  @Field(() => MoneyScalar, { description: 'What the complainant says is owed.' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amountClaimed!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  contractNo?: string | null;

  @Field(() => String, { description: '相关事实.' })
  @Property({ type: 'text' })
  facts!: string;

  @Field(() => String, { nullable: true, description: '具体投诉请求.' })
  @Property({ type: 'text', nullable: true })
  request?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The evidence offered (contracts, invoices, acceptance records …).',
  })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Field(() => Boolean, {
    description:
      'The complainant undertakes that no court, arbitration, other department or mediation has the matter.',
  })
  @Property({ type: 'boolean' })
  notInOtherProceedings!: boolean;

  @Field(() => ClueStatus)
  @Index()
  @Enum({ items: () => ClueStatus })
  status!: ClueStatus;

  @Field(() => DateScalar, {
    description: 'Review and transfer are due by this day (10 working days after receipt).',
  })
  @Property({ type: 'date' })
  reviewDueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Transfer is due by this day (the region’s working days, at most 10, from formal acceptance).',
  })
  @Property({ type: 'date', nullable: true })
  transferDueOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was not accepted; told to the complainant.',
  })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  /** The unit responsible for handling it (谁主管谁负责): an organisation id. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  handlingUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  assignedOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Handling and a written answer are due by this day.',
  })
  @Property({ type: 'date', nullable: true })
  handlingDueOn?: string | null;

  @Field(() => Int, {
    description: 'Days added to the handling clock with approval (at most 60: 90 days in all).',
  })
  @Property({ type: 'integer', default: 0 })
  extensionDays: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  extensionReason?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Amount confirmed by the check (核查).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  confirmedAmount?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the parties disagree about it.' })
  @Property({ type: 'boolean', nullable: true })
  disputed?: boolean | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  verificationNote?: string | null;

  /** The ledger line the clue became or was matched to. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  arrearId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The written answer to the complainant (书面反馈).',
  })
  @Property({ type: 'text', nullable: true })
  feedback?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  answeredOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  closingNote?: string | null;

  @Field(() => ClueOutcome, {
    nullable: true,
    description: '办结 (answered) or 化解 (the debt paid or agreed), set when closed.',
  })
  @Enum({ items: () => ClueOutcome, nullable: true })
  outcome?: ClueOutcome | null;

  // The complainant's own rating of the answer (满意度, 1–5): only the complainant gives it.
  @Field(() => Int, { nullable: true, description: 'The complainant’s rating of the answer, 1–5.' })
  @Property({ type: 'integer', nullable: true })
  complainantRating?: number | null;

  /** Read through ClueResolver (confidential). */
  @Property({ type: 'text', nullable: true })
  complainantRatingNote?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  ratedOn?: string | null;

  /** An earlier open clue about the same debt (same parties and contract), found at intake. */
  @Property({ type: 'uuid', nullable: true })
  duplicateOfId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  registeredBy!: string;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * Who may read the complainant's identity and contact details (2025 art. 25¶5: personal
 * information stays confidential; docs/domain/complaints.md): the unit handling the complaint, the
 * region's intake office, the clerk and unit that filed it, the complainant itself, the leading
 * group and inspectors — never the unit complained about, not even where its own staff hold
 * another relation (`exceptOwnUnit`: the respondent may be the intake office itself).
 */
export const COMPLAINANT_PRIVACY: FieldRule = {
  relations: ['handlingUnit', 'intakeOffice', 'filer', 'filingUnit', 'complainant'],
  roles: ['LEADING_GROUP', 'INSPECTOR'],
  exceptOwnUnit: ['respondent'],
};

/** Who takes a clue in and decides on it (accept, reject, transfer, link its parties, close):
 * the region's leading group, its intake office, and whoever filed it (a 12345 work order's
 * 政数局 forwards it). */
export const CLUE_INTAKE = ['region', 'intakeOffice', 'filer', 'filingUnit'] as const;
/** Who handles a transferred clue (verify, answer, extend, ask the complainant): the handling
 * unit, with the intake office and the region's leading group. */
export const CLUE_HANDLERS = ['handlingUnit', 'intakeOffice', 'region'] as const;

/**
 * A clue is seen by its region's leading group and intake office, the unit handling it, the unit
 * it is about (the respondent), the complainant enterprise and whoever filed it. The respondent
 * reads that a complaint exists and its facts, never who filed it, and never acts on it
 * (docs/access-model.md): it holds no writer relation, and a step by the respondent's own staff
 * is refused even where they hold another (clue-guards.ts).
 */
export const ClueOwnership = owned(Clue, {
  relations: {
    region: region('regionCode'),
    intakeOffice: unit('intakeOfficeId'),
    handlingUnit: unit('handlingUnitId'),
    respondent: unit('respondentId'),
    complainant: enterprise('complainantId'),
    filer: actor('registeredBy'),
    filingUnit: unit('filedByUnitId'),
  },
  writers: ['region', 'intakeOffice', 'handlingUnit', 'filer', 'filingUnit'],
  fields: {
    contactName: COMPLAINANT_PRIVACY,
    contactPhone: COMPLAINANT_PRIVACY,
    contactAddress: COMPLAINANT_PRIVACY,
    complainantCreditCode: COMPLAINANT_PRIVACY,
    complainantSizeClass: COMPLAINANT_PRIVACY,
    complainantRatingNote: COMPLAINANT_PRIVACY,
  },
});
