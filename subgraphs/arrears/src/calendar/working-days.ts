// A region's calendar as the clocks read it (region-settings/region-layers.ts merges the layers):
// the exceptions (holidays, make-up working days) around some days, in a fixed number of
// statements. The arithmetic itself is pure (rules/working-days.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@arrears-hub/subgraph-kit';
import { calendarOfChain, type RegionChain } from '../region-settings/region-layers.js';
import { isWorkingDay } from '../rules/working-days.js';

const HUB_ONLY: RegionChain = { regionCode: null, codes: [] };

/**
 * The region's rest days around these start dates (weekends, holidays and make-up days from its
 * calendar), for statutory due dates (民法典 art. 203): one read however many debts (a spreadsheet
 * import) share it. A year the calendar lacks counts weekends only.
 */
export async function restDaysSpanning(
  em: EntityManager,
  starts: readonly string[],
  chain: RegionChain = HUB_ONLY,
): Promise<(day: string) => boolean> {
  if (!starts.length) return (day) => !isWorkingDay(day, new Map());
  const from = starts.reduce((a, b) => (a < b ? a : b));
  const to = addDays(
    starts.reduce((a, b) => (a > b ? a : b)),
    400,
  );
  const { overrides } = await calendarOfChain(em, chain, from, to);
  return (day) => !isWorkingDay(day, overrides);
}
