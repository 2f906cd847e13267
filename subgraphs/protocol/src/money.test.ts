import { describe, expect, it } from 'vitest';
import { addMoney, compareMoney, money, parseMoney, ratio, subtractMoney } from './money.js';

describe('money as exact decimal strings', () => {
  it('canonicalises to two decimals', () => {
    expect(parseMoney('1200')).toEqual({ ok: true, value: '1200.00' });
    expect(parseMoney('1200.5')).toEqual({ ok: true, value: '1200.50' });
    expect(parseMoney(' 0.07 ')).toEqual({ ok: true, value: '0.07' });
  });

  it('refuses floats, more than two decimals, exponents, negatives and junk', () => {
    expect(parseMoney(1200.5).ok).toBe(false);
    const third = parseMoney('1.234');
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.reason.en).toContain('more than 2 decimal places');
    if (!third.ok) expect(third.reason.zh).toContain('小数超过 2 位');
    expect(parseMoney('1e5').ok).toBe(false);
    expect(parseMoney('-5.00').ok).toBe(false);
    expect(parseMoney('-5.00', { allowNegative: true })).toEqual({ ok: true, value: '-5.00' });
    expect(parseMoney('abc').ok).toBe(false);
    expect(parseMoney('').ok).toBe(false);
    expect(parseMoney('12345678901234567').ok).toBe(false); // 17 integer digits > numeric(18,2)
  });

  it('adds without floating-point error', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney('9999999999999999.99', '0.01')).toBe('10000000000000000.00');
    expect(subtractMoney('100.00', '100.01')).toBe('-0.01');
    expect(compareMoney('2.50', '2.5')).toBe(0);
    expect(compareMoney('2.49', '2.5')).toBe(-1);
  });

  it('normalises what PostgreSQL returns and refuses floats', () => {
    expect(money('12.5')).toBe('12.50');
    expect(money(null)).toBe('0.00');
    expect(money(0)).toBe('0.00');
    expect(() => money(0.1)).toThrow();
  });

  it('computes ratios exactly to four places', () => {
    expect(ratio('1.00', '3.00')).toBe(0.3333);
    expect(ratio('5.00', '0.00')).toBeNull();
  });
});
