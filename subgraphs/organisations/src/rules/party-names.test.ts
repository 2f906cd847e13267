import { describe, expect, it } from 'vitest';
import { nameForms, normaliseName, resolveParty, type RegistryUnit } from './party-names.js';

const REGIONS = [
  { code: '150621', name: '达拉特旗', path: '/150000/150600/150621/' },
  { code: '410422', name: '叶县', path: '/410000/410400/410422/' },
];
const unit = (id: string, name: string, extra: Partial<RegistryUnit> = {}): RegistryUnit => ({
  id,
  name,
  shortName: null,
  aliases: [],
  creditCode: null,
  regionPath: '/150000/150600/150621/',
  ...extra,
});
const UNITS = [
  unit('edu', '达拉特旗教育体育局', { shortName: '旗教育体育局', aliases: ['旗教体局'] }),
  unit('ye-edu', '叶县教体局', {
    shortName: '县教体',
    aliases: ['县教体'],
    regionPath: '/410000/410400/410422/',
  }),
  unit('firm', '瑞丰建材有限公司', { creditCode: '91150621MA0N1234X5' }),
  unit('a', '某某公司'),
  unit('b', '某某公司', { regionPath: '/410000/410400/410422/' }),
];

describe('party names', () => {
  it('normalises full-width characters, brackets and spaces', () => {
    expect(normaliseName(' 瑞丰建材（达拉特）有限公司 ')).toBe('瑞丰建材(达拉特)有限公司');
    expect(normaliseName('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('splits off a region name, with and without its level word', () => {
    expect(nameForms('达拉特旗教体局', REGIONS)).toEqual([
      { form: '达拉特旗教体局', regionPath: null },
      { form: '教体局', regionPath: '/150000/150600/150621/' },
      { form: '旗教体局', regionPath: '/150000/150600/150621/' },
    ]);
  });

  it.each([
    [
      'credit code exact',
      { name: '别的名字', creditCode: '91150621MA0N1234X5' },
      'firm',
      'CREDIT_CODE',
    ],
    ['full name', { name: '达拉特旗教育体育局' }, 'edu', 'NAME'],
    ['short name', { name: '旗教育体育局' }, 'edu', 'ALIAS'],
    [
      'alias after the region name (教体局 = 教育体育局)',
      { name: '达拉特旗教体局' },
      'edu',
      'ALIAS',
    ],
    ['alias as written', { name: '旗教体局' }, 'edu', 'ALIAS'],
    ['another county’s alias', { name: '叶县县教体' }, 'ye-edu', 'ALIAS'],
    [
      'an alias without the region name, in the party’s region',
      { name: '教体局', regionCode: '150621' },
      'edu',
      'ALIAS',
    ],
    [
      'a name two regions share, in the party’s region',
      { name: '某某公司', regionCode: '410422' },
      'b',
      'NAME',
    ],
  ])('matches by %s', (_label, party, id, how) => {
    const result = resolveParty({ creditCode: null, regionCode: null, ...party }, UNITS, REGIONS);
    expect(result).toEqual({ unitId: id, matchedBy: how, candidateIds: [] });
  });

  it('lists candidates when a name fits several units, and nothing when none fits', () => {
    expect(
      resolveParty({ name: '某某公司', creditCode: null, regionCode: null }, UNITS, REGIONS),
    ).toEqual({
      unitId: null,
      matchedBy: null,
      candidateIds: ['a', 'b'],
    });
    expect(
      resolveParty({ name: '教体局', creditCode: null, regionCode: null }, UNITS, REGIONS),
    ).toEqual({
      unitId: null,
      matchedBy: null,
      candidateIds: [],
    });
  });

  it('an unknown credit code falls back to the name', () => {
    expect(
      resolveParty(
        { name: '瑞丰建材有限公司', creditCode: '91150621MA0N9999X1', regionCode: null },
        UNITS,
        REGIONS,
      ),
    ).toEqual({ unitId: 'firm', matchedBy: 'NAME', candidateIds: [] });
  });
});
