// The figures of a region's units on the organisations subgraph's Region (its place in the tree
// comes through @requires), over the debts the viewer may see.
import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { RegionRef } from '../external/region.js';
import { regionScope } from './scope.js';
import { unitsOwingOf } from './summary.loaders.js';

@Resolver(() => RegionRef)
export class RegionFiguresResolver {
  @Authorized()
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => [OrganisationRef], {
    description: 'Units of this region with debts past due, unpaid, and no repayment plan (today).',
  })
  async overdueUnplannedDebtors(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrganisationRef[]> {
    const units = await unitsOwingOf.load(ctx, regionScope(region.code, region.path));
    return units.filter((u) => u.overdue_unplanned).map((u) => ({ id: u.unit }));
  }
}
