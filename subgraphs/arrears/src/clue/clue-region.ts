// Whose calendar and clocks a clue runs on: the region of the unit complained about when it is
// registered, else the region the filing viewer is bound to, else the region of the viewer's own
// unit, else the hub's alone. (Storing a clue's region, and routing by it, is the complaints
// issue's; until then the region is worked out the same way at every step.)
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { chainOfRegion, chainOfUnit, type RegionChain } from '../region-settings/region-layers.js';

export async function clueChain(
  ctx: SubgraphContext,
  respondentId: string | null | undefined,
): Promise<RegionChain> {
  const ofRespondent = await chainOfUnit(respondentId);
  if (ofRespondent.codes.length) return ofRespondent;
  const bound = ctx.viewer.regionCode ? await chainOfRegion(ctx.viewer.regionCode) : null;
  if (bound) return bound;
  return chainOfUnit(ctx.viewer.organisationId);
}
