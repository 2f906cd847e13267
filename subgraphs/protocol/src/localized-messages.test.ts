import { describe, expect, it } from 'vitest';
import {
  currentLocale,
  declaredMessages,
  defineMessages,
  localeFromHeader,
  runInLocale,
  withParams,
} from './localized-messages.js';
import { UserInputError } from './errors.js';
import { Problems, problemsError } from './problems.js';
import './messages.js';

const sample = defineMessages('sample', {
  fixed: { zh: '付款日期不能晚于今天。', en: 'A payment cannot be dated in the future.' },
  tooLong: withParams<{ max: number }>({
    zh: (p) => `最多 ${p.max} 个字符。`,
    en: (p) => `At most ${p.max} characters.`,
  }),
});

describe('messages in two languages', () => {
  it('reads Accept-Language: English only when preferred over Chinese', () => {
    expect(localeFromHeader(undefined)).toBe('zh');
    expect(localeFromHeader('en')).toBe('en');
    expect(localeFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(localeFromHeader('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(localeFromHeader('en;q=0.5,zh;q=0.9')).toBe('zh');
    expect(localeFromHeader('en, zh')).toBe('zh');
    expect(localeFromHeader('fr')).toBe('zh');
    expect(localeFromHeader('fr, en;q=0.3')).toBe('en');
    expect(localeFromHeader('en;q=0')).toBe('zh');
  });

  it('renders a message in the language of the request it is raised in', async () => {
    expect(currentLocale()).toBe('zh');
    expect(new UserInputError(sample.fixed(), 'input.paidOn').message).toBe(
      '付款日期不能晚于今天。',
    );
    const english = await runInLocale('en', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return new UserInputError(sample.tooLong({ max: 5 }), 'input.note');
    });
    expect(english.message).toBe('At most 5 characters.');
    expect(english.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
      messageId: 'sample.tooLong',
    });
  });

  it('keeps each problem’s id and renders the summary in the same language', () => {
    const error = runInLocale('en', () => {
      const problems = new Problems().add('a', sample.fixed()).add('b', sample.tooLong({ max: 3 }));
      return problemsError(problems.list);
    });
    expect(error.message).toBe(
      'A payment cannot be dated in the future. (and 1 more problems, see extensions.problems)',
    );
    expect(error.extensions.problems).toEqual([
      {
        field: 'input.a',
        message: 'A payment cannot be dated in the future.',
        messageId: 'sample.fixed',
      },
      { field: 'input.b', message: 'At most 3 characters.', messageId: 'sample.tooLong' },
    ]);
  });

  it('refuses an id declared twice', () => {
    expect(() => defineMessages('sample', { fixed: { zh: '重复', en: 'twice' } })).toThrow(/twice/);
  });

  it('lists the protocol catalogue, each entry in both languages', () => {
    const protocol = declaredMessages().filter((m) => m.scope === 'protocol');
    expect(protocol.length).toBeGreaterThan(20);
    for (const m of protocol) {
      if (m.zh !== undefined) expect(m.zh, m.id).toMatch(/[\u4e00-\u9fff]/);
      if (m.en !== undefined) expect(m.en, m.id).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
