import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listValuesRule } from './limits.js';

const schema = buildSchema(`
  type Query { units(first: Int): UnitConnection! regions: [Region!]! }
  type UnitConnection { edges: [UnitEdge!]! totalCount: Int! }
  type UnitEdge { node: Unit! }
  type Unit { id: ID! name: String! debts(first: Int): DebtConnection! }
  type DebtConnection { edges: [DebtEdge!]! }
  type DebtEdge { node: Debt! }
  type Debt { id: ID! amount: String! }
  type Region { code: ID! units(first: Int): UnitConnection! }
`);

const check = (query: string, max: number) =>
  validate(schema, parse(query), [listValuesRule(max)]).map((e) => e.message);

describe('list values rule', () => {
  it('multiplies page sizes down the tree', () => {
    // 100 units × (id, name, debts) + 100 × 100 debts × (id, amount) ≈ 20,000+ values.
    const query = `{ units(first: 100) { edges { node { id name debts(first: 100) { edges { node { id amount } } } } } } }`;
    expect(check(query, 50_000)).toEqual([]);
    expect(check(query, 10_000)[0]).toMatch(
      /could return about [\d,]+ values .* the limit is 10,000/,
    );
  });

  it('takes the default page when `first` is not given, and a guess for plain lists', () => {
    expect(check(`{ units { edges { node { id } } } }`, 1000)).toEqual([]); // 50 rows
    expect(check(`{ regions { units { edges { node { id name } } } } }`, 1000)[0]).toMatch(
      /limit is 1,000/,
    ); // 20 × 50 × 2
  });
});
