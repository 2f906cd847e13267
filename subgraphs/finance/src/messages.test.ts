// The finance catalogue: every entry in Chinese with a real English translation, and every entry
// used by the code (an unused one is a message nobody reads; a misspelt key fails the build).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declaredMessages } from '@arrears-hub/protocol';
import { describe, expect, it } from 'vitest';
import { financeMessages } from './messages.js';

const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const src = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('messages.ts')
      ? [path]
      : [];
  });
}

describe('the finance catalogue', () => {
  const entries = declaredMessages().filter((m) => m.scope === 'finance');

  it('declares every entry in Chinese and in English without Chinese', () => {
    expect(entries.length).toBe(Object.keys(financeMessages).length);
    for (const m of entries) {
      if (m.zh !== undefined) expect(m.zh, m.id).toMatch(CJK);
      if (m.en !== undefined) expect(m.en, m.id).not.toMatch(CJK);
    }
  });

  it('renders each fixed entry in both languages', () => {
    for (const [key, make] of Object.entries(financeMessages)) {
      const entry = entries.find((m) => m.key === key)!;
      if (entry.templated) continue;
      const message = (make as () => { zh: string; en: string })();
      expect(message.zh, key).toMatch(CJK);
      expect(message.en, key).not.toMatch(CJK);
    }
  });

  it('uses every entry in the code', () => {
    const code = sources(src)
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const used = new Set([...code.matchAll(/\bmsg\s*\.(\w+)/g)].map((m) => m[1]));
    const unused = Object.keys(financeMessages).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});
