// Subscribing a unit's or a region office's notices to a webhook or an e-mail address, ending it,
// sending a test notice through it, and sending a dead-lettered delivery again. Each mutation
// declares what it writes: a unit or region outside the viewer's reach is FORBIDDEN first.
import { randomBytes, randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import {
  changeEntity,
  ConflictError,
  createEntity,
  Creates,
  inTransaction,
  NotFoundError,
  now,
  Problems,
  UnitRefs,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { config } from '../config.js';
import { queueDeliveries } from '../notice/notice-events.contract.js';
import { Notice } from '../notice/notice.entity.js';
import { NoticeKind } from '../notice/notice.enums.js';
import { NoticeDelivery } from './delivery.entity.js';
import { DeliveryChannel, DeliveryStatus } from './delivery.enums.js';
import { SubscribeToNoticesInput } from './subscription.inputs.js';
import { NoticeSubscription } from './subscription.entity.js';
import { subscriptionProblems } from './subscription.validation.js';
import { noticesMessages as msg } from '../messages.js';

@ObjectType('NoticeSubscriptionCreated')
export class NoticeSubscriptionCreated {
  @Field(() => NoticeSubscription)
  subscription!: NoticeSubscription;

  @Field(() => String, {
    nullable: true,
    description:
      'WEBHOOK: the HMAC-SHA256 key the receiver checks x-hub-signature with. Shown only now.',
  })
  secret!: string | null;
}

@Resolver(() => NoticeSubscription)
export class SubscriptionMutations {
  @Authorized('BUREAU', 'LEADING_GROUP', 'ADMIN')
  @Creates(NoticeSubscription, { unit: 'input.unitId', region: 'input.regionCode' })
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId' })
  @Mutation(() => NoticeSubscriptionCreated, {
    description:
      'Sends a unit’s or a region office’s notices also to a webhook or an e-mail address.',
  })
  async subscribeToNotices(
    @Arg('input', () => SubscribeToNoticesInput) input: SubscribeToNoticesInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NoticeSubscriptionCreated> {
    const settings = config();
    new Problems()
      .merge(
        subscriptionProblems(input, {
          allowHttp: settings.allowHttpWebhooks,
          smtpConfigured: !!settings.smtpUrl,
        }),
      )
      .throwIfAny('input');
    const secret =
      input.channel === DeliveryChannel.WEBHOOK ? randomBytes(32).toString('base64url') : null;
    const subscription = await createEntity(ctx, NoticeSubscription, {
      unitId: input.unitId ?? null,
      regionCode: input.regionCode ?? null,
      channel: input.channel,
      url: input.channel === DeliveryChannel.WEBHOOK ? input.url!.trim() : null,
      email: input.channel === DeliveryChannel.EMAIL ? input.email!.trim() : null,
      secret,
      kinds: [...new Set(input.kinds ?? [])],
      createdBy: ctx.viewer.id,
    });
    return { subscription, secret };
  }

  @Authorized('BUREAU', 'LEADING_GROUP', 'ADMIN')
  @Writes(NoticeSubscription, 'subscriptionId')
  @Mutation(() => NoticeSubscription, {
    description: 'Stops sending notices through a subscription.',
  })
  endNoticeSubscription(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NoticeSubscription> {
    return changeEntity(
      ctx,
      NoticeSubscription,
      {
        id: subscriptionId,
        expectedVersion,
        action: 'END',
        label: msg.subscription(),
        field: 'subscriptionId',
      },
      (s) => {
        s.active = false;
        return s;
      },
    );
  }

  @Authorized('BUREAU', 'LEADING_GROUP', 'ADMIN')
  @Writes(NoticeSubscription, 'subscriptionId')
  @Mutation(() => NoticeDelivery, {
    description:
      'Sends a test notice through one subscription (and to its unit’s or office’s inbox).',
  })
  async sendTestNotice(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NoticeDelivery> {
    const delivery = await inTransaction(ctx, async (em: EntityManager) => {
      const subscription = await em.findOne(NoticeSubscription, { id: subscriptionId });
      if (!subscription)
        throw new NotFoundError(msg.subscription(), subscriptionId, 'subscriptionId');
      if (!subscription.active) throw new ConflictError(msg.subscriptionEnded(), { active: false });
      const notice = await createEntity(
        ctx,
        Notice,
        {
          eventId: randomUUID(),
          source: 'notices',
          kind: NoticeKind.TEST,
          recipientType: subscription.unitId ? 'UNIT' : 'REGION_OFFICE',
          recipientKey: subscription.unitId
            ? `UNIT:${subscription.unitId}`
            : `REGION_OFFICE:${subscription.regionCode}`,
          unitId: subscription.unitId ?? null,
          regionCode: subscription.regionCode ?? null,
          text: msg.testNoticeText().zh,
          occurredAt: now(),
        },
        { em, action: 'TEST' },
      );
      return createEntity(ctx, NoticeDelivery, { subscription, notice }, { em });
    });
    await queueDeliveries([delivery.id]);
    return delivery;
  }

  @Authorized('BUREAU', 'LEADING_GROUP', 'ADMIN')
  @Writes(NoticeDelivery, 'deliveryId')
  @Mutation(() => NoticeDelivery, {
    description: 'Sends a dead-lettered delivery again (its retries start over).',
  })
  async redeliverNotice(
    @Arg('deliveryId', () => ID) deliveryId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NoticeDelivery> {
    const delivery = await inTransaction(ctx, async (em: EntityManager) => {
      const d = await em.findOne(NoticeDelivery, { id: deliveryId });
      if (!d) throw new NotFoundError(msg.delivery(), deliveryId, 'deliveryId');
      if (d.status !== DeliveryStatus.DEAD)
        throw new ConflictError(msg.onlyDeadRedelivered(), { status: d.status });
      d.status = DeliveryStatus.PENDING;
      d.lastError = null;
      return d;
    });
    await queueDeliveries([delivery.id]);
    return delivery;
  }
}
