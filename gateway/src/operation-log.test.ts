import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loggedVariables, OperationLog, redact, storableText } from './operation-log.js';

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

/** A stand-in pool that keeps what was inserted, and fails when told to. */
function standInPool() {
  const rows: Record<string, unknown>[] = [];
  const state = { down: false };
  const query = async (text: string, params: unknown[] = []) => {
    if (state.down) throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    if (/^\s*insert into operation_log/.test(text)) {
      const batch = JSON.parse(String(params[0])) as Record<string, unknown>[];
      if (batch.some((r) => JSON.stringify(r).includes('POISON')))
        throw Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' });
      rows.push(...batch);
      return { rows: batch.map((_, i) => ({ id: String(rows.length - batch.length + i + 1) })) };
    }
    return { rows: [] };
  };
  const pool = { query, connect: async () => ({ query, release: () => {} }) };
  return { pool: pool as unknown as pg.Pool, rows, state };
}

const entry = (operationName: string, variables: unknown = {}) => ({
  viewer: { id: 'v', roles: [] },
  operationName,
  documentId: null,
  variables,
  durationMs: 1,
  subgraphs: [],
  outcome: 'OK',
  errorCodes: [],
});

const until = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('the operation log queue', () => {
  it('keeps flushing after a flush that found nothing to do', async () => {
    const { pool, rows } = standInPool();
    const log = OperationLog.forPool(pool, { flushDelayMs: 5 });
    await log.flush(); // empty
    log.record(entry('A'));
    expect(await until(() => rows.length === 1)).toBe(true);
    await log.flush(); // empty again
    log.record(entry('B'));
    log.record(entry('C'));
    expect(await until(() => rows.length === 3)).toBe(true);
    expect(log.pending()).toBe(0);
  });

  it('keeps entries while the database is away and writes them when it is back', async () => {
    const { pool, rows, state } = standInPool();
    const log = OperationLog.forPool(pool, { flushDelayMs: 5 });
    state.down = true;
    log.record(entry('during'));
    await log.flush();
    expect(log.pending()).toBe(1);
    await expect(log.recordBeforeRun(entry('mutation'))).rejects.toThrow();
    state.down = false;
    expect(await until(() => rows.length === 1, 5000)).toBe(true);
    expect(rows[0]).toMatchObject({ operation_name: 'during' });
  });

  it('an entry the database refuses is written without its variables, and holds nothing back', async () => {
    const { pool, rows } = standInPool();
    const log = OperationLog.forPool(pool, { flushDelayMs: 5 });
    log.record(entry('before'));
    log.record(entry('odd', { x: 'POISON' }));
    log.record(entry('after'));
    expect(await until(() => rows.length === 3)).toBe(true);
    expect(rows.map((r) => r.operation_name)).toEqual(['before', 'odd', 'after']);
    expect(rows[1]!.variables).toEqual({ '[unstorable]': 'unsupported Unicode escape sequence' });
  });
});
