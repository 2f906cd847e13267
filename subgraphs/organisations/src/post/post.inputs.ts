// What appointToPost takes.
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import type { Appointment } from './post.validation.js';

@InputType({
  description: 'Give either personId (someone already on record) or personName (a new person).',
})
export class AppointToPostInput implements Appointment {
  @Field(() => ID)
  postId!: string;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true })
  personName?: string | null;

  @Field(() => DateScalar, {
    description: 'The day the new holder takes over; the previous tenure ends that day.',
  })
  startedOn!: string;
}
