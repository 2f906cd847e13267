// Hand-computed vectors for a debt's position at the end of a day (rules/as-of.ts), each citing
// the article: several part payments, a dispute and a court case on one debt. An agency's contract
// signed 2025-07-01 (2025 text), goods delivered 2025-07-02: due 2025-08-01 (2025 art. 9¶1, 30
// days, 民法典 art. 201). ¥1,000,000 due, no agreed rate: 0.05 % a day (2025 art. 17).
//   paid 200,000 on 08-20, 300,000 on 09-10, 100,000 on 10-31, 100,000 on 11-20
//   disputed 150,000 from 09-15 to 10-15 (art. 15: the rest stays payable)
//   in court from 11-05 to 12-01 (out of the totals meanwhile)
import { describe, expect, it } from 'vitest';
import { lateInterestOn, positionOn, type DebtHistory } from './as-of.js';

const debt: DebtHistory = {
  amountDue: '1000000.00',
  paid: '700000.00',
  payments: [
    { paidOn: '2025-08-20', amount: '200000.00' },
    { paidOn: '2025-09-10', amount: '300000.00' },
    { paidOn: '2025-10-31', amount: '100000.00' },
    { paidOn: '2025-11-20', amount: '100000.00' },
  ],
  periods: [
    {
      kind: 'DISPUTE',
      startedOn: '2025-09-15',
      endedOn: '2025-10-15',
      disputedAmount: '150000.00',
    },
    { kind: 'JUDICIAL', startedOn: '2025-11-05', endedOn: '2025-12-01' },
  ],
  statutoryDueOn: '2025-08-01',
  contractSignedOn: '2025-07-01',
  status: 'REPAYING',
  inJudicialProcess: false,
  disputed: false,
  disputedAmount: null,
};

const at = (date: string) => ({
  ...positionOn(debt, date),
  interest: lateInterestOn(debt, date, {}).amount,
});

describe('a debt as it stood on a past day', () => {
  it('1. 2025-07-31, before the due date (2025 art. 9¶1): nothing overdue, no interest', () => {
    expect(at('2025-07-31')).toMatchObject({
      outstanding: '1000000.00',
      overdueDays: 0,
      ageBucket: 'NOT_DUE',
      interest: '0.00',
      counted: true,
    });
  });

  it('2. 2025-08-15, before the first part payment (2025 art. 17): 1,000,000 × 0.0005 × 14 = 7,000.00', () => {
    expect(at('2025-08-15')).toMatchObject({
      outstanding: '1000000.00',
      overdueDays: 14,
      ageBucket: 'UP_TO_30_DAYS',
      interest: '7000.00',
    });
  });

  it('3. 2025-08-20, the day of a payment: it counts as paid, and reduces interest from the day after (19 × 500 = 9,500.00)', () => {
    expect(at('2025-08-20')).toMatchObject({
      paid: '200000.00',
      outstanding: '800000.00',
      overdueDays: 19,
      interest: '9500.00',
    });
  });

  it('4. 2025-09-10 (art. 17): 19 × 500 + 21 × 400 = 17,900.00; 40 days, 31–90 bucket', () => {
    expect(at('2025-09-10')).toMatchObject({
      outstanding: '500000.00',
      overdueDays: 40,
      ageBucket: 'DAYS_31_TO_90',
      interest: '17900.00',
    });
  });

  it('5. 2025-09-30, in dispute (art. 15): interest only on the undisputed 350,000 from the day after the dispute arose', () => {
    // 9,500 + 8,400 + 5 × 250 (500,000) + 15 × 175 (350,000) = 21,775.00
    expect(at('2025-09-30')).toMatchObject({
      outstanding: '500000.00',
      disputed: '150000.00',
      undisputedOutstanding: '350000.00',
      overdueDays: 60,
      interest: '21775.00',
    });
  });

  it('6. 2025-10-31, dispute settled on 10-15: the whole 500,000 accrues again from 10-16 (art. 17)', () => {
    // 9,500 + 8,400 + 1,250 + 30 × 175 + 16 × 250 = 28,400.00
    expect(at('2025-10-31')).toMatchObject({
      outstanding: '400000.00',
      disputed: '0.00',
      overdueDays: 91,
      ageBucket: 'DAYS_91_TO_180',
      interest: '28400.00',
    });
  });

  it('7. 2025-11-10, before a court: out of the totals; overdue days and interest run on (hub’s choice)', () => {
    // 28,400 + 10 × 200 (400,000) = 30,400.00
    expect(at('2025-11-10')).toMatchObject({
      outstanding: '400000.00',
      inJudicialProcess: true,
      counted: false,
      overdueDays: 101,
      interest: '30400.00',
    });
  });

  it('8. 2025-12-31, back from court on 12-01: counted again; 28,400 + 20 × 200 + 41 × 150 = 38,550.00', () => {
    expect(at('2025-12-31')).toMatchObject({
      outstanding: '300000.00',
      counted: true,
      inJudicialProcess: false,
      overdueDays: 152,
      ageBucket: 'DAYS_91_TO_180',
      interest: '38550.00',
    });
  });

  it('9. before the contract was signed the debt is in no total', () => {
    expect(at('2025-06-30')).toMatchObject({ counted: false, overdueDays: 0 });
  });

  it('10. a debt paid in full later still shows its overdue days for the days before (the issue’s finding)', () => {
    const cleared = {
      ...debt,
      paid: '1000000.00',
      payments: [...debt.payments, { paidOn: '2026-01-10', amount: '300000.00' }],
    };
    expect(positionOn(cleared, '2025-12-31')).toMatchObject({
      outstanding: '300000.00',
      overdueDays: 152,
    });
    expect(positionOn(cleared, '2026-01-10')).toMatchObject({
      outstanding: '0.00',
      overdueDays: 0,
      ageBucket: 'NOT_DUE',
    });
  });

  it('what was paid before the debt entered the ledger (undated) counts as paid from the start', () => {
    const opening = { ...debt, paid: '750000.00' };
    expect(positionOn(opening, '2025-07-31').outstanding).toBe('950000.00');
  });

  it('a dispute recorded before disputes were dated counts on every day', () => {
    const legacy = {
      ...debt,
      periods: [],
      status: 'DISPUTED',
      disputed: true,
      disputedAmount: '100000.00',
    };
    expect(positionOn(legacy, '2025-08-15').undisputedOutstanding).toBe('900000.00');
  });

  it('an agreed rate is applied day by day the same way (art. 17: 3.65 % a year → 100/day on 1,000,000)', () => {
    expect(lateInterestOn(debt, '2025-08-15', { agreedAnnualRate: '3.65' }).amount).toBe('1400.00');
  });
});
