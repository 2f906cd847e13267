// The region tree's DataLoaders: every field that reads another region (or a region's units) goes
// through one, so a list of N regions costs a fixed number of statements.
import {
  andScope,
  byKeys,
  defineChildPagesLoader,
  defineLoader,
  groupByKeys,
  jurisdictionOf,
  type ChildPageKey,
} from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { Region } from './region.entity.js';

export const regionByCode = defineLoader<string, Region | null>(async (codes, { em }) =>
  byKeys(codes, await em.find(Region, { code: { $in: [...codes] } }), (r) => r.code),
);

export const childRegions = defineLoader<string, Region[]>(async (codes, { em }) =>
  groupByKeys(
    codes,
    await em.find(Region, { parent: { $in: [...codes] } }, { orderBy: { code: 'asc' } }),
    (r) => r.parent!.code,
  ),
);

/** The ids of every unit in each region's subtree (the region itself and all regions below it). */
export const unitIdsInRegion = defineLoader<string, string[]>(async (codes, ctx) => {
  // Raw SQL carries the same jurisdiction as the ORM's reads (the registry is public to every
  // signed-in viewer, so for them the scope is empty).
  const scope = andScope(ctx.em, Organisation, await jurisdictionOf(ctx), 'o');
  const rows = await ctx.em.execute<{ code: string; id: string }[]>(
    `select r.code, o.id from region r
       join region d on d.path like r.path || '%'
       join organisation o on o.region_code = d.code
     where r.code in (?)${scope.sql}
     order by r.code, o.id`,
    [[...codes], ...scope.params],
  );
  return groupByKeys(codes, rows, (row) => row.code).map((group) => group.map((row) => row.id));
});

/** First page of each region's own units: all regions of a request in two statements. */
export const unitsOfRegion = defineChildPagesLoader<Organisation, ChildPageKey>(() => ({
  entity: Organisation,
  parentProperty: 'region',
  sortProperty: 'name',
}));
