import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.entity.js';

/**
 * A post (职务) in a unit, e.g. 旗财政局局长. Working-group membership belongs to the post, not to the
 * person: when the holder changes, the successor inherits the seat (seed 001 六（三）).
 */
@ObjectType('Post')
@Entity({ tableName: 'post' })
export class Post {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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
