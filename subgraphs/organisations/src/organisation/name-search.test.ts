import { describe, expect, it } from 'vitest';
import {
  fullPinyin,
  pinyinInitials,
  searchNeedle,
  unitSearchText,
  unitSortKey,
} from './name-search.js';

describe('pinyin of unit names', () => {
  it('gives full pinyin without tones and initials', () => {
    expect(fullPinyin('达拉特旗教育体育局')).toBe('dalateqijiaoyutiyuju');
    expect(pinyinInitials('达拉特旗教育体育局')).toBe('dltqjytyj');
    // Words decide a polyphone's reading: 银行 is hang, 重庆 is chong.
    expect(fullPinyin('重庆银行')).toBe('chongqingyinhang');
    // Latin and digits stay, lower case; ü is written v.
    expect(fullPinyin('绿色ABC公司12号')).toBe('lvseabcgongsi12hao');
    expect(pinyinInitials('绿色ABC公司12号')).toBe('lsags12h');
  });

  it('puts every name form, its pinyin and its initials into the search text', () => {
    const text = unitSearchText({
      name: '达拉特旗教育体育局',
      shortName: '旗教育体育局',
      aliases: ['旗教体局'],
    });
    for (const needle of ['教体', '教育体育', 'jiaoyu', 'jytyj', 'qjtj', 'jiaoti'])
      expect(text, needle).toContain(searchNeedle(needle));
    // No match across two forms.
    expect(text).not.toContain(searchNeedle('judltq'));
    expect(text).not.toContain(searchNeedle('ju|dltq'));
  });

  it('matches a query in any case, with spaces or apostrophes in pinyin', () => {
    expect(searchNeedle('JiaoYu')).toBe('jiaoyu');
    expect(searchNeedle(" Xi'an  ")).toBe('xian');
    expect(searchNeedle('jiao yu')).toBe('jiaoyu');
    // A Chinese query keeps its spaces (and is only lower-cased).
    expect(searchNeedle('教体 局')).toBe('教体 局');
  });

  it('orders by the documents first, then by pinyin, never by code point', () => {
    const names = ['张三公司', '阿拉善公司', '张公司', '北京公司', '中国银行'];
    const sorted = [...names].sort((a, b) =>
      unitSortKey({ name: a }) < unitSortKey({ name: b }) ? -1 : 1,
    );
    expect(sorted).toEqual(['阿拉善公司', '北京公司', '张公司', '张三公司', '中国银行']);
    // By code point 中 (U+4E2D) would come before 北 (U+5317) and 阿 (U+963F).
    expect([...names].sort()[0]).toBe('中国银行');
    expect(unitSortKey({ name: '中国银行', displayOrder: 2 }) < unitSortKey({ name: '阿' })).toBe(
      true,
    );
    expect(
      unitSortKey({ name: 'x', displayOrder: 2 }) < unitSortKey({ name: 'x', displayOrder: 10 }),
    ).toBe(true);
    // Only ASCII: the order is the same in any collation.
    expect(unitSortKey({ name: '鄂尔多斯市（本级）' })).toMatch(/^[a-z0-9 ]+$/);
  });
});
