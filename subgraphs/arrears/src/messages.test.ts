// The arrears catalogue: every entry Chinese in zh and English in en, every entry used by the code
// and every message the code names declared (a small grep over src/, until the kit has a shared
// catalogue check).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Problems, runInLocale, type Message } from '@arrears-hub/subgraph-kit';
import { arrearsMessages as msg } from './messages.js';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** A parameter that reads as `{name}` whatever a template does with it (a number, a list, a
 * message's zh/en), so that every entry can be rendered without real data. */
function chameleon(name: string): unknown {
  const text = `{${name}}`;
  const self: unknown = new Proxy(() => self, {
    get(_target, prop) {
      if (prop === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 1 : text);
      if (prop === 'length') return 1;
      if (prop === 'zh' || prop === 'en') return text;
      return () => self;
    },
    apply: () => self,
  });
  return self;
}
const anyParams = new Proxy({}, { get: (_t, name) => chameleon(String(name)) });

/** Entries that only join other messages (no words of their own): the same in both languages. */
const COMPOSITIONS = new Set(['withPrefix']);

const entries = Object.entries(msg) as [string, (params?: unknown) => Message][];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'messages.ts'
      ? [path]
      : [];
  });
}

describe('the arrears catalogue', () => {
  it('has entries, each Chinese in zh and without a Chinese character in en', () => {
    expect(entries.length).toBeGreaterThan(250);
    for (const [key, make] of entries) {
      const message = make(anyParams);
      expect(message.id).toBe(`arrears.${key}`);
      if (COMPOSITIONS.has(key)) expect(message.zh, key).toBe(message.en);
      else expect(message.zh, key).toMatch(CJK);
      expect(message.en, key).not.toMatch(CJK);
      expect(message.en.trim(), key).not.toBe('');
    }
  });

  it('declares every message the code names, and the code names every one it declares', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname)))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bmsg\s*\.\s*(\w+)/g)) used.add(m[1]!);
    const declared = new Set(entries.map(([key]) => key));
    expect([...used].filter((key) => !declared.has(key))).toEqual([]);
    expect([...declared].filter((key) => !used.has(key))).toEqual([]);
  });

  it('renders in the request’s language and keeps the id', () => {
    const [zh] = new Problems().add('paidOn', msg.paymentInFuture()).list;
    expect(zh).toEqual({
      field: 'paidOn',
      message: '付款日期不能晚于今天。',
      messageId: 'arrears.paymentInFuture',
    });
    const [en] = runInLocale('en', () => new Problems().add('paidOn', msg.paymentInFuture()).list);
    expect(en!.message).toBe('A payment cannot be dated in the future.');
  });

  it('words that go inside other messages read in both languages (illegal moves, not found)', () => {
    expect(msg.notAnId({ id: 'x', what: msg.nounProject() }).en).toBe(
      '"x" is not a valid project id.',
    );
    expect(msg.notAnId({ id: 'x', what: msg.nounProject() }).zh).toBe('“x”不是有效的项目编号。');
    expect(msg.article({ year: '2025', art: 25, para: 2 }).zh).toBe('2025 年条例第二十五条第二款');
    expect(msg.article({ year: '2020', art: 10 }).zh).toBe('2020 年条例第十条');
    expect(msg.article({ year: '2025', art: 16 }).en).toBe('2025 art. 16');
  });
});
