// One notice on its way through one subscription: retried with backoff through the job queue,
// DEAD (the dead-letter list) when the retries are used up.
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, owned, parent } from '@arrears-hub/subgraph-kit';
import { Notice } from '../notice/notice.entity.js';
import { DeliveryStatus } from './delivery.enums.js';
import { NoticeSubscription } from './subscription.entity.js';

@ObjectType('NoticeDelivery', {
  description: 'One notice sent (or being sent) through one subscription.',
})
@Entity({ tableName: 'notice_delivery' })
@Unique({ properties: ['subscription', 'notice'] })
@Index({ properties: ['status', 'createdAt'] })
export class NoticeDelivery {
  [OptionalProps]?: 'createdAt' | 'attempts' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // GraphQL: DeliveryResolver.subscription / .notice (batched loads).
  @ManyToOne(() => NoticeSubscription, { ref: true, deleteRule: 'restrict' })
  subscription!: Ref<NoticeSubscription>;

  @ManyToOne(() => Notice, { ref: true, deleteRule: 'restrict' })
  notice!: Ref<Notice>;

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The receiver’s HTTP status on the last attempt.',
  })
  @Property({ type: 'integer', nullable: true })
  lastStatus?: number | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}

/** A delivery belongs to its subscription: whoever holds the subscription holds its deliveries. */
export const NoticeDeliveryOwnership = owned(NoticeDelivery, {
  relations: { subscription: parent('subscription', () => NoticeSubscription) },
});

export const NoticeDeliveryConnection = connectionType(NoticeDelivery, 'NoticeDelivery');
