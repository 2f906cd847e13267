// 账款确权 (2025 art. 16): an enterprise asks the unit that owes it to confirm a receivable; the
// debtor confirms (all or part) or disputes within 30 days (the debtor's region's calendar moves a
// last day off a rest day); a confirmed amount becomes or matches a ledger line; silence past the
// last day is flagged to the intake office of the debtor's region (docs/domain/complaints.md §8).
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
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
} from '@arrears-hub/subgraph-kit';
import { ContractSubject } from '../ledger/arrear.enums.js';

export enum ConfirmationStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}
registerLabelledEnum(ConfirmationStatus, {
  name: 'ReceivableConfirmationStatus',
  labels: {
    REQUESTED: { zh: '已申请，待债务人确认（30 日内）' },
    CONFIRMED: { zh: '债务人已确认（全部或部分），已纳入或匹配台账' },
    DISPUTED: { zh: '债务人提出异议' },
  },
});

@ObjectType('ReceivableConfirmation', {
  description: '账款确权: a receivable the creditor asked its debtor to confirm (2025 art. 16).',
})
@Entity({ tableName: 'receivable_confirmation' })
export class ReceivableConfirmation {
  [OptionalProps]?: 'version' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The enterprise asking (organisations id). */
  @Index()
  @Property({ type: 'uuid' })
  creditorId!: string;

  /** The unit asked to confirm (organisations id). */
  @Index()
  @Property({ type: 'uuid' })
  debtorId!: string;

  /** The debtor's region and its intake office, which is told when the debtor stays silent. */
  @Field(() => ID)
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  intakeOfficeId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  contractNo!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  contractSignedOn!: string;

  @Field(() => ContractSubject)
  @Enum({ items: () => ContractSubject })
  subject!: ContractSubject;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  deliveredOn?: string | null;

  @Field(() => MoneyScalar, { description: 'The amount the creditor asks to have confirmed.' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  requestedOn!: string;

  @Field(() => DateScalar, {
    description: 'The debtor answers by this day (30 days, off rest days).',
  })
  @Index()
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => ConfirmationStatus)
  @Index()
  @Enum({ items: () => ConfirmationStatus })
  status!: ConfirmationStatus;

  @Field(() => MoneyScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  confirmedAmount?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (part of) it is disputed.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  answeredOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the debtor’s silence past the last day was flagged to the intake office.',
  })
  @Property({ type: 'date', nullable: true })
  silenceFlaggedOn?: string | null;

  /** The ledger line the confirmed amount became or matched. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  arrearId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  requestedBy!: string;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The creditor reads its requests; the debtor (its jurisdiction) answers; the intake office and
 * the region's leading group follow them. */
export const ReceivableConfirmationOwnership = owned(ReceivableConfirmation, {
  relations: {
    debtor: unit('debtorId'),
    creditor: enterprise('creditorId'),
    intakeOffice: unit('intakeOfficeId'),
    region: region('regionCode'),
    requester: actor('requestedBy'),
  },
  writers: ['debtor'],
});
