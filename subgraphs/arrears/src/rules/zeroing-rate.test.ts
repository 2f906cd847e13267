import { describe, expect, it } from 'vitest';
import { groupZeroingRate, unitZeroingRate, type DebtForZeroing } from './zeroing-rate.js';

const debt = (
  debtorId: string,
  amountDue: string,
  paid: string,
  status = 'REGISTERED',
  inJudicialProcess = false,
): DebtForZeroing => ({ debtorId, amountDue, paid, status, inJudicialProcess });

describe('欠款清零率', () => {
  // Unit A: two debts cleared, one half paid, one in court (left out), one withdrawn (left out).
  const a = [
    debt('a', '1000.00', '1000.00', 'CLEARED'),
    debt('a', '250.50', '250.50', 'CLEARED'),
    debt('a', '800.00', '400.00', 'REPAYING'),
    debt('a', '5000.00', '0.00', 'IN_COURT', true),
    debt('a', '90.00', '0.00', 'WITHDRAWN'),
  ];
  // Unit B: everything paid; unit C: nothing paid; unit D: only a debt once in court.
  const others = [
    debt('b', '300.00', '300.00', 'CLEARED'),
    debt('c', '120.00', '0.00'),
    debt('d', '700.00', '700.00', 'VERIFIED', true),
  ];

  it('for one unit: its counted debts paid in full ÷ its counted debts', () => {
    expect(unitZeroingRate(a)).toBe(0.6667); // 2 of 3
    expect(unitZeroingRate(others.filter((d) => d.debtorId === 'b'))).toBe(1);
    expect(unitZeroingRate(others.filter((d) => d.debtorId === 'd'))).toBeNull();
  });

  it('for a group: the units that owed and owe nothing now ÷ the units that owed', () => {
    // A owes 400.00, B 0, C 120.00; D has no counted debt: 1 of 3.
    expect(groupZeroingRate([...a, ...others])).toEqual({ units: 3, zeroed: 1, rate: 0.3333 });
    expect(groupZeroingRate([])).toEqual({ units: 0, zeroed: 0, rate: null });
  });
});
