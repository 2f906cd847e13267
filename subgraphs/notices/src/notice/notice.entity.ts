// A notice: one event as one recipient reads it, with a Chinese text, a link to the record it is
// about and whether it has been read. Stored once per event and recipient (the unique key), so a
// second delivery of the same event changes nothing.
// Every decorator names its type: the build emits no decorator metadata (docs/toolchain.md).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType, enterprise, owned, region, unit } from '@arrears-hub/subgraph-kit';
import { NoticeKind, RecipientType } from './notice.enums.js';

@ObjectType('NoticeLink', { description: 'The record a notice is about: its GraphQL type and id.' })
export class NoticeLinkView {
  @Field(() => String, { description: 'e.g. "Case", "Clue", "RepaymentPlan", "LedgerReport".' })
  type!: string;

  @Field(() => ID)
  id!: string;
}

@ObjectType('Notice', {
  description: '通知: one event as its recipient reads it (docs/jobs-and-notices.md).',
})
@Entity({ tableName: 'notice' })
@Unique({ properties: ['eventId', 'recipientKey'] })
@Index({ properties: ['unitId', 'createdAt'] })
@Index({ properties: ['regionCode', 'createdAt'] })
@Index({ properties: ['enterpriseId', 'createdAt'] })
export class Notice {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'readBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The outbox event it came from (the raising subgraph's id). */
  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => String, { description: 'The subgraph that raised it.' })
  @Property({ type: 'string', length: 60 })
  source!: string;

  // A plain string column: a kind added to the catalogue needs no migration here (the contract
  // checks every kind on the way in).
  @Field(() => NoticeKind)
  @Property({ type: 'string', length: 40 })
  kind!: NoticeKind;

  @Field(() => RecipientType)
  @Property({ type: 'string', length: 20 })
  recipientType!: RecipientType;

  /** "UNIT:<id>", "REGION_OFFICE:<code>" …: one notice per event and recipient. */
  @Property({ type: 'string', length: 120 })
  recipientKey!: string;

  /** The unit (UNIT, and POST: the post's unit) — an organisations subgraph id, no foreign key. */
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** POST: the post (organisations subgraph id). */
  @Field(() => ID, { nullable: true, description: 'The post it is for (POST notices).' })
  @Property({ type: 'uuid', nullable: true })
  postId?: string | null;

  /** REGION_OFFICE: the region whose office reads it. */
  @Field(() => String, { nullable: true, description: 'The region whose office it is for.' })
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  /** ENTERPRISE: the enterprise (organisations subgraph id). */
  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

  @Field(() => String, { description: '通知内容.' })
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  linkType?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  linkId?: string | null;

  @Field(() => Date, { description: 'When the event was raised (the raising subgraph’s clock).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  /** Who marked it read (viewer id). */
  @Property({ type: 'string', length: 200, nullable: true })
  readBy?: string | null;
}

/**
 * Who holds a notice: the unit it is for (and, through the usual jurisdiction, those above it), the
 * region whose office it is for, the enterprise it is for. ADMIN notices name none of these: only
 * unrestricted viewers hold them. Which of the notices a viewer holds are in its inbox is decided
 * by inbox.ts (a bureau's inbox is its own unit's, not its subordinates').
 */
export const NoticeOwnership = owned(Notice, {
  relations: {
    unit: unit('unitId'),
    region: region('regionCode'),
    enterprise: enterprise('enterpriseId'),
  },
  // Marking one's own notice read is the only change: the enterprise may do it too.
  writers: ['unit', 'region', 'enterprise'],
});

export const NoticeConnection = connectionType(Notice, 'Notice');
