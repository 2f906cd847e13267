import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  auditSnapshot,
  ConflictError,
  DateScalar,
  inTransaction,
  isUuid,
  recordAudit,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { GroupMembership } from '../entities/group-membership.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Person } from '../entities/person.entity.js';
import { Post } from '../entities/post.entity.js';
import { Tenure } from '../entities/tenure.entity.js';
import {
  currentTenureOfPost,
  membershipsOfPost,
  organisationById,
  personById,
  postById,
  tenuresOfPerson,
  tenuresOfPost,
} from '../loaders.js';
import { cleanName } from './organisation.validation.js';

@InputType({
  description: 'Give either personId (someone already on record) or personName (a new person).',
})
export class AppointToPostInput {
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

  @Authorized('ADMIN', 'LEADING_GROUP')
  @Mutation(() => Tenure, {
    description:
      'Appoints someone to a post. The previous holder’s tenure ends; group seats pass to the new holder with the post.',
  })
  appointToPost(
    @Arg('input', () => AppointToPostInput) input: AppointToPostInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Tenure> {
    return inTransaction(ctx, async (em) => {
      if (!!input.personId === !!input.personName) {
        throw new UserInputError(
          'Give either personId or personName, not both and not neither.',
          'input.personId',
        );
      }
      const post = isUuid(input.postId) ? await em.findOne(Post, { id: input.postId }) : null;
      if (!post)
        throw new UserInputError(`There is no post with id "${input.postId}".`, 'input.postId');
      let person: Person | null;
      if (input.personId) {
        person = isUuid(input.personId) ? await em.findOne(Person, { id: input.personId }) : null;
        if (!person)
          throw new UserInputError(
            `There is no person with id "${input.personId}".`,
            'input.personId',
          );
      } else {
        person = em.create(Person, {
          id: randomUUID(),
          name: cleanName(input.personName!, 'input.personName', 100),
        } as never);
        recordAudit(em, ctx.viewer, {
          entity: 'Person',
          entityId: person.id,
          action: 'CREATE',
          after: { id: person.id, name: person.name },
        });
      }
      // Lock the current tenure so two simultaneous appointments cannot both close it.
      const current = await em.findOne(
        Tenure,
        { post, endedOn: null },
        { lockMode: 4 /* PESSIMISTIC_WRITE */ },
      );
      if (current) {
        if (current.person.id === person.id)
          throw new ConflictError('This person already holds this post.');
        if (input.startedOn < current.startedOn) {
          throw new UserInputError(
            `The current holder started on ${current.startedOn}; a successor cannot start earlier.`,
            'input.startedOn',
          );
        }
        const before = auditSnapshot(current);
        current.endedOn = input.startedOn;
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'Tenure',
          entityId: current.id,
          action: 'UPDATE',
          before,
          after: auditSnapshot(current),
        });
      }
      const tenure = em.create(Tenure, {
        id: randomUUID(),
        post,
        person,
        startedOn: input.startedOn,
        endedOn: null,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Tenure',
        entityId: tenure.id,
        action: 'CREATE',
        after: auditSnapshot(tenure),
      });
      return tenure;
    });
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
