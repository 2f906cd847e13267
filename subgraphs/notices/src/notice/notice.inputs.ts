// The arguments of the notice mutations. Input classes satisfy the domain's plain interfaces
// (NoticeDraft); domain code never imports them.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { NoticeStatus } from './notice.enums.js';
import type { NoticeDraft } from './notice.validation.js';

@InputType()
export class CreateNoticeInput implements NoticeDraft {
  @Field(() => ID, {
    description: 'The unit (Organisation id) it belongs to; within your jurisdiction.',
  })
  unitId!: string;

  @Field(() => String, { description: '2 to 200 characters.' })
  title!: string;

  @Field(() => DateScalar, { description: 'Not after today (China time).' })
  receivedOn!: string;
}

@InputType()
export class ChangeNoticeStatusInput {
  @Field(() => ID)
  noticeId!: string;

  @Field(() => NoticeStatus, { description: 'RECEIVED → IN_PROGRESS → CLOSED; CLOSED is final.' })
  status!: NoticeStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read: CONFLICT when the record changed since.',
  })
  expectedVersion?: number | null;
}
