// Monthly inspections: the list (kept to the viewer's units by the ownership declaration) and an
// inspection's unit.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  paginate,
  SortDirection,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Inspection, InspectionConnection } from './inspection.entity.js';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized()
  @Query(() => InspectionConnection, { description: 'Monthly inspections, latest first.' })
  inspections(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Inspection>> {
    const where = unitIds ? { unitId: { $in: uuidList(unitIds, 'unitIds') } } : {};
    return paginate(ctx.em, Inspection, where, {
      first: page.first,
      after: page.after,
      sortField: 'inspectedOn',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() i: Inspection): OrganisationRef {
    return { id: i.unitId };
  }
}
