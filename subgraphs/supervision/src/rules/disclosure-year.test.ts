import { describe, expect, it } from 'vitest';
import { disclosureDeadline, isDisclosableYear, isLate } from './disclosure-year.js';

describe('disclosure years (2025 art. 18)', () => {
  it('discloses finished years from 2020 on', () => {
    expect(isDisclosableYear(2025, 2026)).toBe(true);
    expect(isDisclosableYear(2020, 2026)).toBe(true);
    expect(isDisclosableYear(2026, 2026)).toBe(false);
    expect(isDisclosableYear(2019, 2026)).toBe(false);
    expect(isDisclosableYear(2024.5, 2026)).toBe(false);
  });

  it('is on time up to 31 March of the following year', () => {
    expect(disclosureDeadline(2025)).toBe('2026-03-31');
    expect(isLate(2025, '2026-03-31')).toBe(false);
    expect(isLate(2025, '2026-04-01')).toBe(true);
  });
});
