import { describe, expect, it } from 'vitest';
import { Problems } from '@arrears-hub/protocol';
import { checkText, notFuture, optionalText, requireText, uuidList } from './input-checks.js';
import { kitMessages } from './messages.js';

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
    expect(
      fieldOf(() =>
        requireText(' x ', 'input.reason', { message: kitMessages.tooShort({ min: 2 }) }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect(fieldOf(() => requireText('abcd', 'input.title', { max: 3 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(optionalText('   ', 'input.note')).toBeNull();
    expect(optionalText(undefined, 'input.note')).toBeNull();
  });

  it('dates: today is fine, tomorrow is not', () => {
    expect(notFuture('2020-01-01', 'input.on')).toBe('2020-01-01');
    expect(fieldOf(() => notFuture('2999-01-01', 'input.on'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.on',
    });
  });

  it('id lists: ids only, no duplicates, bounded', () => {
    const id = '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10';
    expect(uuidList([id, id], 'filter.ids')).toEqual([id]);
    expect(uuidList(null, 'filter.ids')).toEqual([]);
    expect(fieldOf(() => uuidList(['x'], 'filter.ids'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.ids',
    });
    expect(fieldOf(() => uuidList([id, id, id], 'filter.ids', 2))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.ids',
    });
  });
});

describe('texts through the one normaliser', () => {
  it('refuses NUL and lone surrogates, drops zero-width characters, keeps Chinese punctuation', () => {
    const p = new Problems();
    expect(checkText(p, 'a\u0000b', 'facts')).toBeNull();
    expect(checkText(p, 'x\uD800y', 'facts')).toBeNull();
    expect(p.list.map((x) => x.field)).toEqual(['facts', 'facts']);
    expect(checkText(new Problems(), '\u200B拖欠，合同（一）\u200B', 'facts')).toBe(
      '拖欠，合同（一）',
    );
    expect(checkText(new Problems(), '\u200B', 'contractNo', { identifier: true })).toBeNull();
  });

  it('identifiers compare in their normal form: full-width digits and zero-width spaces do not make a new one', () => {
    const p = new Problems();
    expect(checkText(p, 'ＨＴ－２０２５－０１\u200B', 'contractNo', { identifier: true })).toBe(
      'HT-2025-01',
    );
    expect(p.empty).toBe(true);
  });

  it('collects every problem with its field; throwIfAny reports them all at once', () => {
    const p = new Problems();
    checkText(p, '', 'title', { required: true });
    checkText(p, 'x'.repeat(11), 'note', { max: 10 });
    try {
      p.throwIfAny('input');
      expect.unreachable();
    } catch (error) {
      const ext = (error as { extensions: Record<string, unknown> }).extensions;
      expect(ext.field).toBe('input.title');
      expect(ext.problems).toEqual([
        { field: 'input.title', message: '此项不能为空。', messageId: 'kit.required' },
        { field: 'input.note', message: '最多 10 个字符，现有 11 个。', messageId: 'kit.tooLong' },
      ]);
    }
  });
});
