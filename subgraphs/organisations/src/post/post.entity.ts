// A post (职务) in a unit, e.g. 旗财政局局长. A post belongs to its unit: whoever holds the unit
// (its bureau, the leading group of its region) appoints to it (docs/access-model.md).
import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, unit } from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';

/**
 * Working-group membership belongs to the post, not to the person: when the holder changes, the
 * successor inherits the seat (the Dalad programme, 六（三）; docs/programmes.md).
 */
@ObjectType('Post')
@Entity({ tableName: 'post' })
export class Post {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Index()
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation!: Ref<Organisation>;

  @Field(() => Int, {
    nullable: true,
    description: 'Seat number when several people hold the same title (副旗长 1, 2 …).',
  })
  @Property({ type: 'integer', nullable: true })
  seat?: number | null;
}

owned(Post, { relations: { unit: unit('organisation') }, read: 'signed-in' });
