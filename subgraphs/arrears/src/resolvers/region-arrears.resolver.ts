import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { RegionRef } from '../external/region.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { emptySummary, summaryOf } from '../summary/summary.loaders.js';

@Resolver(() => RegionRef)
export class RegionArrearsResolver {
  // @requires(unitIds): the gateway first asks the organisations subgraph for the ids of every unit
  // in the region's subtree, then passes them here with the representation.
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => ArrearsSummary, { description: 'Ledger totals of the debtor units in this region and below it.' })
  arrearsSummary(@Root() region: RegionRef, @Ctx() ctx: SubgraphContext): Promise<ArrearsSummary> | ArrearsSummary {
    const scope = { key: region.code, column: 'debtor_id' as const, ids: region.unitIds ?? [] };
    return scope.ids.length ? summaryOf.load(ctx, scope) : emptySummary(scope);
  }
}
