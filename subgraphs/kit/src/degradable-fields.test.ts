import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { degradableForeignFields } from './degradable-fields.js';

const SDL = `
type Organisation @key(fields: "id") {
  id: ID!
  arrearsOutstanding: String! @external
  arrearsSummary: Summary!
  names: [String!]!
}
type Arrear @key(fields: "id") {
  id: ID!
  contractNo: String!
  debtor: Organisation!
  creditors: [Organisation!]!
}
type Summary { count: Int! }
`;

describe('degradableForeignFields', () => {
  const out = print(degradableForeignFields(parse(SDL), new Set(['Arrear'])));

  it('makes the fields this subgraph adds to a foreign entity nullable, keys and externals kept', () => {
    expect(out).toContain('id: ID!\n  arrearsOutstanding: String! @external');
    expect(out).toContain('arrearsSummary: Summary\n');
    expect(out).toContain('names: [String!]\n');
  });

  it('makes fields that return a foreign entity nullable, and leaves the rest alone', () => {
    expect(out).toContain('contractNo: String!');
    expect(out).toContain('debtor: Organisation\n');
    expect(out).toContain('creditors: [Organisation!]\n');
    expect(out).toContain('type Summary {\n  count: Int!');
  });

  it('changes nothing for an entity the subgraph owns', () => {
    const owner = print(degradableForeignFields(parse(SDL), new Set(['Arrear', 'Organisation'])));
    expect(owner).toContain('arrearsSummary: Summary!');
    expect(owner).toContain('debtor: Organisation!');
  });
});
