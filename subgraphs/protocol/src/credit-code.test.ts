import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter, normaliseCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100-2015, docs/domain/registry.md)', () => {
  it.each(['91310110666007217T', '91310115591693856A', '91130600738737199K'])(
    'accepts the published vector %s',
    (code) => {
      expect(checkCreditCode(code)).toEqual({ ok: true, value: code });
    },
  );

  it('normalises spaces, hyphens, full-width characters and case before checking', () => {
    expect(normaliseCreditCode(' 9131-0110 6660 07217t ')).toBe('91310110666007217T');
    expect(checkCreditCode('９１３１０１１０６６６００７２１７Ｔ')).toEqual({
      ok: true,
      value: '91310110666007217T',
    });
  });

  it('refuses a wrong check character and names the expected one', () => {
    const result = checkCreditCode('91310110666007217X');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain('should be "T"');
    if (!result.ok) expect(result.reason.zh).toContain('校验码应为“T”');
  });

  it('refuses letters the alphabet excludes (I, O, S, V, Z) and wrong lengths', () => {
    expect(checkCreditCode('9131011066600721OT').ok).toBe(false);
    expect(checkCreditCode('9131011066600721').ok).toBe(false);
    expect(checkCreditCode('91A10110666007217T').ok).toBe(false); // region part must be digits
  });

  it('gives "0" when the weighted sum is a multiple of 31 (the final mod 31)', () => {
    // Search for a 17-character body whose sum is divisible by 31 and check the wrap-around.
    let body = '';
    for (let n = 0; n < 10_000 && !body; n++) {
      const candidate = `9115062100000${String(n).padStart(4, '0')}`;
      if (creditCodeCheckCharacter(candidate) === '0') body = candidate;
    }
    expect(body).not.toBe('');
    expect(checkCreditCode(`${body}0`).ok).toBe(true);
  });

  it('rejects the legally issued Xiamen pilot code whose check fails (docs/domain/registry.md)', () => {
    expect(creditCodeCheckCharacter('91350100M0001TGQX')).toBe('1');
    expect(checkCreditCode('91350100M0001TGQXM').ok).toBe(false);
  });
});
