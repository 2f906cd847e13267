import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, type GraphQLScalarType, type ValueNode } from 'graphql';
import { formatHubError, UserInputError } from './errors.js';
import { protocolMessages } from './messages.js';

describe('formatHubError', () => {
  it('names the field of a refused literal as it does for a variable', () => {
    const schema = buildSchema(
      'scalar Money\ninput Filter { minOutstanding: Money }\ninput Wrap { inner: Filter }\ntype Query { arrears(filter: Filter, wrap: Wrap): Int }',
    );
    const money = schema.getType('Money') as GraphQLScalarType;
    money.parseLiteral = (node: ValueNode) => {
      throw new UserInputError(protocolMessages.moneyNotString(), undefined, {}, node);
    };
    const format = formatHubError(() => undefined);
    const fieldOf = (query: string) => {
      const [error] = validate(schema, parse(query));
      return format(error!.toJSON(), error).extensions;
    };
    expect(fieldOf('{ arrears(filter: { minOutstanding: "1.234" }) }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.minOutstanding',
      messageId: 'protocol.moneyNotString',
    });
    expect(fieldOf('{ arrears(wrap: { inner: { minOutstanding: "x" } }) }')).toMatchObject({
      field: 'wrap.inner.minOutstanding',
    });
  });
});
