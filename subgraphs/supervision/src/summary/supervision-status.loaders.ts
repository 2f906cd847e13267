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
  isUuid,
  jurisdictionOf,
  todayInChina,
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

interface RegionRow {
  key: string;
  open_cases: number;
  overdue_cases: number;
  listed: number;
  open_rect: number;
  last_inspection: string | null;
}

/** Region.supervision for many regions in one statement: each region's units (from its owner,
 * @requires unitIds) joined to the four tables, each AND its own jurisdiction rule. */
export const regionSupervisionOf = defineLoader<
  { code: string; unitIds: string[] },
  RegionSupervision
>(
  async (keys, ctx) => {
    const { em } = ctx;
    const pairs = keys.flatMap((k) => k.unitIds.filter(isUuid).map((u) => ({ k: k.code, u })));
    const j = await jurisdictionOf(ctx);
    const cases = andScope(em, SupervisionCase, j, 'c');
    const penalties = andScope(em, Penalty, j, 'p');
    const rectifications = andScope(em, Rectification, j, 'r');
    const inspections = andScope(em, Inspection, j, 'i');
    const rows = pairs.length
      ? await em.execute<RegionRow[]>(
          `with m as (select distinct x.k, x.u from jsonb_to_recordset(?::jsonb) as x(k text, u uuid))
           select m.k as "key",
             (select count(*) from supervision_case c join m m2 on m2.u = c.target_unit_id
               where m2.k = m.k and c.status = 'OPEN'${cases.sql})::int as "open_cases",
             (select count(*) from supervision_case c join m m2 on m2.u = c.target_unit_id
               where m2.k = m.k and c.status = 'OPEN' and c.deadline < ?${cases.sql})::int as "overdue_cases",
             (select count(distinct p.unit_id) from penalty p join m m2 on m2.u = p.unit_id
               where m2.k = m.k and p.status = 'LISTED'${penalties.sql})::int as "listed",
             (select count(*) from rectification r join m m2 on m2.u = r.unit_id
               where m2.k = m.k and r.status = 'OPEN'${rectifications.sql})::int as "open_rect",
             (select max(i.inspected_on)::text from inspection i join m m2 on m2.u = i.unit_id
               where m2.k = m.k${inspections.sql}) as "last_inspection"
           from m group by m.k`,
          [
            JSON.stringify(pairs),
            ...cases.params,
            todayInChina(),
            ...cases.params,
            ...penalties.params,
            ...rectifications.params,
            ...inspections.params,
          ],
        )
      : [];
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return keys.map((k) => {
      const r = byKey.get(k.code);
      return {
        openCases: r?.open_cases ?? 0,
        overdueCases: r?.overdue_cases ?? 0,
        listedUnits: r?.listed ?? 0,
        openRectifications: r?.open_rect ?? 0,
        lastInspectionOn: r?.last_inspection ?? null,
      };
    });
  },
  { cacheKey: (k) => k.code },
);
