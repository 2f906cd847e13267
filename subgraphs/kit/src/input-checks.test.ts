import { describe, expect, it } from 'vitest';
import { notFuture, optionalText, requireText, uuidList } from './input-checks.js';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { extensions: { code: string; field: string } }).extensions;
  }
};

describe('input checks', () => {
  it('texts: trimmed, at least 2 characters when required, at most max, blank is null when optional', () => {
    expect(requireText('  理由  ', 'input.reason')).toBe('理由');
    expect(fieldOf(() => requireText(' x ', 'input.reason', { message: 'Say why.' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect(fieldOf(() => requireText('abcd', 'input.title', { max: 3 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(optionalText('   ', 'input.note')).toBeNull();
    expect(optionalText(undefined, 'input.note')).toBeNull();
  });

  it('dates: today is fine, tomorrow is not', () => {
    expect(notFuture('2020-01-01', 'input.on')).toBe('2020-01-01');
    expect(fieldOf(() => notFuture('2999-01-01', 'input.on'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.on',
    });
  });

  it('id lists: ids only, no duplicates, bounded', () => {
    const id = '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10';
    expect(uuidList([id, id], 'filter.ids')).toEqual([id]);
    expect(uuidList(null, 'filter.ids')).toEqual([]);
    expect(fieldOf(() => uuidList(['x'], 'filter.ids'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.ids',
    });
    expect(fieldOf(() => uuidList([id, id, id], 'filter.ids', 2))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.ids',
    });
  });
});
