// Vectors for the statutory terms, each citing the article (docs/domain/regulation.md) it comes from.
import { describe, expect, it } from 'vitest';
import { ageBucket, AgeBucket, overdueDays } from './ageing.js';
import { buyerKindOf, statutoryDueDate } from './due-date.js';
import { lateInterest } from './interest.js';
import { regimeFor, Regime } from './regime.js';
import { DelayExcuse, PaymentInstrument, violations, ViolationCode } from './violations.js';

const asOf = '2026-11-24';

describe('regime (2020 令728 / 2025 令802)', () => {
  it('2025 art. 37: contracts signed from 2025-06-01 fall under the 2025 text', () => {
    expect(regimeFor('2025-05-31').regime).toBe(Regime.R2020);
    expect(regimeFor('2025-06-01').regime).toBe(Regime.R2025);
    expect(regimeFor('2019-12-01')).toEqual({ regime: Regime.R2020, beforeRegulation: true });
  });
});

describe('statutory due date', () => {
  it('2025 art. 9¶1: an agency pays within 30 days of delivery; the delivery day is not counted (民法典 art. 201)', () => {
    const due = statutoryDueDate(
      { buyer: 'AGENCY', contractSignedOn: '2025-07-01', deliveredOn: '2025-07-02' },
      { asOf },
    );
    expect(due.dueOn).toBe('2025-08-01');
    expect(due.basis.en).toBe('2025 art. 9¶1: 30 days, from delivery on 2025-07-02.');
    expect(due.basis.zh).toBe('2025 年条例第九条第一款：30 日，自交付之日 2025-07-02 起算。');
  });

  it('the basis of a capped term counted from a lapsed acceptance period reads as one sentence', () => {
    const due = statutoryDueDate(
      {
        buyer: 'AGENCY',
        contractSignedOn: '2025-07-01',
        deliveredOn: '2025-07-02',
        paymentOnAcceptance: true,
        agreedAcceptanceDeadline: '2025-07-20',
        agreedTermDays: 90,
      },
      { asOf },
    );
    expect(due.dueOn).toBe('2025-09-18');
    expect(due.basis.en).toBe(
      '2025 art. 9¶1: the agreed 90 days exceed the 60-day cap; 60 days apply, from 2025-07-20, when the agreed acceptance period ended without the buyer accepting.',
    );
    expect(due.basis.zh).toBe(
      '2025 年条例第九条第一款：约定的 90 日超过 60 日上限，按 60 日，买方未在约定的验收期限内验收，自期限届满之日 2025-07-20 起算。',
    );
  });

  it('2020 art. 8¶1: an agreed term longer than 60 days is capped at 60 for agencies', () => {
    const due = statutoryDueDate(
      {
        buyer: 'PUBLIC_INSTITUTION',
        contractSignedOn: '2023-01-01',
        deliveredOn: '2023-03-01',
        agreedTermDays: 90,
      },
      { asOf },
    );
    expect(due).toMatchObject({ dueOn: '2023-04-30', termDays: 60 });
  });

  it('2025 art. 9¶2: large enterprises 60 days unless agreed; 2020 art. 8¶2 sets no default', () => {
    expect(
      statutoryDueDate(
        { buyer: 'LARGE_ENTERPRISE', contractSignedOn: '2025-06-01', deliveredOn: '2025-06-10' },
        { asOf },
      ).dueOn,
    ).toBe('2025-08-09');
    const old = statutoryDueDate(
      { buyer: 'LARGE_ENTERPRISE', contractSignedOn: '2024-06-01', deliveredOn: '2024-06-10' },
      { asOf },
    );
    expect(old.dueOn).toBeNull();
    expect(old.basis.en).toMatch(/no default term/);
    expect(old.basis.zh).toMatch(/未规定大型企业的默认付款期限/);
    expect(
      statutoryDueDate(
        {
          buyer: 'LARGE_ENTERPRISE',
          contractSignedOn: '2024-06-01',
          deliveredOn: '2024-06-10',
          agreedTermDays: 45,
        },
        { asOf },
      ).dueOn,
    ).toBe('2024-07-25');
  });

  it('2025 art. 10: payment on acceptance runs from acceptance, or from the end of the agreed acceptance period the buyer let pass', () => {
    const base = {
      buyer: 'AGENCY' as const,
      contractSignedOn: '2025-07-01',
      deliveredOn: '2025-07-10',
      paymentOnAcceptance: true,
      agreedAcceptanceDeadline: '2025-08-10',
    };
    expect(statutoryDueDate({ ...base, acceptedOn: '2025-08-01' }, { asOf }).dueOn).toBe(
      '2025-08-31',
    );
    expect(statutoryDueDate({ ...base, acceptedOn: '2025-09-30' }, { asOf }).dueOn).toBe(
      '2025-09-09',
    );
    expect(statutoryDueDate({ ...base }, { asOf }).startOn).toBe('2025-08-10'); // never accepted, deadline passed
    expect(
      statutoryDueDate({ ...base, agreedAcceptanceDeadline: null }, { asOf }).dueOn,
    ).toBeNull();
  });

  it('2025 art. 9¶4: progress settlement runs from the confirmed settlement date', () => {
    expect(
      statutoryDueDate(
        {
          buyer: 'AGENCY',
          contractSignedOn: '2025-07-01',
          deliveredOn: '2025-07-02',
          settlementConfirmedOn: '2025-10-15',
        },
        { asOf },
      ).dueOn,
    ).toBe('2025-11-14');
  });

  it('民法典 art. 203: a due date on a rest day moves to the next working day', () => {
    // 2020-08-31 + 30 days = 2020-09-30; with 10-01..10-08 off, a 2020-09-01 delivery is due 10-01 → 10-09.
    const rest = new Set([
      '2020-10-01',
      '2020-10-02',
      '2020-10-03',
      '2020-10-04',
      '2020-10-05',
      '2020-10-06',
      '2020-10-07',
      '2020-10-08',
    ]);
    const due = statutoryDueDate(
      { buyer: 'AGENCY', contractSignedOn: '2020-09-01', deliveredOn: '2020-09-01' },
      { asOf, isRestDay: (d) => rest.has(d) },
    );
    expect(due.dueOn).toBe('2020-10-09');
    expect(due.basis.en).toMatch(/Civil Code art\. 203/);
    expect(due.basis.zh).toMatch(/民法典第二百零三条/);
  });

  it('2025 art. 2: payments between SMEs are not covered', () => {
    expect(buyerKindOf('PRIVATE_ENTERPRISE')).toBe('NOT_COVERED');
    expect(
      statutoryDueDate(
        { buyer: 'NOT_COVERED', contractSignedOn: '2025-07-01', deliveredOn: '2025-07-02' },
        { asOf },
      ).dueOn,
    ).toBeNull();
    expect(buyerKindOf('TOWN_GOVERNMENT')).toBe('AGENCY');
    expect(buyerKindOf('STATE_OWNED_ENTERPRISE')).toBe('LARGE_ENTERPRISE');
  });
});

