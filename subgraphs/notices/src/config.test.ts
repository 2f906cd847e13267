import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('notices settings', () => {
  it('defaults, and reads HUB_NOTICES_DUE_DAYS', () => {
    expect(readConfig({})).toEqual({ dueDays: 60 });
    expect(readConfig({ HUB_NOTICES_DUE_DAYS: '15' })).toEqual({ dueDays: 15 });
  });

  it('refuses a value that is not a whole number of days, naming the variable', () => {
    for (const bad of ['0', '1.5', 'sixty', '400'])
      expect(() => readConfig({ HUB_NOTICES_DUE_DAYS: bad })).toThrow(/HUB_NOTICES_DUE_DAYS/);
  });
});
