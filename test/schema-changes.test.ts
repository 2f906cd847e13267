// The schema change report names what would break existing clients.
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaChanges } from '../scripts/lib/schema-diff.ts';

const before = buildSchema(
  `type Query { arrear(id: ID!): Arrear arrears(first: Int): [Arrear!]! } type Arrear { id: ID! amountDue: String! cause: String }`,
);

describe('schema change report', () => {
  it('names a removed field, a changed type and a new required argument as breaking', async () => {
    const after = buildSchema(
      `type Query { arrear(id: ID!): Arrear arrears(first: Int, region: ID!): [Arrear!]! } type Arrear { id: ID! amountDue: Int! }`,
    );
    const { breaking } = await schemaChanges(before, after);
    const messages = breaking.map((c) => c.message).join('\n');
    expect(messages).toMatch(/Field 'cause' was removed from object type 'Arrear'/);
    expect(messages).toMatch(/Field 'Arrear.amountDue' changed type from 'String!' to 'Int!'/);
    expect(messages).toMatch(/Argument 'region: ID!' added to field 'Query.arrears'/);
  });

  it('an added optional field is not breaking', async () => {
    const after = buildSchema(
      `type Query { arrear(id: ID!): Arrear arrears(first: Int): [Arrear!]! } type Arrear { id: ID! amountDue: String! cause: String outstanding: String }`,
    );
    expect((await schemaChanges(before, after)).breaking).toEqual([]);
  });
});
