// Batched reads behind Organisation.supervision and Region.supervision: one statement per loader
// for any number of units or regions (the inspectors' question for a region costs the same for 5
// units as for 50). ORM reads carry the jurisdiction filter; the two raw statements AND in the
// same rule as SQL (andScope), so a unit outside the viewer's reach counts nothing.
import type { EntityDictionary } from '@mikro-orm/core';
import {
  andScope,
  byKeys,
  defineLoader,
  groupByKeys,
  inRegion,
  isUuid,
  jurisdictionOf,
  todayInChina,
  unitDirectory,
} from '@arrears-hub/subgraph-kit';
import { Rectification } from '../audit/rectification.entity.js';
import { RectificationStatus } from '../audit/audit.enums.js';
import { SupervisionCase } from '../case/case.entity.js';
import { CaseStatus } from '../case/case.enums.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { Penalty } from '../penalty/penalty.entity.js';
import { PenaltyStatus } from '../penalty/penalty.enums.js';
import type { RegionSupervision } from './supervision-status.types.js';

export const openCasesOf = defineLoader<string, SupervisionCase[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      SupervisionCase,
      { targetUnitId: { $in: ids.filter(isUuid) }, status: CaseStatus.OPEN },
      { orderBy: { deadline: 'asc', id: 'asc' } },
    ),
    (c) => c.targetUnitId,
  ),
);

export const listedOf = defineLoader<string, Penalty[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Penalty,
      { unitId: { $in: ids.filter(isUuid) }, status: PenaltyStatus.LISTED },
      { orderBy: { listedOn: 'asc', id: 'asc' } },
    ),
    (p) => p.unitId,
  ),
);

export const lastInspectionOf = defineLoader<string, Inspection | null>(async (ids, ctx) => {
  const units = ids.filter(isUuid);
  if (!units.length) return ids.map(() => null);
  const scope = andScope(ctx.em, Inspection, await jurisdictionOf(ctx), 'i');
  const rows = await ctx.em.execute<EntityDictionary<Inspection>[]>(
    `select distinct on (i.unit_id) i.* from inspection i
      where i.unit_id in (?)${scope.sql}
      order by i.unit_id, i.inspected_on desc, i.id`,
    [units, ...scope.params],
  );
  return byKeys(
    ids,
    rows.map((r) => ctx.em.map(Inspection, r)),
    (i) => i.unitId,
  );
});

export const openRectificationsOf = defineLoader<string, Rectification[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Rectification, {
      unitId: { $in: ids.filter(isUuid) },
      status: RectificationStatus.OPEN,
    }),
    (r) => r.unitId,
  ),
);

interface UnitRow {
  unit: string;
  open_cases: number;
  overdue_cases: number;
  listed: boolean;
  open_rect: number;
  last_inspection: string | null;
}

/**
 * Region.supervision for many regions in one statement: the four tables counted per unit (as many
 * rows as units with open cases, listings, open rectifications or inspections), each ANDing its
 * own jurisdiction rule, then added up per region by where this subgraph's copy of the registry
 * (the unit directory) places each unit — no list of the region's units travels with the request.
 */
export const regionSupervisionOf = defineLoader<{ code: string }, RegionSupervision>(
  async (keys, ctx) => {
    const { em } = ctx;
    const j = await jurisdictionOf(ctx);
    const cases = andScope(em, SupervisionCase, j, 'c');
    const penalties = andScope(em, Penalty, j, 'p');
    const rectifications = andScope(em, Rectification, j, 'r');
    const inspections = andScope(em, Inspection, j, 'i');
    const rows = await em.execute<UnitRow[]>(
      `select u.unit::text as "unit", sum(u.open_cases)::int as "open_cases", sum(u.overdue_cases)::int as "overdue_cases",
              bool_or(u.listed) as "listed", sum(u.open_rect)::int as "open_rect", max(u.last_inspection)::text as "last_inspection"
         from (
           select c.target_unit_id as unit, count(*) as open_cases, count(*) filter (where c.deadline < ?) as overdue_cases,
                  false as listed, 0 as open_rect, null::date as last_inspection
             from supervision_case c where c.status = 'OPEN'${cases.sql} group by 1
           union all
           select p.unit_id, 0, 0, true, 0, null from penalty p where p.status = 'LISTED'${penalties.sql} group by 1
           union all
           select r.unit_id, 0, 0, false, count(*), null from rectification r where r.status = 'OPEN'${rectifications.sql} group by 1
           union all
           select i.unit_id, 0, 0, false, 0, max(i.inspected_on) from inspection i where true${inspections.sql} group by 1
         ) u group by u.unit`,
      [
        todayInChina(),
        ...cases.params,
        ...penalties.params,
        ...rectifications.params,
        ...inspections.params,
      ],
    );
    const units = await unitDirectory().get(rows.map((r) => r.unit));
    return keys.map((k) => {
      const mine = rows.filter((r) => {
        const unit = units.get(r.unit);
        return !!unit && inRegion(unit, k.code);
      });
      const inspected = mine
        .map((r) => r.last_inspection)
        .filter((d): d is string => !!d)
        .sort();
      return {
        openCases: mine.reduce((n, r) => n + r.open_cases, 0),
        overdueCases: mine.reduce((n, r) => n + r.overdue_cases, 0),
        listedUnits: mine.filter((r) => r.listed).length,
        openRectifications: mine.reduce((n, r) => n + r.open_rect, 0),
        lastInspectionOn: inspected.at(-1) ?? null,
      };
    });
  },
  { cacheKey: (k) => k.code },
);
