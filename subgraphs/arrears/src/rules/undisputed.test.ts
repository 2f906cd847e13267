import { describe, expect, it } from 'vitest';
import { undisputedOutstanding } from './undisputed.js';

describe('undisputedOutstanding (2025 art. 15)', () => {
  it('is what is owed less the disputed part', () => {
    expect(
      undisputedOutstanding({ amountDue: '1000.00', paid: '200.00', disputedAmount: '300.00' }),
    ).toBe('500.00');
    expect(
      undisputedOutstanding({ amountDue: '1000.00', paid: '200.00', disputedAmount: null }),
    ).toBe('800.00');
  });

  it('never goes below zero, e.g. a disputed debt later settled in full in court', () => {
    expect(
      undisputedOutstanding({ amountDue: '1000.00', paid: '1000.00', disputedAmount: '300.00' }),
    ).toBe('0.00');
  });
});
