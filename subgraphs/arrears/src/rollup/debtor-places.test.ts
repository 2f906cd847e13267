import { describe, expect, it } from 'vitest';
import { movedUnits, reclassedUnits, renamedUnits } from './debtor-places.js';

const copy = (entries: [string, string][]) =>
  new Map(entries.map(([id, regionPath]) => [id, { id, regionPath }]));

describe('movedUnits: the units whose place changed between two reloads of the registry', () => {
  it('lists only units present in both copies with another path, with the new path', () => {
    const before = copy([
      ['a', '/150000/150600/150621/150621001/'],
      ['b', '/150000/150600/150621/'],
      ['c', '/140000/140500/140502/'],
    ]);
    const after = copy([
      ['a', '/150000/150600/150621/150621101/'], // moved to another township
      ['b', '/150000/150600/150621/'], // unchanged
      ['d', '/150000/150600/150627/'], // new: its lines were written with its place
    ]);
    expect(movedUnits(after, before)).toEqual([
      { id: 'a', path: '/150000/150600/150621/150621101/' },
    ]);
  });

  it('finds nothing on the first load (no earlier copy)', () => {
    expect(movedUnits(copy([['a', '/1/']]), new Map())).toEqual([]);
  });
});

describe('reclassedUnits and renamedUnits: the other facts a line keeps of its parties', () => {
  const unit = (id: string, kind: string, name: string, creditCode: string | null = null) => ({
    id,
    kind,
    name,
    creditCode,
  });

  it('lists the units whose kind changed, with the new kind', () => {
    const before = new Map([
      ['a', unit('a', 'PUBLIC_INSTITUTION', '中心')],
      ['b', unit('b', 'GOVERNMENT_DEPARTMENT', '局')],
    ]);
    const after = new Map([
      ['a', unit('a', 'GOVERNMENT_DEPARTMENT', '中心')],
      ['b', unit('b', 'GOVERNMENT_DEPARTMENT', '局')],
      ['c', unit('c', 'OTHER', '新单位')],
    ]);
    expect(reclassedUnits(after, before)).toEqual([{ id: 'a', kind: 'GOVERNMENT_DEPARTMENT' }]);
  });

  it('lists the units renamed or with another credit code, the name in matching form', () => {
    const before = new Map([
      ['a', unit('a', 'PRIVATE_ENTERPRISE', '甲 公司', 'X')],
      ['b', unit('b', 'PRIVATE_ENTERPRISE', '乙公司', 'Y')],
      ['c', unit('c', 'PRIVATE_ENTERPRISE', '丙公司', null)],
    ]);
    const after = new Map([
      ['a', unit('a', 'PRIVATE_ENTERPRISE', '甲 建材 公司', 'X')],
      ['b', unit('b', 'PRIVATE_ENTERPRISE', '乙公司', 'Y')],
      ['c', unit('c', 'PRIVATE_ENTERPRISE', '丙公司', 'Z')],
    ]);
    expect(renamedUnits(after, before)).toEqual([
      { id: 'a', name_key: '甲建材公司', credit_code: 'X' },
      { id: 'c', name_key: '丙公司', credit_code: 'Z' },
    ]);
  });
});
