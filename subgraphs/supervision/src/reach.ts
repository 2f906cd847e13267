// Two questions put to an entity's ownership declaration where no row is loaded, so the default
// filter cannot answer them: which of a region's units the viewer may create records for (the
// kit's @Creates needs an argument naming the unit; generateDisclosures and finaliseAssessments
// name a region), and whether it may read a record computed rather than stored (the live
// assessment). Both ask the declaration's relations, as the kit's own checks do; neither restates
// a jurisdiction rule.
import type { EntityClass } from '@mikro-orm/core';
import {
  canRead,
  heldRelations,
  jurisdictionOf,
  requireOwnership,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';

/** The declarations asked here have unit relations only: no parent row is ever loaded. */
const noParents = async () => null;

export interface UnitsInReach {
  /** The viewer may act for every unit (ADMIN, an unbound leading group or inspector). */
  unrestricted: boolean;
  /** The units, of those asked, for which the viewer holds a writer relation of `entity`. */
  unitIds: string[];
}

/** Which of `unitIds` the viewer may create `entity` records for, as holder of a writer relation
 * on `property` (the unit column of the entity). */
export async function unitsInReach(
  ctx: SubgraphContext,
  entity: EntityClass<object>,
  property: string,
  unitIds: readonly string[],
): Promise<UnitsInReach> {
  const ownership = requireOwnership(entity);
  const j = await jurisdictionOf(ctx);
  if (j.all) return { unrestricted: true, unitIds: [...unitIds] };
  const mine: string[] = [];
  for (const unitId of unitIds) {
    const held = await heldRelations(ownership, j, { [property]: unitId }, noParents);
    if (ownership.writers.some((w) => held.has(w))) mine.push(unitId);
  }
  return { unrestricted: false, unitIds: mine };
}

/** Whether the viewer may read a record of `entity` with these columns (not loaded, or not
 * stored at all). */
export async function mayRead(
  ctx: SubgraphContext,
  entity: EntityClass<object>,
  row: Record<string, unknown>,
): Promise<boolean> {
  return canRead(requireOwnership(entity), await jurisdictionOf(ctx), row, noParents);
}
