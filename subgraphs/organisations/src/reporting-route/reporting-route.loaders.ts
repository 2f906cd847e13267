// Routes batched by group and by unit: a list of N groups or units costs one statement.
import { defineLoader, groupByKeys } from '@arrears-hub/subgraph-kit';
import { ReportingRoute } from './reporting-route.entity.js';

export const routesOfGroup = defineLoader<string, ReportingRoute[]>(async (groupIds, { em }) =>
  groupByKeys(
    groupIds,
    await em.find(ReportingRoute, { group: { $in: [...groupIds] } }, { orderBy: { id: 'asc' } }),
    (r) => r.group.id,
  ),
);

export const routesOfUnit = defineLoader<string, ReportingRoute[]>(async (unitIds, { em }) =>
  groupByKeys(
    unitIds,
    await em.find(ReportingRoute, { unit: { $in: [...unitIds] } }),
    (r) => r.unit.id,
  ),
);

/** The route of the campaign nearest the unit: the region deepest in the unit's own path. */
export function nearestRoute(
  routes: readonly ReportingRoute[],
  unitRegionPath: string,
): ReportingRoute | null {
  let best: ReportingRoute | null = null;
  let depth = -1;
  for (const route of routes) {
    const at = unitRegionPath.indexOf(`/${route.regionCode}/`);
    if (at > depth) {
      depth = at;
      best = route;
    }
  }
  return best;
}
