import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';

@ObjectType('Tenure', {
  description: 'A person holding a post from one date until another (open while current).',
})
@Entity({ tableName: 'tenure' })
// At most one open tenure per post: the partial unique index makes two current holders impossible.
@Index({
  name: 'tenure_one_current_holder',
  expression:
    'create unique index "tenure_one_current_holder" on "tenure" ("post_id") where "ended_on" is null',
})
export class Tenure {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Post, { ref: true, deleteRule: 'restrict' })
  post!: Ref<Post>;

  @Index()
  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict' })
  person!: Ref<Person>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;
}
