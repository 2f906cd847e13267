import {
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  byKeys,
  defineLoader,
  DateScalar,
  groupByKeys,
  isUuid,
  jurisdictionOf,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Rectification } from '../entities/audit.entity.js';
import { Inspection, SupervisionCase } from '../entities/case.entity.js';
import { CaseStatus, PenaltyStatus, RectificationStatus } from '../entities/enums.js';
import { Penalty } from '../entities/public-record.entity.js';
import { OrganisationRef, RegionRef } from '../external/refs.js';

@ObjectType('UnitSupervision', { description: 'Where a unit stands with the supervisors.' })
export class UnitSupervision {
  @Field(() => Int) openCases!: number;
  @Field(() => [SupervisionCase], { description: 'Open cases, earliest deadline first.' })
  cases!: SupervisionCase[];
  @Field(() => [Penalty], { description: 'Listed on the dishonest-entity list.' })
  penalties!: Penalty[];
  @Field(() => Inspection, { nullable: true }) lastInspection!: Inspection | null;
  @Field(() => Int) openRectifications!: number;
  @Field(() => Int, { description: 'Open rectifications past their deadline.' })
  overdueRectifications!: number;
}

@ObjectType('RegionSupervision', { description: 'Supervision of the units of a region and below.' })
export class RegionSupervision {
  @Field(() => Int) openCases!: number;
  @Field(() => Int, { description: 'Open cases past their deadline.' }) overdueCases!: number;
  @Field(() => Int) listedUnits!: number;
  @Field(() => Int) openRectifications!: number;
  @Field(() => DateScalar, { nullable: true }) lastInspectionOn!: string | null;
}

const openCasesOf = defineLoader<string, SupervisionCase[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      SupervisionCase,
      { targetUnitId: { $in: ids.filter(isUuid) }, status: CaseStatus.OPEN },
      { orderBy: { deadline: 'asc' } },
    ),
    (c) => c.targetUnitId,
  ),
);
const listedOf = defineLoader<string, Penalty[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Penalty, { unitId: { $in: ids.filter(isUuid) }, status: PenaltyStatus.LISTED }),
    (p) => p.unitId,
  ),
);
const lastInspectionOf = defineLoader<string, Inspection | null>(async (ids, { em }) => {
  const rows = await em.execute<Record<string, unknown>[]>(
    'select distinct on (unit_id) * from inspection where unit_id in (?) order by unit_id, inspected_on desc, id',
    [ids.filter(isUuid)],
  );
  return byKeys(
    ids,
    rows.map((r) => em.map(Inspection, r as never)),
    (i) => i.unitId,
  );
});
const openRectificationsOf = defineLoader<string, Rectification[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Rectification, {
      unitId: { $in: ids.filter(isUuid) },
      status: RectificationStatus.OPEN,
    }),
    (r) => r.unitId,
  ),
);

const regionSupervisionOf = defineLoader<{ code: string; unitIds: string[] }, RegionSupervision>(
  async (keys, { em }) => {
    const pairs = keys.flatMap((k) => k.unitIds.map((u) => ({ k: k.code, u })));
    const today = todayInChina();
    const rows = pairs.length
      ? await em.execute<
          {
            key: string;
            open_cases: number;
            overdue_cases: number;
            listed: number;
            open_rect: number;
            last_inspection: string | null;
          }[]
        >(
          `with m as (select distinct x.k, x.u from jsonb_to_recordset(?::jsonb) as x(k text, u uuid))
           select m.k as "key",
             (select count(*) from supervision_case c join m m2 on m2.u = c.target_unit_id where m2.k = m.k and c.status = 'OPEN')::int as "open_cases",
             (select count(*) from supervision_case c join m m2 on m2.u = c.target_unit_id where m2.k = m.k and c.status = 'OPEN' and c.deadline < ?)::int as "overdue_cases",
             (select count(distinct p.unit_id) from penalty p join m m2 on m2.u = p.unit_id where m2.k = m.k and p.status = 'LISTED')::int as "listed",
             (select count(*) from rectification r join m m2 on m2.u = r.unit_id where m2.k = m.k and r.status = 'OPEN')::int as "open_rect",
             (select max(i.inspected_on)::text from inspection i join m m2 on m2.u = i.unit_id where m2.k = m.k) as "last_inspection"
           from m group by m.k`,
          [JSON.stringify(pairs), today],
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

@Resolver(() => OrganisationRef)
export class OrganisationSupervisionResolver {
  @Authorized()
  @FieldResolver(() => UnitSupervision, {
    description: 'Open cases, listed penalties, last inspection, open rectifications.',
  })
  async supervision(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UnitSupervision> {
    if (!(await jurisdictionOf(ctx)).canSeeUnit(unit.id))
      return {
        openCases: 0,
        cases: [],
        penalties: [],
        lastInspection: null,
        openRectifications: 0,
        overdueRectifications: 0,
      };
    const [cases, penalties, lastInspection, rectifications] = await Promise.all([
      openCasesOf.load(ctx, unit.id),
      listedOf.load(ctx, unit.id),
      lastInspectionOf.load(ctx, unit.id),
      openRectificationsOf.load(ctx, unit.id),
    ]);
    const today = todayInChina();
    return {
      openCases: cases.length,
      cases,
      penalties,
      lastInspection,
      openRectifications: rectifications.length,
      overdueRectifications: rectifications.filter((r) => r.deadline < today).length,
    };
  }
}

@Resolver(() => RegionRef)
export class RegionSupervisionResolver {
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => RegionSupervision, {
    description: 'Supervision of the units in this region and below (the ones you may see).',
  })
  async supervision(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RegionSupervision> {
    const unitIds = (await jurisdictionOf(ctx)).visible(region.unitIds ?? []);
    return regionSupervisionOf.load(ctx, { code: region.code, unitIds });
  }
}
