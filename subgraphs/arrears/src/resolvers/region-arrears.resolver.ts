import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { RegionRef } from '../external/region.js';
import { ArrearsSummary, emptySummary, summaryByUnitSet } from './arrears-summary.js';

@Resolver(() => RegionRef)
export class RegionArrearsResolver {
  // @requires(unitIds): the gateway first asks the organisations subgraph for the ids of every unit
  // in the region's subtree, then passes them here with the representation.
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => ArrearsSummary, { description: 'Ledger totals of the debtor units in this region and below it.' })
  arrearsSummary(@Root() region: RegionRef, @Ctx() ctx: SubgraphContext): Promise<ArrearsSummary> | ArrearsSummary {
    if (!region.unitIds?.length) return emptySummary();
    return summaryByUnitSet.load(ctx, { key: region.code, unitIds: region.unitIds });
  }
}
