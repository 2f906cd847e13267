// The registry as every other subgraph needs it (existence, kind, where, who supervises): served
// through the kit's UNIT_DIRECTORY and REGION_DIRECTORY contracts, and read straight from this
// database for this subgraph's own jurisdiction (the kit's DirectorySource). The facts are public
// to every signed-in viewer and to services (Organisation and Region are `read: 'signed-in'`).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  andScope,
  BACKGROUND,
  jurisdictionOf,
  REGION_DIRECTORY,
  serveContract,
  UNIT_DIRECTORY,
  type DirectoryRegion,
  type DirectorySource,
  type DirectoryUnit,
  type Jurisdiction,
} from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { Region } from '../region/region.entity.js';

/** The directory's statements fill other processes' caches (every 30 s each, whatever the
 * requests): counted apart from the requests' own statements (the kit's BACKGROUND label), so a
 * reload that happens to fall inside a measured request does not change its count. */
const DIRECTORY_LOGGING = { label: BACKGROUND };

/**
 * Units (all of them without `ids`), in one statement. `j` is the caller's jurisdiction, ANDed in
 * as for any raw statement; without one (the directory behind jurisdiction itself) nothing is
 * scoped, which is right only because the registry is public to everyone who is signed in.
 */
export async function directoryUnits(
  em: EntityManager,
  ids?: readonly string[],
  j?: Jurisdiction,
): Promise<DirectoryUnit[]> {
  if (ids && !ids.length) return [];
  const scope = j ? andScope(em, Organisation, j, 'o') : { sql: '', params: [] };
  return em.execute<DirectoryUnit[]>(
    `select o.id, o.name, o.kind, o.status, o.region_code as "regionCode", r.path as "regionPath",
            o.parent_id as "parentId", o.supervisor_id as "supervisorId",
            o.size_class as "sizeClass", to_char(o.size_facts_as_of, 'YYYY-MM-DD') as "sizeFactsAsOf",
            o.credit_code as "creditCode"
       from organisation o join region r on r.code = o.region_code
      where ${ids ? 'o.id in (?)' : 'true'}${scope.sql}
      order by o.id`,
    [...(ids ? [[...ids]] : []), ...scope.params],
    'all',
    DIRECTORY_LOGGING,
  );
}

/** Every region with its path in the tree, in one statement. */
export async function directoryRegions(
  em: EntityManager,
  j?: Jurisdiction,
): Promise<DirectoryRegion[]> {
  const scope = j ? andScope(em, Region, j, 'r') : { sql: '', params: [] };
  return em.execute<DirectoryRegion[]>(
    `select r.code, r.name, r.parent_code as "parentCode", r.path
       from region r where true${scope.sql} order by r.path`,
    scope.params,
    'all',
    DIRECTORY_LOGGING,
  );
}

/** The kit's unit directory in this process reads this database, not its own contract. */
export function localDirectorySource(orm: MikroORM): DirectorySource {
  return {
    units: (ids) => directoryUnits(orm.em.fork(), ids),
    regions: () => directoryRegions(orm.em.fork()),
  };
}

/** UNIT_DIRECTORY: no ids means every unit. */
export const unitDirectoryContract = serveContract(UNIT_DIRECTORY, async ({ ids }, ctx) =>
  directoryUnits(ctx.em, ids.length ? ids : undefined, await jurisdictionOf(ctx)),
);

export const regionDirectoryContract = serveContract(REGION_DIRECTORY, async (_query, ctx) =>
  directoryRegions(ctx.em, await jurisdictionOf(ctx)),
);
