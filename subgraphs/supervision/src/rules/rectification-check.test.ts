import { describe, expect, it } from 'vitest';
import { ledgerObjections } from './rectification-check.js';

const debt = (id: string, status: string, outstanding: string) => ({ id, status, outstanding });

describe('销号: what the ledger must show before an inspector closes a rectification', () => {
  it('限时清欠: every debt of the finding cleared', () => {
    expect(ledgerObjections('TIME_BOUND_CLEARANCE', ['a'], [debt('a', 'CLEARED', '0.00')])).toEqual(
      [],
    );
    expect(
      ledgerObjections(
        'TIME_BOUND_CLEARANCE',
        ['a', 'b'],
        [debt('a', 'CLEARED', '0.00'), debt('b', 'REPAYING', '120.50')],
      ),
    ).toEqual(['欠款 b 尚未清偿（仍欠 120.50 元；not cleared）']);
  });

  it('分期偿付: a plan on every debt (or cleared)', () => {
    expect(
      ledgerObjections(
        'INSTALMENT_PAYMENT',
        ['a', 'b'],
        [debt('a', 'PLANNED', '10.00'), debt('b', 'CLEARED', '0.00')],
      ),
    ).toEqual([]);
    expect(
      ledgerObjections('INSTALMENT_PAYMENT', ['a'], [debt('a', 'VERIFIED', '10.00')]),
    ).toHaveLength(1);
  });

  it('账款确权: verified, not merely registered', () => {
    expect(ledgerObjections('DEBT_CONFIRMATION', ['a'], [debt('a', 'VERIFIED', '10.00')])).toEqual(
      [],
    );
    expect(
      ledgerObjections('DEBT_CONFIRMATION', ['a'], [debt('a', 'REGISTERED', '10.00')]),
    ).toHaveLength(1);
  });

  it('a debt the ledger does not show cannot be checked; OTHER checks nothing else', () => {
    expect(ledgerObjections('OTHER', ['a'], [])).toEqual([
      '欠款 a 无法在台账中核对（not found on the ledger）',
    ]);
    expect(ledgerObjections('OTHER', [], [])).toEqual([]);
  });
});
