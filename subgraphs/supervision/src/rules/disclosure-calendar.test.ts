import { describe, expect, it } from 'vitest';
import { disclosureStep } from './disclosure-calendar.js';

describe('the disclosure calendar', () => {
  it('drafts last year’s disclosures any day in January', () => {
    expect(disclosureStep('2027-01-02')).toEqual({ step: 'DRAFT', year: 2026 });
    expect(disclosureStep('2027-01-31')).toEqual({ step: 'DRAFT', year: 2026 });
  });

  it('reminds 30, 14, 7 and 1 days before 31 March, and not between', () => {
    const d = '2027-03-31';
    expect(disclosureStep('2027-03-01')).toEqual({
      step: 'REMIND',
      year: 2026,
      daysLeft: 30,
      deadline: d,
    });
    expect(disclosureStep('2027-03-17')).toEqual({
      step: 'REMIND',
      year: 2026,
      daysLeft: 14,
      deadline: d,
    });
    expect(disclosureStep('2027-03-24')).toEqual({
      step: 'REMIND',
      year: 2026,
      daysLeft: 7,
      deadline: d,
    });
    expect(disclosureStep('2027-03-30')).toEqual({
      step: 'REMIND',
      year: 2026,
      daysLeft: 1,
      deadline: d,
    });
    expect(disclosureStep('2027-03-18')).toBeNull();
    expect(disclosureStep('2027-03-31')).toBeNull();
  });

  it('lists the missing from 1 April, through April; nothing the rest of the year', () => {
    expect(disclosureStep('2027-04-01')).toEqual({
      step: 'MISSING',
      year: 2026,
      deadline: '2027-03-31',
    });
    expect(disclosureStep('2027-04-30')?.step).toBe('MISSING');
    expect(disclosureStep('2027-05-01')).toBeNull();
    expect(disclosureStep('2026-12-01')).toBeNull();
    // A leap year: 1 March 2028 is 30 days before 31 March too.
    expect(disclosureStep('2028-03-01')?.step).toBe('REMIND');
  });
});
