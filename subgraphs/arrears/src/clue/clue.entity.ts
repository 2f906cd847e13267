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
  unit,
  type FieldRule,
} from '@arrears-hub/subgraph-kit';
import { ClueChannel, ClueStatus } from './clue.enums.js';

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
  [OptionalProps]?: 'extensionDays' | 'version' | 'createdAt';

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

  // 投诉人 (the enterprise owed).
  /** Organisation id of the complainant, when registered. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  complainantId?: string | null;

  /** GraphQL reads it through ClueResolver.complainantName, masked where COMPLAINANT_PRIVACY says. */
  @Property({ type: 'string', length: 200 })
  complainantName!: string;

  @Field(() => String, {
    nullable: true,
    description: '统一社会信用代码 of the complainant (confidential: see contactPhone).',
  })
  @Property({ type: 'string', length: 18, nullable: true })
  complainantCreditCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Size class the complainant declares (企业规模类型; confidential: see contactPhone).',
  })
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
 * office that filed it, the complainant itself, the leading group and inspectors — never the unit
 * complained about.
 */
export const COMPLAINANT_PRIVACY: FieldRule = {
  relations: ['handlingUnit', 'filer', 'complainant'],
  roles: ['LEADING_GROUP', 'INSPECTOR'],
};

/**
 * A clue is seen by the unit it is about (the respondent), the unit handling it, the complainant
 * enterprise and whoever filed it. Its steps (accept, reject, assign, extend, verify, answer,
 * close) are for the handling unit and the filing office only: the respondent never acts on a
 * complaint against itself (docs/access-model.md).
 */
export const ClueOwnership = owned(Clue, {
  relations: {
    respondent: unit('respondentId'),
    handlingUnit: unit('handlingUnitId'),
    complainant: enterprise('complainantId'),
    filer: actor('registeredBy'),
  },
  writers: ['handlingUnit', 'filer'],
  fields: {
    contactName: COMPLAINANT_PRIVACY,
    contactPhone: COMPLAINANT_PRIVACY,
    contactAddress: COMPLAINANT_PRIVACY,
    complainantCreditCode: COMPLAINANT_PRIVACY,
    complainantSizeClass: COMPLAINANT_PRIVACY,
  },
});
