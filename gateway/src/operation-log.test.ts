import { describe, expect, it } from 'vitest';
import { loggedVariables, redact, storableText } from './operation-log.js';

describe('what the operation log stores', () => {
  it('escapes NUL and lone surrogates, keeps pairs and everything else', () => {
    expect(storableText('a\u0000b')).toBe('a\\u0000b');
    expect(storableText('x\uD800y')).toBe('x\\ud800y');
    expect(storableText('\uDC00')).toBe('\\udc00');
    expect(storableText('清欠 😀 ok')).toBe('清欠 😀 ok'); // a surrogate pair is a real character
  });

  it('redacts personal fields, shortens file contents (keeping their length), escapes keys', () => {
    expect(
      redact({
        input: { contactPhone: '13800000000', note: 'n\u0000', ['k\u0000']: 1 },
        file: 'x'.repeat(300_000),
      }),
    ).toEqual({
      input: { contactPhone: '[redacted]', note: 'n\\u0000', 'k\\u0000': 1 },
      file: '[300000 characters]',
    });
  });

  it('bounds depth and size, and always gives JSON PostgreSQL accepts', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => loggedVariables({ deep })).not.toThrow();
    expect(loggedVariables({ deep })).toMatch(/nested deeper than 16 levels/);
    const many = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`k${i}`, 'v'.repeat(100)]),
    );
    expect(JSON.parse(loggedVariables(many))).toEqual({
      '[truncated]': expect.stringMatching(
        /^\d+ characters of variables; the log keeps at most 65536$/,
      ),
    });
    const text = loggedVariables({ a: '\u0000\uD800', b: ['\uDFFF'] });
    expect(JSON.parse(text)).toEqual({ a: '\\u0000\\ud800', b: ['\\udfff'] });
  });
});
