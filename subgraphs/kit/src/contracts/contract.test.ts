import { describe, expect, it } from 'vitest';
import { ContractQueryError, decodeQuery, encodeQuery } from './contract.js';

describe('contract parameters', () => {
  const params = { regions: 'codes', units: 'uuids', year: 'int' } as const;
  const id = '0b6f4e2c-1d3a-4c5b-9e8f-7a6b5c4d3e2f';

  it('round-trips lists of codes and ids, dropping repeats', () => {
    const search = encodeQuery(params, {
      regions: ['150621', '150621101', '150621'],
      units: [id],
      year: 2026,
    });
    expect(search.get('regions')).toBe('150621,150621101,150621');
    expect(decodeQuery(params, search)).toEqual({
      regions: ['150621', '150621101'],
      units: [id],
      year: 2026,
    });
  });

  it('takes a missing list as empty and refuses anything that is not a code', () => {
    expect(decodeQuery(params, new URLSearchParams('year=1'))).toEqual({
      regions: [],
      units: [],
      year: 1,
    });
    for (const bad of ["150621' or 1=1", '15/06', 'x'.repeat(21)])
      expect(() => decodeQuery(params, new URLSearchParams({ regions: bad, year: '1' }))).toThrow(
        ContractQueryError,
      );
  });
});
