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
import { chainOfRegion, deadlineOfChain } from '../region-settings/region-layers.js';
import { requirePeriod } from './reporting-period.js';
import { reportingStates } from './reporting-state.js';

// Who in a region submitted the monthly ledger for a period: on time, late, not at all, returned,
// or paused after a zeroing notice (rules/reporting-status.ts) — counted over the units whose
// reporting the viewer may see (as the unit, its aggregating unit, the receiving office or the
// region's leading group), each judged by its own region's deadline.

@ObjectType('LedgerReportingStatus', {
  description:
    'Who in a region submitted the monthly ledger for a period, on time or late, and who did not.',
})
export class LedgerReportingStatus {
  @Field(() => String)
  period!: string;

  @Field(() => Date, { description: 'The region’s deadline (moved off a rest day).' })
  dueAt!: Date;

  @Field(() => Int, { description: 'Units that keep a ledger and are not paused.' })
  expected!: number;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int, {
    description: 'Expected units with no submission that counts (returned ones included).',
  })
  missing!: number;

  @Field(() => [OrganisationRef], {
    description: 'Expected units with no submission that counts for the period.',
  })
  missingUnits!: OrganisationRef[];

  @Field(() => [OrganisationRef])
  lateUnits!: OrganisationRef[];

  @Field(() => [OrganisationRef], {
    description:
      'Units whose last submission was a zeroing notice with no new debt since: reporting paused (on time).',
  })
  pausedUnits!: OrganisationRef[];

  @Field(() => [OrganisationRef], {
    description: 'Units whose submission the aggregating unit returned, to submit again.',
  })
  returnedUnits!: OrganisationRef[];
}

interface StatusKey {
  regionCode: string;
  unitIds: string[];
  period: string;
}

/** All regions of a request: one pass over the union of their units per period. */
const statusOfRegion = defineLoader<StatusKey, LedgerReportingStatus>(
  async (keys, ctx) => {
    const result = new Map<string, LedgerReportingStatus>();
    for (const period of new Set(keys.map((k) => k.period))) {
      const group = keys.filter((k) => k.period === period);
      const states = new Map(
        (await reportingStates(ctx, [...new Set(group.flatMap((k) => k.unitIds))], period)).map(
          (s) => [s.unitId, s],
        ),
      );
      for (const key of group) {
        const mine = key.unitIds
          .map((id) => states.get(id))
          .filter((s) => !!s)
          .map((s) => s!);
        const of = (...wanted: string[]) =>
          mine.filter((s) => wanted.includes(s.state)).map((s) => ({ id: s.unitId }));
        const missing = of('MISSING', 'PENDING', 'RETURNED');
        const late = of('LATE');
        const onTime = of('ON_TIME');
        const chain = await chainOfRegion(key.regionCode);
        result.set(`${key.regionCode}|${period}`, {
          period,
          dueAt: await deadlineOfChain(
            ctx.em,
            chain ?? { regionCode: key.regionCode, codes: [key.regionCode] },
            period,
            'period',
          ),
          expected: onTime.length + late.length + missing.length,
          onTime: onTime.length,
          late: late.length,
          missing: missing.length,
          missingUnits: missing,
          lateUnits: late,
          pausedUnits: of('PAUSED'),
          returnedUnits: of('RETURNED'),
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
    // Only the units that keep a ledger are candidates (reportingStates keeps those whose
    // reporting the viewer may read); the region's enterprises never travel further.
    const unitIds = unitsInRegion(await unitDirectory().all(), region.code)
      .filter((u) => REPORTING_KINDS.has(u.kind))
      .map((u) => u.id)
      .sort();
    return statusOfRegion.load(ctx, { regionCode: region.code, unitIds, period: checked });
  }
}
