// The sector groups (行业组) monthly reports go through, from the organisations subgraph (the
// REPORTING_GROUPS contract, registry facts public to every signed-in viewer): a unit's route (its
// group and the aggregating unit it submits to), a group's routes, its leaders and receiving
// office. Asked once per request for each question (memoised on the request).
import {
  callContract,
  REPORTING_GROUPS,
  type ReportingGroupFacts,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';

export type { ReportingGroupFacts };

export interface Route {
  group: ReportingGroupFacts;
  aggregatorId: string;
}

const MEMO = Symbol('reporting-groups');

/** The groups named, those the units report through, and (regionCode) those of a region and below. */
export async function reportingGroups(
  ctx: Pick<SubgraphContext, 'memo'>,
  query: { groups?: readonly string[]; units?: readonly string[]; regionCode?: string | null },
): Promise<ReportingGroupFacts[]> {
  const q = {
    groups: [...new Set(query.groups ?? [])].sort(),
    units: [...new Set(query.units ?? [])].sort(),
    regionCode: query.regionCode ?? '',
  };
  if (!q.groups.length && !q.units.length && !q.regionCode) return [];
  let memo = ctx.memo.get(MEMO) as Map<string, Promise<ReportingGroupFacts[]>> | undefined;
  if (!memo) ctx.memo.set(MEMO, (memo = new Map()));
  const key = JSON.stringify(q);
  let result = memo.get(key);
  if (!result)
    memo.set(
      key,
      (result = callContract(null, REPORTING_GROUPS, q).then((groups) => [
        // Calls of 200 units each may answer the same group more than once.
        ...new Map(groups.map((g) => [g.id, g])).values(),
      ])),
    );
  return result;
}

/** The route of the campaign nearest the unit: among the groups with a route for it, the one
 * whose region lies deepest in the unit's region path. */
export function routeOf(
  unitId: string,
  unitRegionPath: string,
  groups: readonly ReportingGroupFacts[],
): Route | null {
  let best: Route | null = null;
  let depth = -1;
  for (const group of groups) {
    const route = group.routes.find((r) => r.unitId === unitId);
    const at = unitRegionPath.indexOf(`/${group.regionCode}/`);
    if (route && at > depth) {
      depth = at;
      best = { group, aggregatorId: route.aggregatorId };
    }
  }
  return best;
}

/** The reporting groups of the campaigns a unit's region belongs to (its region and above). */
export function groupsOver(
  unitRegionPath: string,
  groups: readonly ReportingGroupFacts[],
): ReportingGroupFacts[] {
  return groups.filter((g) => unitRegionPath.includes(`/${g.regionCode}/`));
}
