// Exact money arithmetic on decimal strings with two places (numeric(18,2) in SQL).
// Amounts are held as bigint cents in between: never a float.
import type { Message } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';

export const MONEY_PRECISION = 18;
export const MONEY_SCALE = 2;

const MONEY_PATTERN = /^(-)?(\d{1,16})(?:\.(\d{1,2}))?$/;

export type MoneyParseResult = { ok: true; value: string } | { ok: false; reason: Message };

/**
 * Parses a decimal string such as "1200", "1200.5" or "-3.25" into the canonical "1200.50".
 * Refuses numbers (floats lose cents), exponents, more than two decimals, and more than 16 integer
 * digits (numeric(18,2)).
 */
export function parseMoney(input: unknown, { allowNegative = false } = {}): MoneyParseResult {
  if (typeof input !== 'string') {
    return { ok: false, reason: msg.moneyNotString() };
  }
  const text = input.trim();
  const m = MONEY_PATTERN.exec(text);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(text)) {
      return {
        ok: false,
        reason: msg.moneyTooManyDecimals({ input }),
      };
    }
    return {
      ok: false,
      reason: msg.moneyNotAmount({ input: String(input) }),
    };
  }
  const [, sign, whole, fraction = ''] = m;
  if (sign && !allowNegative) return { ok: false, reason: msg.moneyNegative({ input }) };
  const cents = BigInt(whole + fraction.padEnd(2, '0')) * (sign ? -1n : 1n);
  return { ok: true, value: formatCents(cents) };
}

export function toCents(money: string): bigint {
  const parsed = parseMoney(money, { allowNegative: true });
  if (!parsed.ok) throw new TypeError(`Not a money string: ${money}`);
  const negative = parsed.value.startsWith('-');
  const digits = parsed.value.replace('-', '').replace('.', '');
  return BigInt(digits) * (negative ? -1n : 1n);
}

export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Normalises what PostgreSQL returns for numeric (e.g. "12.5", "0", null) to "12.50". */
export function money(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined) return '0.00';
  if (typeof value === 'bigint') return formatCents(value);
  if (typeof value === 'number') {
    // Only integers are safe to accept (e.g. count-derived zero); fractional numbers are a bug.
    if (!Number.isInteger(value)) throw new TypeError(`Refusing float money value ${value}`);
    return formatCents(BigInt(value) * 100n);
  }
  return formatCents(toCents(value));
}

export function addMoney(...amounts: string[]): string {
  return formatCents(amounts.reduce((sum, a) => sum + toCents(a), 0n));
}

export function subtractMoney(a: string, b: string): string {
  return formatCents(toCents(a) - toCents(b));
}

export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const d = toCents(a) - toCents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** a / b as a ratio rounded to 4 decimals (e.g. a clearance rate), or null when b is zero. */
export function ratio(a: string, b: string): number | null {
  const denominator = toCents(b);
  if (denominator === 0n) return null;
  return Number((toCents(a) * 10000n) / denominator) / 10000;
}
