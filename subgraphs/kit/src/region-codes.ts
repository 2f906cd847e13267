// A region named by its code in a filter or an argument: looked up in the unit directory's copy
// of the region tree, so every subgraph refuses an unknown code alike (the field at fault, a
// message a clerk can act on) and none asks the registry once per request.
import { raw } from '@mikro-orm/core';
import { UserInputError } from '@arrears-hub/protocol';
import type { DirectoryRegion } from './contracts/catalogue.js';
import { arrayLiteral } from './pages-per-parent.js';
import { kitMessages as msg } from './messages.js';
import { unitDirectory, unitsInRegion } from './unit-directory.js';

/** The region of `code` (trimmed); an unknown code is refused on `field`. */
export async function requireRegion(code: string, field: string): Promise<DirectoryRegion> {
  const region = (await unitDirectory().regions()).get(code.trim());
  if (!region) throw new UserInputError(msg.unknownRegionCode({ code }), field);
  return region;
}

/** The ids of the registered units of a region and the regions below it; an unknown code is
 * refused on `field`. */
export async function unitIdsInRegion(code: string, field: string): Promise<string[]> {
  const region = await requireRegion(code, field);
  return unitsInRegion(await unitDirectory().all(), region.code).map((unit) => unit.id);
}

/**
 * A MikroORM condition: `column` (a unit id column of the entity) names a registered unit of the
 * region's subtree, placed by the unit directory. One array parameter however many units the
 * region holds (a province's region: tens of thousands, more than an id-list filter takes); an
 * unknown code is refused on `field`. Spread into a `FilterQuery`: `{ ...unitInRegionWhere(…) }`.
 */
export async function unitInRegionWhere(
  column: string,
  code: string,
  field: string,
): Promise<Record<string, never[]>> {
  const ids = await unitIdsInRegion(code, field);
  return {
    [raw((alias: string) => `${alias}.${column} = any(?::uuid[])`, [arrayLiteral(ids)])]: [],
  };
}
