// Where a clue belongs (docs/domain/complaints.md §7): the region of the unit complained about when
// it is registered, else the region given at intake, else the region the filing viewer is bound
// to, else the region of the viewer's own unit. Worked out once at intake and stored on the clue
// (`regionCode`), with the region's intake office; every clock of the clue runs on that region's
// calendar and settings.
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { chainOfRegion, chainOfUnit, type RegionChain } from '../region-settings/region-layers.js';
import type { Clue } from './clue.entity.js';

/** The region chain a new clue belongs to. */
export async function intakeChain(
  ctx: SubgraphContext,
  respondentRegionPath: string | null,
  givenRegion: RegionChain | null,
): Promise<RegionChain> {
  if (respondentRegionPath) {
    const codes = respondentRegionPath.split('/').filter(Boolean).reverse();
    if (codes.length) return { regionCode: codes[0]!, codes };
  }
  if (givenRegion) return givenRegion;
  const bound = ctx.viewer.regionCode ? await chainOfRegion(ctx.viewer.regionCode) : null;
  if (bound) return bound;
  return chainOfUnit(ctx.viewer.organisationId);
}

/** The region chain a clue's clocks run on: its stored region (clues filed before regions were
 * stored: the respondent's). */
export async function clueChain(
  clue: Pick<Clue, 'regionCode' | 'respondentId'>,
): Promise<RegionChain> {
  const stored = clue.regionCode ? await chainOfRegion(clue.regionCode) : null;
  return stored ?? chainOfUnit(clue.respondentId);
}
