import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  defineLoader,
  REPORTING_KINDS,
  unitDirectory,
  unitsInRegion,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { RegionRef } from '../external/region.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { unitsWithVisibleLedger } from '../ledger/ledger-scope.js';
import { LedgerReport } from './ledger-report.entity.js';
import { andVisible } from '../visible-rows.js';
import { dueAtFor, requirePeriod } from './reporting-period.js';

// Who in a region submitted the monthly ledger for a period: on time, late, not at all, or paused
// after a zeroing notice — counted over the units whose ledger the viewer may see.

@ObjectType('LedgerReportingStatus', {
  description:
    'Who in a region submitted the monthly ledger for a period, on time or late, and who did not.',
})
export class LedgerReportingStatus {
  @Field(() => String)
  period!: string;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => Int, { description: 'Units that keep a ledger and are not paused.' })
  expected!: number;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int)
  missing!: number;

  @Field(() => [OrganisationRef], {
    description: 'Expected units with no submission for the period.',
  })
  missingUnits!: OrganisationRef[];

  @Field(() => [OrganisationRef])
  lateUnits!: OrganisationRef[];

  @Field(() => [OrganisationRef], {
    description:
      'Units whose last submission was a zeroing notice with no new debt since: reporting paused.',
  })
  pausedUnits!: OrganisationRef[];
}

interface StatusKey {
  regionCode: string;
  unitIds: string[];
  period: string;
}

/** All regions of a request in two statements per period, whatever their number. */
const statusOfRegion = defineLoader<StatusKey, LedgerReportingStatus>(
  async (keys, ctx) => {
    const { em } = ctx;
    const reports = await andVisible(ctx, LedgerReport, 'ledger_report');
    const arrears = await andVisible(ctx, Arrear, 'a');
    const directory = await unitDirectory().get([...new Set(keys.flatMap((k) => k.unitIds))]);
    const result = new Map<string, LedgerReportingStatus>();
    for (const period of new Set(keys.map((k) => k.period))) {
      const group = keys.filter((k) => k.period === period);
      const reporting = [...new Set(group.flatMap((k) => k.unitIds))].filter((id) =>
        REPORTING_KINDS.has(directory.get(id)?.kind ?? ''),
      );
      const dueAt = await dueAtFor(em, period);
      const submissions = reporting.length
        ? await em.execute<{ unit_id: string; first_at: Date }[]>(
            `select unit_id, min(submitted_at) as first_at from ledger_report
              where period = ? and unit_id in (?)${reports.sql} group by unit_id`,
            [period, reporting, ...reports.params],
          )
        : [];
      // Paused: the last submission before this period announced zeroing, and no debt was registered since.
      const paused = reporting.length
        ? await em.execute<{ unit_id: string }[]>(
            `select r.unit_id from (
               select distinct on (unit_id) unit_id, kind, submitted_at from ledger_report
                where unit_id in (?) and period < ?${reports.sql} order by unit_id, period desc, revision desc) r
             where r.kind = 'ZEROING'
               and not exists (select 1 from arrear a where a.debtor_id = r.unit_id and a.registered_at > r.submitted_at${arrears.sql})`,
            [reporting, period, ...reports.params, ...arrears.params],
          )
        : [];
      const firstAt = new Map(submissions.map((s) => [s.unit_id, new Date(s.first_at)]));
      const pausedIds = new Set(paused.map((p) => p.unit_id));
      for (const key of group) {
        const units = key.unitIds.filter((id) => reporting.includes(id));
        const active = units.filter((id) => !pausedIds.has(id) || firstAt.has(id));
        const missing = active.filter((id) => !firstAt.has(id));
        const late = active.filter((id) => firstAt.has(id) && firstAt.get(id)! > dueAt);
        result.set(`${key.regionCode}|${period}`, {
          period,
          dueAt,
          expected: active.length,
          onTime: active.length - missing.length - late.length,
          late: late.length,
          missing: missing.length,
          missingUnits: missing.map((id) => ({ id })),
          lateUnits: late.map((id) => ({ id })),
          pausedUnits: units
            .filter((id) => pausedIds.has(id) && !firstAt.has(id))
            .map((id) => ({ id })),
        });
      }
    }
    return keys.map((k) => result.get(`${k.regionCode}|${k.period}`)!);
  },
  { cacheKey: (k) => `${k.regionCode}|${k.period}` },
);

@Resolver(() => RegionRef)
export class RegionReportingResolver {
  // The region's units from this subgraph's copy of the registry (the unit directory): no list of
  // units travels with the request. A unit registered or moved in the last moments shows once the
  // directory has reloaded (kit/unit-directory.ts).
  @Authorized()
  @FieldResolver(() => LedgerReportingStatus, {
    description: 'The monthly ledger submissions of the units in this region for a period.',
  })
  async ledgerReporting(
    @Root() region: RegionRef,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerReportingStatus> {
    const checked = requirePeriod(period, 'period');
    const inRegion = unitsInRegion(await unitDirectory().all(), region.code)
      .map((u) => u.id)
      .sort();
    // Only the units whose ledger the viewer may see are counted.
    const unitIds = await unitsWithVisibleLedger(ctx, inRegion);
    return statusOfRegion.load(ctx, { regionCode: region.code, unitIds, period: checked });
  }
}
