// The notice queries and the fields of Notice. No jurisdiction is written here: the kit's
// default-on filter keeps every read (the list, the count, the loaders) to the records the
// viewer's jurisdiction holds, from the ownership declaration in notice.entity.ts.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  DateScalar,
  PageArgs,
  paginate,
  recordHistory,
  requireId,
  SortDirection,
  todayInChina,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { config } from '../config.js';
import { OrganisationRef } from '../external/organisation.js';
import { dueDate, isOverdue } from '../rules/notice-status.js';
import { Notice, NoticeConnection } from './notice.entity.js';
import { NoticeStatus } from './notice.enums.js';
import { noticeById } from './notice.loaders.js';

@Resolver(() => Notice)
export class NoticeResolver {
  @Authorized()
  @Query(() => NoticeConnection, {
    description: 'Records of the units within your jurisdiction, newest first.',
  })
  notices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true, description: 'Only these units.' })
    unitIds: string[] | null,
    @Arg('status', () => NoticeStatus, { nullable: true }) status: NoticeStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Notice>> {
    const where: FilterQuery<Notice> = {
      ...(unitIds ? { unitId: { $in: uuidList(unitIds, 'unitIds') } } : {}),
      ...(status ? { status } : {}),
    };
    return paginate(ctx.em, Notice, where, {
      first: page.first,
      after: page.after,
      sortField: 'receivedOn',
      direction: SortDirection.DESC,
    });
  }

  @Authorized()
  @Query(() => Notice, {
    nullable: true,
    description: 'One record; null when it does not exist or is outside your jurisdiction.',
  })
  notice(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Notice | null> {
    return noticeById.load(ctx, requireId(id, 'id'));
  }

  @FieldResolver(() => OrganisationRef, {
    description: 'The unit (resolved by the organisations subgraph).',
  })
  unit(@Root() record: Notice): OrganisationRef {
    return { id: record.unitId };
  }

  @FieldResolver(() => DateScalar, {
    description: 'The day by which it must be closed (HUB_NOTICES_DUE_DAYS after it was received).',
  })
  dueOn(@Root() record: Notice): string {
    return dueDate(record.receivedOn, config().dueDays);
  }

  @FieldResolver(() => Boolean, { description: 'Not closed, and past its due date (China time).' })
  overdue(@Root() record: Notice): boolean {
    return isOverdue(record.status, dueDate(record.receivedOn, config().dueDays), todayInChina());
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [AuditEntry], {
    description:
      'Every recorded change, oldest first (inspectors and the leading group, within their jurisdiction).',
  })
  history(@Root() record: Notice, @Ctx() ctx: SubgraphContext): Promise<AuditEntry[]> {
    return recordHistory(ctx, Notice, record);
  }
}
