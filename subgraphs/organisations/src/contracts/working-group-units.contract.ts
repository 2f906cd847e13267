// WORKING_GROUP_UNITS: a working group's member units and aggregating units (汇总单位), as the
// arrears subgraph's group ledger export gathers them. Not the units of the leaders' posts: a
// 副旗长 sits in the group, but the government's own ledger is not the sector's. Null when there
// is no such group. The caller's person is the viewer here, and the jurisdiction filter applies
// to what is read (the groups are public to signed-in viewers).
import { serveContract, WORKING_GROUP_UNITS } from '@arrears-hub/subgraph-kit';
import { WorkingGroup } from '../working-group/working-group.entity.js';

export const workingGroupUnitsContract = serveContract(WORKING_GROUP_UNITS, async ({ id }, ctx) => {
  const group = await ctx.em.findOne(
    WorkingGroup,
    { id },
    { populate: ['memberUnits', 'aggregatingUnits'] },
  );
  if (!group) return null;
  const units = [...group.memberUnits.getItems(), ...group.aggregatingUnits.getItems()];
  return { id: group.id, name: group.name, unitIds: [...new Set(units.map((u) => u.id))] };
});
