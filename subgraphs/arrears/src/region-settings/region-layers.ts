// What is in force in a region: its own settings, calendar and period deadlines over its parent's,
// up the region tree, over the hub-wide layer and the hub's defaults (rules/region-settings.ts).
// The region tree comes from the kit's region directory (organisations). Rows for every region a
// request needs are read in a fixed number of statements (one per kind of row), whatever the
// number of regions; the merging itself is pure.
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, unitDirectory, UserInputError } from '@arrears-hub/subgraph-kit';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { CalendarYear } from '../calendar/calendar-year.entity.js';
import { arrearsConfig } from '../config.js';
import { ReportingPeriod } from '../reporting/reporting-period.entity.js';
import {
  effectiveSettings,
  hubDefaults,
  type EffectiveSettings,
  type SettingsLayer,
} from '../rules/region-settings.js';
import { reportingDeadline, type Deadline } from '../rules/reporting-period.js';
import type { WorkCalendar } from '../rules/working-days.js';
import { RegionSettings } from './region-settings.entity.js';
import { arrearsMessages as msg } from '../messages.js';

/** A region and the regions above it, nearest first; empty for "no region" (the hub layer only). */
export interface RegionChain {
  regionCode: string | null;
  codes: string[];
}

/** The chain of a region path "/150000/150600/150621/". */
export function chainOfPath(path: string | null | undefined): RegionChain {
  const codes = (path ?? '').split('/').filter(Boolean).reverse();
  return { regionCode: codes[0] ?? null, codes };
}

const HUB: RegionChain = { regionCode: null, codes: [] };

/** The chain of a region by code; null when there is no such region. A code the directory does
 * not know reloads it, at most every few seconds (a region registered just now is found; a stream
 * of unknown codes does not reload it on every request). */
export async function chainOfRegion(code: string): Promise<RegionChain | null> {
  const directory = unitDirectory();
  let region = (await directory.regions()).get(code);
  if (!region && (directory.ageMs() ?? Number.POSITIVE_INFINITY) > 5_000) {
    directory.invalidate();
    region = (await directory.regions()).get(code);
  }
  return region ? chainOfPath(region.path) : null;
}

/** The chain of the region a unit is registered in (the hub layer for an unknown unit). */
export async function chainOfUnit(unitId: string | null | undefined): Promise<RegionChain> {
  if (!unitId) return HUB;
  const unit = (await unitDirectory().get([unitId])).get(unitId);
  return unit ? chainOfPath(unit.regionPath) : HUB;
}

export interface Layers {
  settings: RegionSettings[];
  years: CalendarYear[];
  days: CalendarDay[];
  periods: ReportingPeriod[];
}

/** The rows of every layer of these chains: settings, years, calendar days between `from` and
 * `to`, and the deadlines set for `periods` (four statements at most). */
export async function loadLayers(
  em: EntityManager,
  chains: readonly RegionChain[],
  want: { days?: { from: string; to: string }; periods?: readonly string[] } = {},
): Promise<Layers> {
  const codes = [...new Set(chains.flatMap((c) => c.codes))];
  const inLayers = { $or: [{ regionCode: { $in: codes } }, { regionCode: null }] };
  const settings = codes.length
    ? await em.find(RegionSettings, { regionCode: { $in: codes } })
    : [];
  const years = await em.find(CalendarYear, inLayers);
  const days = want.days
    ? await em.find(
        CalendarDay,
        { ...inLayers, day: { $gte: want.days.from, $lte: want.days.to } },
        { orderBy: { day: 'asc' } },
      )
    : [];
  const periods = want.periods?.length
    ? await em.find(ReportingPeriod, { ...inLayers, period: { $in: [...want.periods] } })
    : [];
  return { settings, years, days, periods };
}

/** How near a layer is to the region: 0 is the region itself, the hub layer comes last. */
const rank = (chain: RegionChain, regionCode: string | null | undefined) =>
  regionCode ? chain.codes.indexOf(regionCode) : chain.codes.length;
