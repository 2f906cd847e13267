import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar, owned, region, unit } from '@arrears-hub/subgraph-kit';
import { GroupReportStatus } from './reporting.enums.js';

/**
 * A sector group's consolidated monthly report (the Dalad programme, docs/programmes.md 六（二）:
 * 副组长成员单位汇总经组长审签后报送): the aggregating unit gathers the reports it received from its
 * units, the group leader signs (审签, with the post and the time), the aggregating unit sends it
 * to the receiving office. Where a group has several aggregating units (各副组长单位汇总) each
 * consolidates its own units' part. What it counts comes from the unit reports it includes (their
 * frozen snapshots), so the figures are what the units reported.
 */
@ObjectType('GroupReport', {
  description:
    '行业组月度汇总: an aggregating unit’s consolidation of its units’ monthly reports, signed by the group leader and sent on.',
})
@Entity({ tableName: 'group_report' })
@Unique({ properties: ['groupId', 'aggregatorId', 'period', 'revision'] })
export class GroupReport {
  [OptionalProps]?: 'version' | 'consolidatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The sector group (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  groupId!: string;

  /** The group's region: its leading group signs. */
  @Field(() => ID)
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  /** The aggregating unit that consolidates (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  aggregatorId!: string;

  /** The office it goes to (organisations subgraph id). */
  @Property({ type: 'uuid', nullable: true })
  receiverId?: string | null;

  @Field(() => String, { description: 'YYYY-MM' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Int, { description: '1, or more when it was consolidated again after signing.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => GroupReportStatus)
  @Enum({ items: () => GroupReportStatus })
  status!: GroupReportStatus;

  /** The unit reports it includes (received, one per unit: the current revision). */
  @Property({ type: 'array', columnType: 'uuid[]' })
  reportIds!: string[];

  @Field(() => Int, { description: 'Units expected to report through this aggregating unit.' })
  @Property({ type: 'integer' })
  unitsExpected!: number;

  @Field(() => Int, { description: 'Units whose received report is included.' })
  @Property({ type: 'integer' })
  unitsReported!: number;

  @Field(() => Int, { description: 'Of them, nil returns (不涉及).' })
  @Property({ type: 'integer' })
  nilReturns!: number;

  @Field(() => Int, { description: 'Of them, zeroing notices (阶段性清零).' })
  @Property({ type: 'integer' })
  zeroingNotices!: number;

  /** Units that owed a report and have none that counts (missing or returned). */
  @Property({ type: 'array', columnType: 'uuid[]' })
  missingUnitIds!: string[];

  /** Units paused after a zeroing notice (on time without reporting). */
  @Property({ type: 'array', columnType: 'uuid[]' })
  pausedUnitIds!: string[];

  /** Units whose report came after the deadline. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  lateUnitIds!: string[];

  @Field(() => Int, { description: 'Ledger lines in the included reports, counted in totals.' })
  @Property({ type: 'integer' })
  arrearsCount!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amountDue!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paid!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  outstanding!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  consolidatedAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  consolidatedBy!: string;

  @Field(() => Date, { nullable: true, description: '审签: when the group leader signed.' })
  @Property({ type: 'datetime', nullable: true })
  signedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who signed (the viewer id).' })
  @Property({ type: 'string', length: 200, nullable: true })
  signedBy?: string | null;

  /** The leader's post it was signed in (organisations subgraph id). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  signatoryPostId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signatory’s post as the group lists it, e.g. 旗人民政府副旗长.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  signatoryTitle?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who held the post when it was signed.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  signatoryName?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: '报送: when it was sent to the receiving office.',
  })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  sentBy?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A group report belongs to its aggregating unit (which consolidates and sends it), to the group's
 * region (whose leading group, the group leader among them, signs it; inspectors of the region
 * read it) and to the receiving office (which reads it).
 */
export const GroupReportOwnership = owned(GroupReport, {
  relations: {
    aggregator: unit('aggregatorId'),
    region: region('regionCode'),
    receiver: unit('receiverId'),
  },
  writers: ['aggregator', 'region'],
});
