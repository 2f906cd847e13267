// The layers of what is in force in a region: the region's own over its parent's, up the tree,
// over the hub-wide layer (region null) and the hub's defaults.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../calendar/calendar-day.entity.js';
import type { CalendarYear } from '../calendar/calendar-year.entity.js';
import type { ReportingPeriod } from '../reporting/reporting-period.entity.js';
import { CalendarDayKind } from '../calendar/calendar.enums.js';
import {
  calendarFor,
  chainOfPath,
  deadlineFor,
  periodOverrideFor,
  settingsFor,
  type Layers,
} from './region-layers.js';
import type { RegionSettings } from './region-settings.entity.js';

const town = chainOfPath('/150000/150600/150621/150621101/');
const other = chainOfPath('/410000/410400/410422/');
const day = (regionCode: string | null, d: string, kind: CalendarDayKind) =>
  ({ regionCode, day: d, kind }) as CalendarDay;
const year = (regionCode: string | null, y: number) => ({ regionCode, year: y }) as CalendarYear;

const layers: Layers = {
  settings: [
    { regionCode: '150621', reportDay: 18, reviewWorkingDays: 8 } as RegionSettings,
    { regionCode: '150621101', reviewWorkingDays: 5 } as RegionSettings,
  ],
  years: [year(null, 2026), year('150621', 2027)],
  days: [
    day(null, '2026-10-01', CalendarDayKind.HOLIDAY),
    // The banner works the national holiday's 10-01 (an invented example) …
    day('150621', '2026-10-01', CalendarDayKind.WORKDAY),
    day('410422', '2026-10-08', CalendarDayKind.HOLIDAY),
  ],
  periods: [
    {
      regionCode: null,
      period: '2026-12',
      dueAt: new Date('2026-12-18T04:00:00Z'),
    } as ReportingPeriod,
    {
      regionCode: '150621',
      period: '2026-12',
      dueAt: new Date('2026-12-22T04:00:00Z'),
    } as ReportingPeriod,
  ],
};

describe('what is in force in a region', () => {
  it('reads the chain of a region path nearest first', () => {
    expect(town.codes).toEqual(['150621101', '150621', '150600', '150000']);
    expect(chainOfPath(null)).toEqual({ regionCode: null, codes: [] });
  });

  it('settings: the town’s own, else the banner’s, else the hub’s', () => {
    const s = settingsFor(layers, town);
    expect([s.reviewWorkingDays, s.reportDay, s.handlingDays]).toEqual([5, 18, 30]);
    expect(s.sources).toMatchObject({
      reviewWorkingDays: '150621101',
      reportDay: '150621',
      handlingDays: null,
    });
    expect(settingsFor(layers, other).reportDay).toBe(20);
  });

  it('calendar: the nearest layer decides each day; other regions’ days do not apply; years add up', () => {
    const c = calendarFor(layers, town);
    expect([...c.overrides]).toEqual([['2026-10-01', 'WORKDAY']]);
    expect([...c.years].sort()).toEqual([2026, 2027]);
    const ye = calendarFor(layers, other);
    expect([...ye.overrides].sort()).toEqual([
      ['2026-10-01', 'HOLIDAY'],
      ['2026-10-08', 'HOLIDAY'],
    ]);
    expect([...ye.years]).toEqual([2026]);
  });

  it('a period’s deadline: the nearest region’s own, else the hub-wide one', () => {
    expect(periodOverrideFor(layers, town, '2026-12')?.regionCode).toBe('150621');
    expect(periodOverrideFor(layers, other, '2026-12')?.regionCode).toBeNull();
    expect(deadlineFor(layers, other, '2026-12')).toMatchObject({
      ok: true,
      dueAt: new Date('2026-12-18T04:00:00Z'),
    });
    // November: the town's report day is the banner's 18th (a Wednesday) at noon.
    expect(deadlineFor(layers, town, '2026-11')).toMatchObject({
      ok: true,
      dueAt: new Date('2026-11-18T04:00:00Z'),
      moved: false,
    });
  });
});
