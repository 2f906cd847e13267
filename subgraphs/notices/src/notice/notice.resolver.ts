// The viewer's notices: its inbox (inbox.ts) within its jurisdiction (the kit's filter), newest
// first; the counts per kind for the dashboard; a notice's fields.
import type { FilterQuery } from '@mikro-orm/core';
import {
  Args,
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  andScopeOf,
  PageArgs,
  paginate,
  SortDirection,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { inboxSql, inboxWhere } from './inbox.js';
import { Notice, NoticeConnection, NoticeLinkView } from './notice.entity.js';
import { NoticeKind } from './notice.enums.js';

@ObjectType('NoticeCount', { description: 'How many notices of one kind the viewer has.' })
export class NoticeCount {
  @Field(() => NoticeKind)
  kind!: NoticeKind;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  unread!: number;
}

@Resolver(() => Notice)
export class NoticeResolver {
  @Authorized()
  @Query(() => NoticeConnection, {
    description:
      'The viewer’s notices, newest first: a bureau’s own unit’s, an enterprise’s own, the region office’s for the leading group and inspectors (docs/jobs-and-notices.md).',
  })
  async myNotices(
    @Arg('unread', () => Boolean, {
      nullable: true,
      description: 'Only unread (true) or read (false) ones.',
    })
    unread: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Notice>> {
    const inbox = inboxWhere(ctx);
    const where: FilterQuery<Notice> = inbox
      ? {
          $and: [
            inbox,
            ...(unread === true ? [{ readAt: null }] : []),
            ...(unread === false ? [{ readAt: { $ne: null } }] : []),
          ],
        }
      : { id: { $in: [] } };
    return paginate(ctx.em, Notice, where, {
      first: page.first,
      after: page.after,
      sortField: 'createdAt',
      direction: SortDirection.DESC,
    });
  }

  @Authorized()
  @Query(() => [NoticeCount], {
    description: 'The viewer’s notices counted per kind (total and unread), for the dashboard.',
  })
  async noticeCounts(@Ctx() ctx: SubgraphContext): Promise<NoticeCount[]> {
    const inbox = inboxSql(ctx);
    if (!inbox) return [];
    const scope = await andScopeOf(ctx, Notice, 'n');
    const rows = await ctx.em.execute<{ kind: NoticeKind; total: string; unread: string }[]>(
      `select n.kind, count(*) as total, count(*) filter (where n.read_at is null) as unread
         from notice n where ${inbox.sql}${scope.sql} group by n.kind order by n.kind`,
      [...inbox.params, ...scope.params],
    );
    return rows.map((r) => ({ kind: r.kind, total: Number(r.total), unread: Number(r.unread) }));
  }

  @FieldResolver(() => Boolean)
  read(@Root() notice: Notice): boolean {
    return !!notice.readAt;
  }

  @FieldResolver(() => NoticeLinkView, { nullable: true, description: 'The record it is about.' })
  link(@Root() notice: Notice): NoticeLinkView | null {
    return notice.linkType && notice.linkId ? { type: notice.linkType, id: notice.linkId } : null;
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The unit it is for (UNIT and POST notices), or the enterprise (ENTERPRISE).',
  })
  recipientUnit(@Root() notice: Notice): OrganisationRef | null {
    const id = notice.unitId ?? notice.enterpriseId;
    return id ? { id } : null;
  }
}