const inChain = (chain: RegionChain, regionCode: string | null | undefined) =>
  rank(chain, regionCode) >= 0;

export function settingsFor(layers: Layers, chain: RegionChain): EffectiveSettings {
  const own = chain.codes
    .map((code) => layers.settings.find((s) => s.regionCode === code))
    .filter((s): s is RegionSettings => !!s) as SettingsLayer[];
  return effectiveSettings(own, hubDefaults(arrearsConfig()));
}

export interface RegionCalendar extends WorkCalendar {
  /** The exceptions in force, each from the nearest layer that sets the day. */
  days: CalendarDay[];
}

export function calendarFor(layers: Layers, chain: RegionChain): RegionCalendar {
  const nearest = new Map<string, CalendarDay>();
  for (const day of layers.days) {
    if (!inChain(chain, day.regionCode)) continue;
    const held = nearest.get(day.day);
    if (!held || rank(chain, day.regionCode) < rank(chain, held.regionCode))
      nearest.set(day.day, day);
  }
  const days = [...nearest.values()].sort((a, b) => a.day.localeCompare(b.day));
  return {
    days,
    overrides: new Map(days.map((d) => [d.day, d.kind])),
    years: new Set(layers.years.filter((y) => inChain(chain, y.regionCode)).map((y) => y.year)),
  };
}

/** The deadline the leading group set for `period` in the nearest layer, if any. */
export function periodOverrideFor(
  layers: Layers,
  chain: RegionChain,
  period: string,
): ReportingPeriod | null {
  return (
    layers.periods
      .filter((p) => p.period === period && inChain(chain, p.regionCode))
      .sort((a, b) => rank(chain, a.regionCode) - rank(chain, b.regionCode))[0] ?? null
  );
}

/** The calendar days a period's deadline may need: its month and the weeks after it. */
export const deadlineWindow = (periods: readonly string[]) => ({
  from: `${[...periods].sort()[0]}-01`,
  to: addDays(`${[...periods].sort().at(-1)}-28`, 45),
});

export function deadlineFor(layers: Layers, chain: RegionChain, period: string): Deadline {
  const settings = settingsFor(layers, chain);
  return reportingDeadline({
    period,
    reportDay: settings.reportDay,
    reportTime: settings.reportTime,
    override: periodOverrideFor(layers, chain, period)?.dueAt ?? null,
    calendar: calendarFor(layers, chain),
  });
}

/** A region's settings in force (the hub's alone for no region). */
export async function settingsOfChain(
  em: EntityManager,
  chain: RegionChain,
): Promise<EffectiveSettings> {
  return settingsFor(await loadLayers(em, [chain]), chain);
}

/** A region's calendar between two days. */
export async function calendarOfChain(
  em: EntityManager,
  chain: RegionChain,
  from: string,
  to: string,
): Promise<RegionCalendar> {
  return calendarFor(await loadLayers(em, [chain], { days: { from, to } }), chain);
}

/** A period's deadline in a region, or BAD_USER_INPUT on `field` naming the year the calendar
 * lacks. */
export async function deadlineOfChain(
  em: EntityManager,
  chain: RegionChain,
  period: string,
  field: string,
): Promise<Date> {
  const layers = await loadLayers(em, [chain], {
    days: deadlineWindow([period]),
    periods: [period],
  });
  return requireDay(deadlineFor(layers, chain, period), chain, field).dueAt;
}

/** The error for a clock that needs a calendar year nobody entered. */
export function missingYearError(chain: RegionChain, year: number, field: string): UserInputError {
  return new UserInputError(
    msg.missingCalendarYear({ region: chain.regionCode ?? null, year }),
    field,
    { missingYear: year, regionCode: chain.regionCode },
  );
}

/** A calendar result, or the missing-year error. */
export function requireDay<R extends { ok: true } | { ok: false; missingYear: number }>(
  result: R,
  chain: RegionChain,
  field: string,
): Extract<R, { ok: true }> {
  if (!result.ok) throw missingYearError(chain, result.missingYear, field);
  return result as Extract<R, { ok: true }>;
}
