// WORKING_GROUP_UNITS: a working group's units as the arrears subgraph's group ledger export
// gathers them. A sector group's units are those that report through it (their routes) and the
// member units named as units; then every unit they supervise or own (主管 / 上级, transitively)
// that reports through no other group of the region, so that a group of state-owned enterprises
// brings their subsidiaries. A group without reporting routes (a coordination group) gathers its
// member and aggregating units, as before. Not the units of the leaders' posts: a 副旗长 sits in
// the group, but the government's own ledger is not the sector's. Null when there is no such
// group. The caller's person is the viewer here (the groups are public to signed-in viewers).
import {
  serveContract,
  supervisedBy,
  unitDirectory,
  WORKING_GROUP_UNITS,
} from '@arrears-hub/subgraph-kit';
import { ReportingRoute } from '../reporting-route/reporting-route.entity.js';
import { WorkingGroup } from '../working-group/working-group.entity.js';

export const workingGroupUnitsContract = serveContract(WORKING_GROUP_UNITS, async ({ id }, ctx) => {
  const group = await ctx.em.findOne(
    WorkingGroup,
    { id },
    { populate: ['memberUnits', 'aggregatingUnits'] },
  );
  if (!group) return null;
  const routes = await ctx.em.find(ReportingRoute, { regionCode: group.region.code });
  const own = routes.filter((r) => r.group.id === group.id).map((r) => r.unit.id);
  const named = group.memberUnits.getItems().map((u) => u.id);
  const roots = own.length
    ? [...own, ...named]
    : [...named, ...group.aggregatingUnits.getItems().map((u) => u.id)];
  // Units routed to another group of the region report there, not here.
  const elsewhere = new Set(routes.filter((r) => r.group.id !== group.id).map((r) => r.unit.id));
  const units = await unitDirectory().all();
  const ids = new Set<string>();
  for (const root of roots)
    for (const unitId of supervisedBy(root, units))
      if (unitId === root || !elsewhere.has(unitId)) ids.add(unitId);
  return { id: group.id, name: group.name, unitIds: [...ids] };
});
