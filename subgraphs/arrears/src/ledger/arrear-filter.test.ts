import { describe, expect, it } from 'vitest';
import { AgeBucket, ageBucket } from '../rules/ageing.js';
import { ageBucketWhere, searchText } from './arrear-filter.js';

describe('ageBucketWhere: a bucket today is a range of overdue_since', () => {
  const today = '2026-12-02';
  const within = (where: any, day: string): boolean => {
    if (where.$or) return where.$or.some((w: any) => within(w, day));
    const r = where.overdueSince;
    return (r.$gte === undefined || day >= r.$gte) && (r.$lte === undefined || day <= r.$lte);
  };
  const dayBefore = (days: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - days);
    return d.toISOString().slice(0, 10);
  };

  it('holds exactly the days rules/ageing.ts puts in each bucket', () => {
    for (const bucket of Object.values(AgeBucket)) {
      const where = ageBucketWhere([bucket], today);
      for (const days of [-400, -1, 0, 1, 30, 31, 90, 91, 180, 181, 365, 366, 1095, 1096, 5000]) {
        expect(within(where, dayBefore(days)), `${bucket} ${days}`).toBe(
          ageBucket(Math.max(0, days)) === bucket,
        );
      }
    }
    // Nothing outstanding or no due date: overdue_since is 9999-12-31, NOT_DUE.
    expect(within(ageBucketWhere([AgeBucket.NOT_DUE], today), '9999-12-31')).toBe(true);
  });
});

describe('searchText', () => {
  it('normalises as identifiers and refuses empty, too long and NUL', () => {
    expect(searchText('  ＨＴ－２０２６\u200b ')).toBe('HT-2026');
    expect(() => searchText(' \u200b ')).toThrow(/搜索内容为空/);
    expect(() => searchText('合'.repeat(101))).toThrow(/最多 100 个字符，现有 101 个/);
    expect(() => searchText('a\u0000b')).toThrow(/无法保存/);
  });
});
