// Marking notices read. The kit checks first that every id is a notice the viewer holds
// (@Writes): another unit's notice is FORBIDDEN, whether or not it exists. Reading a notice is
// not a change to ledger data: it sets readAt and readBy on the row, without an audit entry.
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import {
  NotFoundError,
  now,
  uuidList,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Notice } from './notice.entity.js';
import { noticesMessages as msg } from '../messages.js';

@ObjectType('MarkNoticesReadResult')
export class MarkNoticesReadResult {
  @Field(() => Int, { description: 'Notices that were unread and are now read.' })
  marked!: number;

  @Field(() => [Notice])
  notices!: Notice[];
}

@Resolver(() => Notice)
export class NoticeMutationResolver {
  @Authorized()
  @Writes(Notice, 'ids')
  @Mutation(() => MarkNoticesReadResult, {
    description: 'Marks notices of the viewer’s inbox read.',
  })
  async markNoticesRead(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<MarkNoticesReadResult> {
    const wanted = [...new Set(uuidList(ids, 'ids'))];
    if (!wanted.length) return { marked: 0, notices: [] };
    // The kit has refused ids out of the viewer's reach; an unrestricted viewer may name one that
    // does not exist.
    const notices = await ctx.em.find(
      Notice,
      { id: { $in: wanted } },
      { orderBy: { createdAt: 'desc', id: 'asc' } },
    );
    const missing = wanted.find((id) => !notices.some((n) => n.id === id));
    if (missing) throw new NotFoundError(msg.notice(), missing, 'ids');
    let marked = 0;
    const at = now();
    for (const notice of notices) {
      if (notice.readAt) continue;
      notice.readAt = at;
      notice.readBy = ctx.viewer.id;
      marked += 1;
    }
    await ctx.em.flush();
    return { marked, notices };
  }
}