describe('overdue days and ageing', () => {
  it('counts days after the due date into buckets', () => {
    expect(overdueDays('2026-11-01', asOf)).toBe(23);
    expect(overdueDays(null, asOf)).toBe(0);
    expect(overdueDays('2026-12-01', asOf)).toBe(0);
    expect([0, 1, 30, 31, 90, 91, 180, 181, 365, 366, 1095, 1096].map(ageBucket)).toEqual([
      AgeBucket.NOT_DUE,
      AgeBucket.UP_TO_30_DAYS,
      AgeBucket.UP_TO_30_DAYS,
      AgeBucket.DAYS_31_TO_90,
      AgeBucket.DAYS_31_TO_90,
      AgeBucket.DAYS_91_TO_180,
      AgeBucket.DAYS_91_TO_180,
      AgeBucket.DAYS_181_TO_365,
      AgeBucket.DAYS_181_TO_365,
      AgeBucket.OVER_1_YEAR,
      AgeBucket.OVER_1_YEAR,
      AgeBucket.OVER_3_YEARS,
    ]);
  });
});

describe('late interest', () => {
  it('2025 art. 17: no agreed rate, 0.05% a day: ¥1,000,000 for 45 days is ¥22,500.00 (docs/domain/regulation.md)', () => {
    expect(
      lateInterest({ principal: '1000000.00', days: 45, contractSignedOn: '2025-07-01' }),
    ).toMatchObject({ amount: '22500.00', days: 45 });
  });

  it('2020 art. 15: exact to the fen on awkward amounts (half-up)', () => {
    // 1234.57 × 0.0005 × 3 = 1.851855 → 1.85
    expect(
      lateInterest({ principal: '1234.57', days: 3, contractSignedOn: '2023-01-01' }).amount,
    ).toBe('1.85');
    // 9,999,999,999,999.99 × 0.0005 × 1000 days = 4,999,999,999,999.995 exactly → 5,000,000,000,000.00 (a float cannot hold the half fen).
    expect(
      lateInterest({ principal: '9999999999999.99', days: 1000, contractSignedOn: '2023-01-01' })
        .amount,
    ).toBe('5000000000000.00');
  });

  it('2025 art. 17: an agreed annual rate applies (actual/365) and is flagged when below the LPR at signing', () => {
    const result = lateInterest({
      principal: '365000.00',
      days: 10,
      contractSignedOn: '2025-07-01',
      agreedAnnualRate: '3.00',
      lprAtSigning: '3.10',
    });
    expect(result).toMatchObject({ amount: '300.00', agreedRateBelowLpr: true });
    expect(
      lateInterest({ principal: '100.00', days: 0, contractSignedOn: '2025-07-01' }).amount,
    ).toBe('0.00');
  });
});

