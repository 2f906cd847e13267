// The post query and the fields of posts, tenures and people. Every read goes through the
// jurisdiction filter (posts and their holders are public to signed-in viewers).
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUuid, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { GroupMembership } from '../working-group/group-membership.entity.js';
import { membershipsOfPost } from '../working-group/working-group.loaders.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import {
  currentTenureOfPost,
  personById,
  postById,
  tenuresOfPerson,
  tenuresOfPost,
} from './post.loaders.js';
import { Tenure } from './tenure.entity.js';

@Resolver(() => Post)
export class PostResolver {
  @Authorized()
  @Query(() => Post, { nullable: true })
  post(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Post | null> | null {
    return isUuid(id) ? postById.load(ctx, id) : null;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() post: Post, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return (await organisationById.load(ctx, post.organisation.id))!;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who holds the post now; null when vacant.',
  })
  async holder(@Root() post: Post, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    const tenure = await currentTenureOfPost.load(ctx, post.id);
    return tenure ? personById.load(ctx, tenure.person.id) : null;
  }

  @FieldResolver(() => [Tenure], { description: 'Holders of the post, latest first.' })
  tenures(@Root() post: Post, @Ctx() ctx: SubgraphContext): Promise<Tenure[]> {
    return tenuresOfPost.load(ctx, post.id);
  }

  @FieldResolver(() => [GroupMembership], {
    description: 'Working-group seats that come with this post.',
  })
  memberships(@Root() post: Post, @Ctx() ctx: SubgraphContext): Promise<GroupMembership[]> {
    return membershipsOfPost.load(ctx, post.id);
  }
}

@Resolver(() => Tenure)
export class TenureResolver {
  @FieldResolver(() => Person)
  async person(@Root() tenure: Tenure, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return (await personById.load(ctx, tenure.person.id))!;
  }

  @FieldResolver(() => Post)
  async post(@Root() tenure: Tenure, @Ctx() ctx: SubgraphContext): Promise<Post> {
    return (await postById.load(ctx, tenure.post.id))!;
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Tenure], { description: 'Posts this person holds or held, latest first.' })
  tenures(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<Tenure[]> {
    return tenuresOfPerson.load(ctx, person.id);
  }
}
