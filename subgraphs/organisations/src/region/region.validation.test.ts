import { describe, expect, it } from 'vitest';
import { checkRegionRegistration } from './region.validation.js';

describe('checkRegionRegistration', () => {
  it('accepts a county code and a township code under its county', () => {
    expect(checkRegionRegistration({ code: '150621', name: '达拉特旗' }).problems).toEqual([]);
    const town = checkRegionRegistration({
      code: '150621101',
      name: ' 树林召镇 ',
      parentCode: '150621',
    });
    expect(town).toEqual({ problems: [], name: '树林召镇' });
  });

  it('reports every problem at once, keyed by field', () => {
    const { problems } = checkRegionRegistration({ code: '15062', name: '  ' });
    expect(problems.map((p) => p.field)).toEqual(['code', 'name']);
  });

  it('refuses a township code outside its county', () => {
    const { problems } = checkRegionRegistration({
      code: '140502101',
      name: '某镇',
      parentCode: '150621',
    });
    expect(problems).toEqual([
      {
        field: 'code',
        message: expect.stringContaining('150621'),
        messageId: 'organisations.townshipCodePrefix',
      },
    ]);
  });

  it('refuses a NUL in the name', () => {
    const { problems } = checkRegionRegistration({ code: '150621', name: '达拉\u0000特旗' });
    expect(problems.map((p) => p.field)).toEqual(['name']);
  });
});
