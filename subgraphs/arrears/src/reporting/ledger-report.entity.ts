import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { MoneyScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { LedgerReportKind, LedgerReportStatus } from './reporting.enums.js';

/** A unit's monthly submission (the Dalad programme, docs/programmes.md: ledger and plans by the
 * 20th, through the sector group's aggregating unit), with its ledger frozen as it was. */
@ObjectType('LedgerReport', {
  description: '月度台账报送: a unit’s submission for a period, with a frozen copy of its ledger.',
})
@Entity({ tableName: 'ledger_report' })
@Unique({ properties: ['unitId', 'period', 'revision'] })
export class LedgerReport {
  [OptionalProps]?: 'status' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The debtor unit (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  @Index()
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => LedgerReportKind)
  @Enum({ items: () => LedgerReportKind })
  kind!: LedgerReportKind;

  @Field(() => Int, { description: '1, or more when the unit resubmitted for the same period.' })
  @Property({ type: 'integer' })
  revision!: number;

  /** The aggregating unit it goes to (汇总单位), from the unit's reporting route (organisations
   * subgraph id): derived when it is submitted, never typed in. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  viaUnitId?: string | null;

  /** The sector group of the route (organisations subgraph id). */
  @Property({ type: 'uuid', nullable: true })
  groupId?: string | null;

  /** The office the group's signed report goes to (e.g. 旗工信和科技局; organisations id). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  receiverId?: string | null;

  @Field(() => LedgerReportStatus)
  @Enum({ items: () => LedgerReportStatus, default: LedgerReportStatus.SUBMITTED })
  status: LedgerReportStatus = LedgerReportStatus.SUBMITTED;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => Date, { description: 'When it was due (the unit’s region’s deadline).' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Boolean, { description: 'Submitted after the deadline in force when it was sent.' })
  @Property({ type: 'boolean' })
  late!: boolean;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  receivedBy?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  returnedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  returnedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the aggregating unit sent it back (退回原因).',
  })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  @Field(() => Int, { description: 'Lines in the snapshot (withdrawn debts left out).' })
  @Property({ type: 'integer' })
  arrearsCount!: number;

  @Field(() => MoneyScalar, {
    description: 'Outstanding in the snapshot (debts in court left out).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  outstanding!: string;

  @Field(() => GraphQLJSON, {
    description:
      'The ledger lines and their plans as they were when submitted (every column of the ledger line).',
  })
  @Property({ type: 'json' })
  snapshot!: unknown;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A submission belongs to the reporting unit's ledger (its jurisdiction submits and reads it), to
 * the aggregating unit it goes to (which receives or returns it, and reads it to consolidate the
 * group's report), and to the receiving office (which reads who has reported). Only the
 * aggregating unit acts on a submission once it is made; a unit corrects it by submitting again.
 */
export const LedgerReportOwnership = owned(LedgerReport, {
  relations: {
    unit: unit('unitId'),
    aggregator: unit('viaUnitId'),
    receiver: unit('receiverId'),
  },
  writers: ['aggregator'],
});
