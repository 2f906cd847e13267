import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { NoticeConnection, type Notice } from './notice.entity.js';
import { noticesOfUnit } from './notice.loaders.js';

// The notices subgraph's field on the organisations subgraph's Organisation. Batched: a list of N
// units costs the same two statements as one unit, scoped by the kit like every other read.
@Resolver(() => OrganisationRef)
export class OrganisationNoticesResolver {
  @Authorized()
  @FieldResolver(() => NoticeConnection, {
    description: 'This unit’s notices records, newest first (within your jurisdiction).',
  })
  notices(
    @Root() unit: OrganisationRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Notice>> {
    return noticesOfUnit.load(ctx, { parentId: unit.id, first: page.first, after: page.after });
  }
}
