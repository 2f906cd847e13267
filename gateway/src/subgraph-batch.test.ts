import { describe, expect, it } from 'vitest';
import { canMerge, mergeRequests, splitResult } from './subgraph-batch.js';

const regions = {
  query: `query Q__arrears__1($representations:[_Any!]!){_entities(representations:$representations){...on Region{arrearsSummary{count}}}}`,
  variables: { representations: [{ __typename: 'Region', code: '1' }] },
  operationName: 'Q__arrears__1',
};
const units = {
  query: `query Q__arrears__2($representations:[_Any!]!,$from:String){_entities(representations:$representations){...F}} fragment F on Organisation{arrearsSummary(from:$from){outstanding}}`,
  variables: { representations: [{ __typename: 'Organisation', id: 'u1' }], from: '2026-01' },
  operationName: 'Q__arrears__2',
};

describe('merging a request’s simultaneous fetches to one subgraph', () => {
  it('prefixes each part’s root fields, variables and fragments', () => {
    const merged = mergeRequests([regions, units])!;
    expect(merged.request.operationName).toBe('Q__arrears__1__batch_of_2');
    expect(merged.request.query.replace(/\s+/g, ' ')).toBe(
      'query Q__arrears__1__batch_of_2($_0_representations: [_Any!]!, $_1_representations: [_Any!]!, $_1_from: String) { ' +
        '_0__entities: _entities(representations: $_0_representations) { ... on Region { arrearsSummary { count } } } ' +
        '_1__entities: _entities(representations: $_1_representations) { ..._1_F } } ' +
        'fragment _1_F on Organisation { arrearsSummary(from: $_1_from) { outstanding } }',
    );
    expect(merged.request.variables).toEqual({
      _0_representations: regions.variables.representations,
      _1_representations: units.variables.representations,
      _1_from: '2026-01',
    });
  });

  it('keeps a part’s own aliases under the prefix', () => {
    const merged = mergeRequests([
      { query: '{ a: region(code: "1") { name } region(code: "2") { name } }' },
      { query: '{ regions { code } }' },
    ])!;
    expect(merged.request.query).toContain('_0_a: region(code: "1")');
    expect(merged.request.query).toContain('_0_region: region(code: "2")');
    expect(merged.request.query).toContain('_1_regions: regions');
  });

  it('splits the answer back: each part its data and the errors whose path starts in it', () => {
    const merged = mergeRequests([regions, units])!;
    const [first, second] = merged.split({
      data: { _0__entities: [{ arrearsSummary: { count: 3 } }], _1__entities: [null] },
      errors: [
        { message: 'no such unit', path: ['_1__entities', 0, 'arrearsSummary'] },
        { message: 'something about the whole request' },
      ],
      extensions: { x: 1 },
    });
    expect(first).toEqual({
      data: { _entities: [{ arrearsSummary: { count: 3 } }] },
      errors: [{ message: 'something about the whole request' }],
      extensions: { x: 1 },
    });
    expect(second).toEqual({
      data: { _entities: [null] },
      errors: [
        { message: 'no such unit', path: ['_entities', 0, 'arrearsSummary'] },
        { message: 'something about the whole request' },
      ],
      extensions: { x: 1 },
    });
  });

  it('an answer without data is no data for every part', () => {
    expect(splitResult({ data: null, errors: [{ message: 'down' }] }, 2)).toEqual([
      { data: null, errors: [{ message: 'down' }] },
      { data: null, errors: [{ message: 'down' }] },
    ]);
  });

  it('merges only queries of plain root fields, and only two or more', () => {
    expect(mergeRequests([regions])).toBeUndefined();
    expect(canMerge({ query: 'mutation { recordPayment(id: 1) { id } }' })).toBe(false);
    expect(
      canMerge({ query: 'query { ...Root } fragment Root on Query { regions { code } }' }),
    ).toBe(false);
    expect(canMerge({ query: 'query A { a } query B { b }' })).toBe(false);
    expect(canMerge({ query: '{ not closed' })).toBe(false);
    expect(mergeRequests([regions, { query: 'mutation { x }' }])).toBeUndefined();
  });
});
