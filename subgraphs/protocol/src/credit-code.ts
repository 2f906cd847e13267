// 统一社会信用代码 (unified social credit code), GB 32100-2015. See docs/domain/registry.md.
import type { Message } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';

/** The 31 characters of the code: digits and capitals without I, O, S, V, Z. Value = index. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1..17: 3^(i-1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Position 1–2 charset, 6 digits of region (GB/T 2260), 10 characters of 主体标识码 + check. */
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Trim, drop spaces and hyphens, full-width to half-width, upper-case. */
export function normaliseCreditCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-－—]/g, '')
    .toUpperCase();
}

/** The GB/T 17710 (MOD 31-3) check character for the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`Invalid credit code character "${first17[i]}"`);
    sum += value * WEIGHTS[i]!;
  }
  // The final "mod 31" matters: when the sum is a multiple of 31 the check character is "0".
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeCheck = { ok: true; value: string } | { ok: false; reason: Message };

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normaliseCreditCode(input);
  if (code.length !== 18) {
    return {
      ok: false,
      reason: msg.creditCodeLength({ input, length: code.length }),
    };
  }
  if (!FORMAT.test(code)) {
    return {
      ok: false,
      reason: msg.creditCodeForm({ input }),
    };
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      ok: false,
      reason: msg.creditCodeCheck({ code, expected }),
    };
  }
  return { ok: true, value: code };
}
