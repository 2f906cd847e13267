// The fields of a working-group seat: the post it comes with and whoever holds that post today.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Person } from '../post/person.entity.js';
import { Post } from '../post/post.entity.js';
import { currentTenureOfPost, personById, postById } from '../post/post.loaders.js';
import { GroupMembership } from './group-membership.entity.js';

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  @FieldResolver(() => Post)
  async post(@Root() membership: GroupMembership, @Ctx() ctx: SubgraphContext): Promise<Post> {
    return (await postById.load(ctx, membership.post.id))!;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Whoever holds the post today sits in the group.',
  })
  async holder(
    @Root() membership: GroupMembership,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Person | null> {
    const tenure = await currentTenureOfPost.load(ctx, membership.post.id);
    return tenure ? personById.load(ctx, tenure.person.id) : null;
  }
}
