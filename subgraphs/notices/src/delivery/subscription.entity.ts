// Where a unit's or a region office's notices go beyond the hub: a webhook (a government messaging
// platform, an SMS gateway) or an e-mail address. The in-hub inbox needs none.
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, owned, region, unit } from '@arrears-hub/subgraph-kit';
import { NoticeKind } from '../notice/notice.enums.js';
import { DeliveryChannel } from './delivery.enums.js';

@ObjectType('NoticeSubscription', {
  description:
    'Where the notices of a unit or of a region’s office are also sent: a webhook or an e-mail address.',
})
@Entity({ tableName: 'notice_subscription' })
@Index({ properties: ['unitId'] })
@Index({ properties: ['regionCode'] })
export class NoticeSubscription {
  [OptionalProps]?: 'version' | 'createdAt' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The unit whose notices it carries (organisations subgraph id), or null for a region's. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** The region whose office's notices it carries. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  @Field(() => DeliveryChannel)
  @Enum({ items: () => DeliveryChannel })
  channel!: DeliveryChannel;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  /** HMAC key of a webhook: shown once, when the subscription is made; never readable again. */
  @Property({ type: 'string', length: 100, nullable: true, hidden: true })
  secret?: string | null;

  @Field(() => [NoticeKind], { description: 'Only these kinds; empty: every kind.' })
  @Property({ type: 'array', columnType: 'text[]' })
  kinds: NoticeKind[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** A subscription belongs to the unit or the region whose notices it carries. */
export const NoticeSubscriptionOwnership = owned(NoticeSubscription, {
  relations: { unit: unit('unitId'), region: region('regionCode') },
});

export const NoticeSubscriptionConnection = connectionType(
  NoticeSubscription,
  'NoticeSubscription',
);
