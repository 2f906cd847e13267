// Appointing someone to a post: the current holder's tenure ends the day the successor's starts,
// and the successor takes the post's working-group seats with it (seats belong to posts). The
// appointment is declared as creating a tenure of the post, so whoever may not appoint to the
// post's unit is FORBIDDEN before anything else is looked at.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  changeEntity,
  ConflictError,
  createEntity,
  Creates,
  inTransaction,
  Problems,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';
import { AppointToPostInput } from './post.inputs.js';
import { personById, postById } from './post.loaders.js';
import { checkAppointment, successionProblems } from './post.validation.js';
import { Tenure } from './tenure.entity.js';
import { organisationsMessages as msg } from '../messages.js';

// A function, so that the message is rendered in the language of the request that meets it.
const conflicts = () => ({
  unique: {
    tenure_one_current_holder: msg.postNewHolder(),
  },
});

@Resolver(() => Post)
export class PostMutationResolver {
  @Authorized('ADMIN', 'LEADING_GROUP')
  @Creates(Tenure, { post: 'input.postId' })
  @Mutation(() => Tenure, {
    description:
      'Appoints someone to a post. The previous holder’s tenure ends; group seats pass to the new holder with the post.',
  })
  async appointToPost(
    @Arg('input', () => AppointToPostInput) input: AppointToPostInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Tenure> {
    const checked = checkAppointment(input);
    const problems = new Problems().merge(checked.problems);
    const post = await postById.load(ctx, input.postId);
    if (!post) problems.add('postId', msg.noSuchPost({ id: input.postId }));
    const existing =
      input.personId && !problems.has('personId')
        ? await personById.load(ctx, input.personId)
        : null;
    if (input.personId && !problems.has('personId') && !existing)
      problems.add('personId', msg.noSuchPerson({ id: input.personId }));
    problems.throwIfAny('input');

    const appoint = async (em: EntityManager): Promise<Tenure> => {
      // A new person is on record with the unit of the post they are appointed to.
      const person =
        existing ??
        (await createEntity(
          ctx,
          Person,
          { name: checked.personName!, unit: post!.organisation.id },
          { em },
        ));
      return createEntity(
        ctx,
        Tenure,
        { post: post!.id, person: person.id, startedOn: input.startedOn, endedOn: null },
        { em },
      );
    };

    // Read in a throw-away fork: the request's own identity map must not keep the tenure as it
    // was before the change (the answer's `post { tenures }` reads it again).
    const current = await ctx.em.fork().findOne(Tenure, { post: post!.id, endedOn: null });
    if (!current) return inTransaction(ctx, appoint, conflicts());
    return changeEntity(
      ctx,
      Tenure,
      { id: current.id, action: 'UPDATE', label: msg.tenure(), conflicts: conflicts() },
      async (open, em) => {
        if (open.endedOn) throw new ConflictError(msg.postHolderChanged());
        if (existing && open.person.id === existing.id)
          throw new ConflictError(msg.alreadyHoldsPost());
        new Problems().merge(successionProblems(open, input.startedOn)).throwIfAny('input');
        open.endedOn = input.startedOn;
        // One open tenure per post (a unique index): the old one closes before the new one opens.
        await em.flush();
        return appoint(em);
      },
    );
  }
}
