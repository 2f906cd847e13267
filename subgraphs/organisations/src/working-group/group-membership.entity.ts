// A post's seat in a working group. Public to every signed-in viewer; a seat belongs to its group
// (and so to the group's region).
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, parent } from '@arrears-hub/subgraph-kit';
import { Post } from '../post/post.entity.js';
import { MemberRole } from './working-group.enums.js';
import { WorkingGroup } from './working-group.entity.js';

@ObjectType('GroupMembership', {
  description: 'A post sitting in a working group with a role; whoever holds the post sits there.',
})
@Entity({ tableName: 'group_membership' })
@Unique({ properties: ['group', 'post'] })
export class GroupMembership {
  [OptionalProps]?: 'position';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => WorkingGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<WorkingGroup>;

  @ManyToOne(() => Post, { ref: true, deleteRule: 'restrict' })
  post!: Ref<Post>;

  @Field(() => MemberRole)
  @Enum({ items: () => MemberRole })
  role!: MemberRole;

  @Field(() => String, {
    nullable: true,
    description: 'The title as the document writes it, e.g. 旗委常委、纪委书记、监委主任.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  titleAsWritten?: string | null;

  @Field(() => Int, { description: 'Order in the published list.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}

owned(GroupMembership, {
  relations: { group: parent('group', () => WorkingGroup) },
  read: 'signed-in',
});
