// What the supervision subgraph adds to the organisations subgraph's Region: the supervision of
// its units and the regions below (only what the viewer's jurisdiction holds is counted).
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { RegionRef } from '../external/region.js';
import { regionSupervisionOf } from './supervision-status.loaders.js';
import { RegionSupervision } from './supervision-status.types.js';

@Resolver(() => RegionRef)
export class RegionSupervisionResolver {
  // No @requires: the units of the region come from this subgraph's copy of the registry.
  @Authorized()
  @FieldResolver(() => RegionSupervision, {
    description: 'Supervision of the units in this region and below (the ones you may see).',
  })
  supervision(@Root() region: RegionRef, @Ctx() ctx: SubgraphContext): Promise<RegionSupervision> {
    return regionSupervisionOf.load(ctx, { code: region.code });
  }
}
