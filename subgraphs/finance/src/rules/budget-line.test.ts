import { describe, expect, it } from 'vitest';
import { available, canDisburse, coversDisbursedAfter, lineTotal } from './budget-line.js';

const line = { appropriated: '1000.00', adjustments: '-200.00', disbursed: '300.00' };

describe('budget line arithmetic', () => {
  it('holds appropriated plus adjustments, less what was disbursed', () => {
    expect(lineTotal(line)).toBe('800.00');
    expect(available(line)).toBe('500.00');
  });

  it('disburses up to what is available, never a fen more', () => {
    expect(canDisburse(line, '500.00')).toBe(true);
    expect(canDisburse(line, '500.01')).toBe(false);
  });

  it('an adjustment may not leave less than was disbursed', () => {
    expect(coversDisbursedAfter(line, '-500.00')).toBe(true);
    expect(coversDisbursedAfter(line, '-500.01')).toBe(false);
    expect(coversDisbursedAfter(line, '100.00')).toBe(true);
  });
});