describe('banned terms', () => {
  const codes = (facts: Parameters<typeof violations>[0]) =>
    violations(facts).map((v) => `${v.code} ${v.article}`);

  it('2025 art. 9¶1 / 2020 art. 8¶1: agency terms over 60 days', () => {
    expect(codes({ buyer: 'AGENCY', contractSignedOn: '2025-07-01', agreedTermDays: 61 })).toEqual([
      'AGENCY_TERM_OVER_60_DAYS 2025 art. 9¶1',
    ]);
    expect(codes({ buyer: 'AGENCY', contractSignedOn: '2024-07-01', agreedTermDays: 60 })).toEqual(
      [],
    );
  });

  it('2025 art. 9¶2: back-to-back clauses of large enterprises; otherwise an unreasonable condition (art. 7 / 2020 art. 6)', () => {
    expect(
      codes({ buyer: 'LARGE_ENTERPRISE', contractSignedOn: '2025-07-01', payWhenPaid: true }),
    ).toEqual(['PAY_WHEN_PAID 2025 art. 9¶2']);
    expect(codes({ buyer: 'AGENCY', contractSignedOn: '2024-07-01', payWhenPaid: true })).toEqual([
      'PAY_WHEN_PAID 2020 art. 6',
    ]);
  });

  it('2025 art. 11: bills or e-vouchers extending the term; e-vouchers only from 2025 (2020 art. 10)', () => {
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2025-07-01',
        paymentInstrument: PaymentInstrument.RECEIVABLE_EVOUCHER,
        instrumentAgreedInContract: true,
        instrumentExtendsTerm: true,
      }),
    ).toEqual(['BILLS_EXTEND_TERM 2025 art. 11']);
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2024-07-01',
        paymentInstrument: PaymentInstrument.RECEIVABLE_EVOUCHER,
        instrumentExtendsTerm: true,
      }),
    ).toEqual([]);
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2024-07-01',
        paymentInstrument: PaymentInstrument.COMMERCIAL_BILL,
        instrumentAgreedInContract: true,
      }),
    ).toEqual([]);
  });

  it('2025 art. 12: audit-based settlement only where law requires it; 2020 art. 11 also allowed it by contract', () => {
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2025-07-01',
        auditAsSettlement: true,
        auditSettlementInContract: true,
      }),
    ).toEqual(['AUDIT_AS_SETTLEMENT 2025 art. 12']);
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2024-07-01',
        auditAsSettlement: true,
        auditSettlementInContract: true,
      }),
    ).toEqual([]);
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2025-07-01',
        auditAsSettlement: true,
        auditSettlementRequiredByLaw: true,
      }),
    ).toEqual([]);
  });

  it('2025 art. 14 / 2020 art. 13: banned excuses, unless the contract made payment wait for acceptance', () => {
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2025-07-01',
        excuses: [DelayExcuse.INTERNAL_PAYMENT_PROCESS, DelayExcuse.AWAITING_FINAL_ACCOUNT_AUDIT],
      }),
    ).toEqual(['BANNED_EXCUSE 2025 art. 14', 'BANNED_EXCUSE 2025 art. 14']);
    expect(
      codes({
        buyer: 'AGENCY',
        contractSignedOn: '2025-07-01',
        excuses: [DelayExcuse.AWAITING_FINAL_ACCOUNT_AUDIT],
        contractMakesPaymentWaitForAcceptance: true,
      }),
    ).toEqual([]);
  });

  it('2025 art. 15: withholding the undisputed part (new in 2025); 2025 art. 17: an agreed rate below the LPR', () => {
    expect(
      codes({ buyer: 'AGENCY', contractSignedOn: '2025-07-01', undisputedPartUnpaid: true }),
    ).toEqual(['UNDISPUTED_PART_WITHHELD 2025 art. 15']);
    expect(
      codes({ buyer: 'AGENCY', contractSignedOn: '2024-07-01', undisputedPartUnpaid: true }),
    ).toEqual([]);
    expect(
      codes({ buyer: 'AGENCY', contractSignedOn: '2025-07-01', agreedRateBelowLpr: true }),
    ).toEqual(['AGREED_RATE_BELOW_LPR 2025 art. 17']);
    expect(ViolationCode.AGREED_RATE_BELOW_LPR).toBe('AGREED_RATE_BELOW_LPR');
  });
});

describe('interest on a principal reduced by payments', () => {
  it('2025 art. 17: each payment after the due date stops interest on what it paid', async () => {
    const { accruedLateInterest } = await import('./interest.js');
    // 10,000 overdue from 2025-08-01; 4,000 paid on 2025-08-11; 6,000 still owed on 2025-08-21.
    // 10,000 × 0.0005 × 10 + 6,000 × 0.0005 × 10 = 50 + 30 = 80.00
    const result = accruedLateInterest({
      outstandingNow: '6000.00',
      payments: [{ paidOn: '2025-08-11', amount: '4000.00' }],
      dueOn: '2025-08-01',
      asOf: '2025-08-21',
      contractSignedOn: '2025-07-01',
    });
    expect(result).toMatchObject({ amount: '80.00', days: 20 });
    // Fully paid on the due date itself: nothing accrues.
    expect(
      accruedLateInterest({
        outstandingNow: '0.00',
        payments: [],
        dueOn: '2025-08-01',
        asOf: '2025-08-21',
        contractSignedOn: '2025-07-01',
      }).amount,
    ).toBe('0.00');
  });
});
