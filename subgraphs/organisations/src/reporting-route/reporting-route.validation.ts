// Whether a unit may report through a group: a unit that keeps a ledger, within the group's
// region, a group that has aggregating units (a sector group), and one of them named.
import { Problems, REPORTING_KINDS, type Problem } from '@arrears-hub/subgraph-kit';
import { organisationsMessages as msg } from '../messages.js';

export interface RouteAssignment {
  unitId: string;
  groupId: string;
  aggregatorId?: string | null;
}

export interface RouteFacts {
  unit: { name: string; kind: string; regionPath: string } | null;
  group: { name: string; regionCode: string; aggregatorIds: string[] } | null;
}

export function routeProblems(input: RouteAssignment, facts: RouteFacts): Problem[] {
  const p = new Problems();
  const { unit, group } = facts;
  if (!unit) p.add('unitId', msg.noSuchUnit({ id: input.unitId }));
  else if (!REPORTING_KINDS.has(unit.kind)) p.add('unitId', msg.routeUnitKeepsNoLedger(unit));
  if (!group) {
    p.add('groupId', msg.routeGroupUnknown({ id: input.groupId }));
    return p.list;
  }
  if (!group.aggregatorIds.length)
    p.add('groupId', msg.routeGroupAggregatesNothing({ group: group.name }));
  if (unit && !unit.regionPath.includes(`/${group.regionCode}/`))
    p.add(
      'unitId',
      msg.routeUnitOutsideRegion({
        unit: unit.name,
        group: group.name,
        regionCode: group.regionCode,
      }),
    );
  if (input.aggregatorId) {
    if (!group.aggregatorIds.includes(input.aggregatorId))
      p.add('aggregatorId', msg.routeNotAnAggregator({ group: group.name }));
  } else if (group.aggregatorIds.length > 1) {
    p.add(
      'aggregatorId',
      msg.routeNameAggregator({ group: group.name, count: group.aggregatorIds.length }),
    );
  }
  return p.list;
}
