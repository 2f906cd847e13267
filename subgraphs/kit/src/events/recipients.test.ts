import { describe, expect, it } from 'vitest';
import { officeRegionOf } from './recipients.js';

describe('the region office of a unit', () => {
  it('is the county-level region on its path', () => {
    expect(
      officeRegionOf({ regionCode: '150621101', regionPath: '/150000/150600/150621/150621101/' }),
    ).toBe('150621');
    expect(officeRegionOf({ regionCode: '150621', regionPath: '/150000/150600/150621/' })).toBe(
      '150621',
    );
    // A scenic area with a county-level code of its own.
    expect(officeRegionOf({ regionCode: '140999', regionPath: '/140000/140900/140999/' })).toBe(
      '140999',
    );
  });

  it('is the unit’s own region when no county is on the path (a city’s or province’s unit)', () => {
    expect(officeRegionOf({ regionCode: '150600', regionPath: '/150000/150600/' })).toBe('150600');
  });
});
