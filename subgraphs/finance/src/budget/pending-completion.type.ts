import { Field, Int, ObjectType } from 'type-graphql';
import { Disbursement } from './disbursement.entity.js';

@ObjectType('PendingCompletion', {
  description: 'What a run of completePendingDisbursements did.',
})
export class PendingCompletion {
  @Field(() => Int, { description: 'Recorded on the ledger now.' })
  posted!: number;

  @Field(() => Int, { description: 'Refused by the ledger (money back to the line).' })
  refused!: number;

  @Field(() => Int, { description: 'Still waiting (the ledger is still unavailable).' })
  stillPending!: number;

  @Field(() => [Disbursement], { description: 'The disbursements this run completed.' })
  disbursements!: Disbursement[];
}
