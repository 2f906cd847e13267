import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnitDirectory, type DirectorySource, type DirectoryUnit } from './unit-directory.js';

const unit = (id: string, regionPath: string): DirectoryUnit => ({
  id,
  name: `单位 ${id}`,
  kind: 'GOVERNMENT_DEPARTMENT',
  status: 'ACTIVE',
  regionCode: regionPath.split('/').at(-2)!,
  regionPath,
  parentId: null,
  supervisorId: null,
  sizeClass: null,
  sizeFactsAsOf: null,
  creditCode: null,
});

/** A source whose units can be changed, or made to fail, counting the calls. */
function source(units: DirectoryUnit[]) {
  const state = { units, down: false, fullLoads: 0, byId: 0 };
  const directory: DirectorySource = {
    units: async (ids) => {
      if (state.down) throw new Error('organisations is down');
      if (ids?.length) {
        state.byId += 1;
        return state.units.filter((u) => ids.includes(u.id));
      }
      state.fullLoads += 1;
      return state.units;
    },
    regions: async () => [],
  };
  return { state, directory };
}

afterEach(() => vi.useRealTimers());

describe('the unit directory', () => {
  it('re-reads only the units named in a change, at once', async () => {
    const { state, directory } = source([unit('a', '/15/1501/'), unit('b', '/15/1502/')]);
    const units = new UnitDirectory(directory);
    expect((await units.all()).get('a')!.regionPath).toBe('/15/1501/');
    state.units = [unit('a', '/15/1502/'), unit('b', '/15/1502/')];
    await units.refreshUnits(['a']);
    expect((await units.all()).get('a')!.regionPath).toBe('/15/1502/');
    expect([state.fullLoads, state.byId]).toEqual([1, 1]);
    // A unit that is gone leaves the copy.
    state.units = [unit('b', '/15/1502/')];
    await units.refreshUnits(['a']);
    expect((await units.all()).has('a')).toBe(false);
  });

  it('invalidated, reloads on the next use', async () => {
    const { state, directory } = source([unit('a', '/15/1501/')]);
    const units = new UnitDirectory(directory);
    await units.all();
    units.invalidate();
    await units.all();
    expect(state.fullLoads).toBe(2);
  });

  it('keeps serving its last copy while the source is down, and says how old that copy is', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { state, directory } = source([unit('a', '/15/1501/')]);
    const units = new UnitDirectory(directory);
    await units.all();
    state.down = true;
    for (let s = 0; s < 60; s += 4) {
      vi.advanceTimersByTime(4_000);
      expect((await units.all()).has('a')).toBe(true);
    }
    // 60 s after the last good load, whatever the retries in between (every 5 s at most).
    expect(units.ageMs()).toBe(60_000);
    expect(units.lastError?.message).toBe('organisations is down');
    expect(state.fullLoads).toBe(1);
  });
});
