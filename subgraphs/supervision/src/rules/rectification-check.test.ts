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
    ).toEqual([{ kind: 'NOT_CLEARED', arrearId: 'b', outstanding: '120.50' }]);
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
      { kind: 'NOT_ON_LEDGER', arrearId: 'a' },
    ]);
    expect(ledgerObjections('OTHER', [], [])).toEqual([]);
  });
});
