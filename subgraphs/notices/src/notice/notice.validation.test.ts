import { describe, expect, it } from 'vitest';
import { problemsError, Problems } from '@arrears-hub/subgraph-kit';
import { checkNoticeDraft, type NoticeDraft } from './notice.validation.js';

const TODAY = '2026-06-15';
const draft: NoticeDraft = {
  unitId: '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10',
  title: '  第一件\u200b记录  ',
  receivedOn: '2026-06-15',
};
const fields = (d: Partial<NoticeDraft>) =>
  checkNoticeDraft({ ...draft, ...d }, TODAY).problems.map((p) => p.field);

describe('checkNoticeDraft', () => {
  it('accepts a good draft and normalises its title', () => {
    expect(checkNoticeDraft(draft, TODAY)).toEqual({
      problems: [],
      value: { ...draft, title: '第一件记录' },
    });
  });

  it('returns every problem at once, keyed by the domain field', () => {
    const { problems } = checkNoticeDraft(
      { unitId: 'unit-1', title: ' x ', receivedOn: '2026-06-16' },
      TODAY,
    );
    expect(problems).toEqual([
      { field: 'unitId', message: '“unit-1”不是有效的单位编号（id）。' },
      { field: 'title', message: '请填写标题（至少 2 个字）。' },
      { field: 'receivedOn', message: '受理日期 2026-06-16 晚于今天（2026-06-15）。' },
    ]);
  });

  it('checks each rule on its own', () => {
    expect(fields({ title: 'x'.repeat(201) })).toEqual(['title']);
    expect(fields({ title: 'a\u0000b' })).toEqual(['title']);
    expect(fields({ receivedOn: '2026-02-30' })).toEqual(['receivedOn']);
    expect(fields({ title: 'x'.repeat(200), receivedOn: '2020-01-01' })).toEqual([]);
  });

  it('becomes one BAD_USER_INPUT naming input.<field>, with every problem in extensions', () => {
    const { problems } = checkNoticeDraft({ ...draft, title: '', receivedOn: '2027-01-01' }, TODAY);
    const thrown = (() => {
      try {
        new Problems().merge(problems).throwIfAny('input');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toEqual(problemsError(problems, 'input'));
    expect(thrown).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.title',
        problems: [
          { field: 'input.title', message: '请填写标题（至少 2 个字）。' },
          { field: 'input.receivedOn', message: '受理日期 2027-01-01 晚于今天（2026-06-15）。' },
        ],
      },
    });
  });
});
