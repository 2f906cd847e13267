// The subscriptions and deliveries the viewer holds (the kit's filter keeps them to its units and
// regions); `noticeDeliveries(status: DEAD)` is the dead-letter list.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  paginate,
  SortDirection,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
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
