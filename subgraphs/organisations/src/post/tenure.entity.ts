// A person holding a post from one date until another. A tenure belongs to its post, and so to
// the post's unit: whoever may appoint to the post records and ends its tenures.
import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, owned, parent } from '@arrears-hub/subgraph-kit';
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
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

  /** Ending a tenure goes through the kit's changeEntity, which locks and versions the row. */
  @Property({ type: 'integer', version: true })
  version!: number;
}

owned(Tenure, { relations: { post: parent('post', () => Post) }, read: 'signed-in' });
