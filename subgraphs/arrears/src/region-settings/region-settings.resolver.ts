// A region's settings, calendar and deadlines on the organisations subgraph's Region: every
// region of a request in a fixed number of statements (region-layers.ts), public to every
// signed-in viewer like the registry.
import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  DateScalar,
  daysBetween,
  defineLoader,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { RegionRef } from '../external/region.js';
import { refuseUnless } from '../refuse.js';
import { requirePeriodFormat } from '../reporting/reporting-period.js';
import { SETTING_FIELDS } from '../rules/region-settings.js';
import type { Deadline } from '../rules/reporting-period.js';
import { missingCalendarYears } from '../rules/working-days.js';
import {
  calendarFor,
  chainOfRegion,
  deadlineFor,
  deadlineWindow,
  loadLayers,
  requireDay,
  settingsFor,
  type RegionChain,
} from './region-layers.js';
import {
  CalendarWarning,
  EffectiveRegionSettings,
  ReportingDeadline,
} from './region-settings.types.js';
import { arrearsMessages as msg } from '../messages.js';

const chainOrHub = async (code: string): Promise<RegionChain> =>
  (await chainOfRegion(code)) ?? { regionCode: code, codes: [code] };

const settingsOfRegion = defineLoader<string, EffectiveRegionSettings>(async (codes, ctx) => {
  const chains = await Promise.all(codes.map(chainOrHub));
  const layers = await loadLayers(ctx.em, chains);
  return chains.map((chain) => {
    const s = settingsFor(layers, chain);
    return {
      ...s,
      intakeOffice: s.intakeOfficeId ? { id: s.intakeOfficeId } : null,
      sources: SETTING_FIELDS.map((setting) => ({ setting, regionCode: s.sources[setting] })),
      own: layers.settings.find((row) => row.regionCode === chain.regionCode) ?? null,
    };
  });
});

const yearsOfRegion = defineLoader<string, number[]>(async (codes, ctx) => {
  const chains = await Promise.all(codes.map(chainOrHub));
  const layers = await loadLayers(ctx.em, chains);
  return chains.map((chain) => [...calendarFor(layers, chain).years].sort((a, b) => a - b));
});

const calendarOfRegion = defineLoader<{ code: string; from: string; to: string }, CalendarDay[]>(
  async (keys, ctx) => {
    const chains = await Promise.all(keys.map((k) => chainOrHub(k.code)));
    const from = keys.map((k) => k.from).sort()[0]!;
    const to = keys
      .map((k) => k.to)
      .sort()
      .at(-1)!;
    const layers = await loadLayers(ctx.em, chains, { days: { from, to } });
    return keys.map((key, i) =>
      calendarFor(layers, chains[i]!).days.filter((d) => d.day >= key.from && d.day <= key.to),
    );
  },
  { cacheKey: (k) => `${k.code}@${k.from}@${k.to}` },
);

const deadlineOfRegion = defineLoader<
  { code: string; period: string },
  { chain: RegionChain; deadline: Deadline }
>(
  async (keys, ctx) => {
    const chains = await Promise.all(keys.map((k) => chainOrHub(k.code)));
    const periods = [...new Set(keys.map((k) => k.period))];
    const layers = await loadLayers(ctx.em, chains, { days: deadlineWindow(periods), periods });
    return keys.map((key, i) => ({
      chain: chains[i]!,
      deadline: deadlineFor(layers, chains[i]!, key.period),
    }));
  },
  { cacheKey: (k) => `${k.code}@${k.period}` },
);

@Resolver(() => RegionRef)
export class RegionSettingsResolver {
  @Authorized()
  @FieldResolver(() => EffectiveRegionSettings, {
    description:
      'The settings in force here (report day and hour, complaint clocks, intake office, archive file limit), each with the region it comes from.',
  })
  settings(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<EffectiveRegionSettings> {
    return settingsOfRegion.load(ctx, region.code);
  }

  @Authorized()
  @FieldResolver(() => [Int], {
    description: 'The calendar years on record here (in this region’s calendar or above it).',
  })
  calendarYears(@Root() region: RegionRef, @Ctx() ctx: SubgraphContext): Promise<number[]> {
    return yearsOfRegion.load(ctx, region.code);
  }

  @Authorized()
  @FieldResolver(() => [CalendarWarning], {
    description:
      'Calendar years the region needs and does not have: this year, and the next from 1 December. A clock that needs a missing year is refused, naming it.',
  })
  async calendarWarnings(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarWarning[]> {
    const years = new Set(await yearsOfRegion.load(ctx, region.code));
    return missingCalendarYears(years, todayInChina()).map((year) => ({
      year,
      message: msg.calendarYearWarning({ year }).text(),
    }));
  }

  @Authorized()
  @FieldResolver(() => [CalendarDay], {
    description:
      'The exceptions to the normal week in force here between two dates (at most a year), each from the nearest layer.',
  })
  async calendarDays(
    @Root() region: RegionRef,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarDay[]> {
    const span = daysBetween(from, to);
    refuseUnless(span >= 0 && span <= 366, 'to', msg.atMostAYear(), '');
    return calendarOfRegion.load(ctx, { code: region.code, from, to });
  }

  @Authorized()
  @FieldResolver(() => ReportingDeadline, {
    description:
      'When the monthly ledger of a period is due here: the period’s own deadline if the leading group set one, else the report day and hour, moved off a rest day. Refused, naming the year, when the calendar lacks it.',
  })
  async reportingDeadline(
    @Root() region: RegionRef,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingDeadline> {
    const key = { code: region.code, period: requirePeriodFormat(period) };
    const { chain, deadline } = await deadlineOfRegion.load(ctx, key);
    return { period: key.period, ...requireDay(deadline, chain, 'period') };
  }
}
