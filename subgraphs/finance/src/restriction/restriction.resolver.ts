// Spending restrictions: the list and the fields of one. Scoped to the viewer's jurisdiction by the
// ownership declaration, not here.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  connectionType,
  PageArgs,
  paginate,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Restriction } from './restriction.entity.js';
import { RestrictionStatus } from './restriction.enums.js';

export const RestrictionConnection = connectionType(Restriction, 'Restriction');

@Resolver(() => Restriction)
export class RestrictionResolver {
  @Authorized()
  @Query(() => RestrictionConnection, { description: 'Spending restrictions on defaulting units.' })
  restrictions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Arg('status', () => RestrictionStatus, { nullable: true }) status: RestrictionStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Restriction>> {
    const and: FilterQuery<Restriction>[] = [];
    if (unitIds) and.push({ unitId: { $in: uuidList(unitIds, 'unitIds') } });
    if (status) and.push({ status });
    return paginate(ctx.em, Restriction, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'fromDate',
    });
  }

  @FieldResolver(() => OrganisationRef)
  unit(@Root() restriction: Restriction): OrganisationRef {
    return { id: restriction.unitId };
  }
}
