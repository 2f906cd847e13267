import { Field, ID, InputType } from 'type-graphql';
import { UnitRef } from '@arrears-hub/subgraph-kit';
import { NoticeKind } from '../notice/notice.enums.js';
import { DeliveryChannel } from './delivery.enums.js';
import type { SubscriptionRequest } from './subscription.validation.js';

@InputType()
export class SubscribeToNoticesInput implements SubscriptionRequest {
  @Field(() => ID, { nullable: true, description: 'The unit whose notices to send.' })
  unitId?: string | null;
  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;
  @Field(() => String, {
    nullable: true,
    description: 'The region whose office’s notices to send.',
  })
  regionCode?: string | null;
  @Field(() => DeliveryChannel) channel!: DeliveryChannel;
  @Field(() => String, { nullable: true, description: 'WEBHOOK: where to POST.' }) url?:
    string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the address.' }) email?:
    string | null;
  @Field(() => [NoticeKind], { nullable: true, description: 'Only these kinds (default: all).' })
  kinds?: NoticeKind[] | null;
}
