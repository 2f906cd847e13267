// Whether a unit may report through a group: a unit that keeps a ledger, within the group's
// region, a group that has aggregating units (a sector group), and one of them named.
import { Problems, REPORTING_KINDS, type Problem } from '@arrears-hub/subgraph-kit';

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
  if (!unit) p.add('unitId', `没有编号为“${input.unitId}”的单位（there is no such unit）。`);
  else if (!REPORTING_KINDS.has(unit.kind))
    p.add('unitId', `${unit.name}（${unit.kind}）不报送台账（this unit keeps no ledger）。`);
  if (!group) {
    p.add('groupId', `没有编号为“${input.groupId}”的工作组（there is no such group）。`);
    return p.list;
  }
  if (!group.aggregatorIds.length)
    p.add(
      'groupId',
      `${group.name}没有汇总单位，不是报送台账的行业组（the group aggregates no ledgers）。`,
    );
  if (unit && !unit.regionPath.includes(`/${group.regionCode}/`))
    p.add(
      'unitId',
      `${unit.name}不在${group.name}所属地区（${group.regionCode}）内（the unit is outside the group’s region）。`,
    );
  if (input.aggregatorId) {
    if (!group.aggregatorIds.includes(input.aggregatorId))
      p.add(
        'aggregatorId',
        `该单位不是${group.name}的汇总单位（not one of the group’s aggregating units）。`,
      );
  } else if (group.aggregatorIds.length > 1) {
    p.add(
      'aggregatorId',
      `${group.name}有 ${group.aggregatorIds.length} 个汇总单位：请指定报送到哪一个（name the aggregating unit）。`,
    );
  }
  return p.list;
}
