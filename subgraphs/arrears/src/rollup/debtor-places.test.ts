import { describe, expect, it } from 'vitest';
import { movedUnits } from './debtor-places.js';

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
