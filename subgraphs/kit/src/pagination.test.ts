import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './pages-per-parent.js';
import { decodeCursor, toConnection } from './pagination.js';

describe('toConnection', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('counts only when totalCount is read, and then once', async () => {
    let counted = 0;
    const connection = toConnection(
      rows,
      2,
      async () => ++counted && 42,
      (r) => ['id', r.id],
    );
    expect(counted).toBe(0);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(await connection.totalCount).toBe(42);
    expect(await connection.totalCount).toBe(42);
    expect(counted).toBe(1);
  });

  it('takes a known total as it is', () => {
    const connection = toConnection(rows, 5, 3, (r) => ['id', r.id]);
    expect(connection.totalCount).toBe(3);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(connection.pageInfo.endCursor!, 2)).toEqual(['id', 'c']);
  });
});

describe('arrayLiteral', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral(['150621', 'a b'])).toBe('{"150621","a b"}');
    expect(arrayLiteral(['x"y', 'p\\q', 'c,d'])).toBe('{"x\\"y","p\\\\q","c,d"}');
  });
});
