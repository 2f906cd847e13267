// The subscriptions and deliveries the viewer holds (the kit's filter keeps them to its units and
// regions); `noticeDeliveries(status: DEAD)` is the dead-letter list.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  byKeys,
  defineLoader,
  PageArgs,
  paginate,
  SortDirection,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Notice } from '../notice/notice.entity.js';
import { NoticeDelivery, NoticeDeliveryConnection } from './delivery.entity.js';
import { DeliveryStatus } from './delivery.enums.js';
import { NoticeSubscription, NoticeSubscriptionConnection } from './subscription.entity.js';

@Resolver(() => NoticeSubscription)
export class SubscriptionResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'ADMIN')
  @Query(() => NoticeSubscriptionConnection, {
    description: 'Webhook and e-mail subscriptions of the units and regions within reach.',
  })
  noticeSubscriptions(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<NoticeSubscription>> {
    return paginate(
      ctx.em,
      NoticeSubscription,
      {},
      {
        first: page.first,
        after: page.after,
        sortField: 'createdAt',
        direction: SortDirection.DESC,
      },
    );
  }

  @Authorized('BUREAU', 'LEADING_GROUP', 'ADMIN')
  @Query(() => NoticeDeliveryConnection, {
    description:
      'Deliveries through those subscriptions, newest first; status DEAD: the dead-letter list.',
  })
  noticeDeliveries(
    @Arg('status', () => DeliveryStatus, { nullable: true }) status: DeliveryStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<NoticeDelivery>> {
    const where: FilterQuery<NoticeDelivery> = status ? { status } : {};
    return paginate(ctx.em, NoticeDelivery, where, {
      first: page.first,
      after: page.after,
      sortField: 'createdAt',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => OrganisationRef, { nullable: true })
  unit(@Root() s: NoticeSubscription): OrganisationRef | null {
    return s.unitId ? { id: s.unitId } : null;
  }
}

const subscriptionById = defineLoader<string, NoticeSubscription | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(NoticeSubscription, { id: { $in: [...ids] } }), (s) => s.id),
);

const noticeById = defineLoader<string, Notice | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Notice, { id: { $in: [...ids] } }), (n) => n.id),
);

@Resolver(() => NoticeDelivery)
export class DeliveryResolver {
  // A delivery is read only by whoever holds its subscription, so the subscription is there.
  @FieldResolver(() => NoticeSubscription)
  async subscription(
    @Root() d: NoticeDelivery,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NoticeSubscription> {
    return (await subscriptionById.load(ctx, d.subscription.id))!;
  }

  @FieldResolver(() => Notice, {
    nullable: true,
    description: 'The notice sent (null when the viewer does not hold it).',
  })
  notice(@Root() d: NoticeDelivery, @Ctx() ctx: SubgraphContext): Promise<Notice | null> {
    return noticeById.load(ctx, d.notice.id);
  }
}
