// graphql-js' own request errors, translated: Chinese by default, graphql-js' English with
// Accept-Language: en; the code and the lifted field kept, the catalogue id added.
import {
  buildSchema,
  getVariableValues,
  parse,
  validate,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { runInLocale } from '@arrears-hub/protocol';
import { translateGraphqlMessage, translateRequestError } from './request-errors.js';

const schema = buildSchema(`
  type Query { arrear(id: ID!): Arrear  arrears(first: Int, status: Status): [Arrear!]! }
  type Mutation { register(input: RegisterInput!): Arrear }
  input RegisterInput { contractNo: String!  amountDue: Int! }
  enum Status { OPEN CLOSED }
  type Arrear { id: ID! contractNo: String! amountDue: Int! }
`);

/** graphql-js' messages for a document (syntax, then validation), and for its variables. */
function graphqlMessages(query: string, variables?: Record<string, unknown>): string[] {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return [(error as Error).message];
  }
  const invalid = validate(schema, document);
  if (invalid.length) return invalid.map((e) => e.message);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  return 'errors' in coerced ? coerced.errors!.map((e) => e.message) : [];
}

const cases: [string, string, Record<string, unknown> | undefined, string, RegExp][] = [
  [
    'a field that does not exist',
    `{ arrears { id owed } }`,
    undefined,
    'gateway.cannotQueryField',
    /^类型 Arrear 上没有可查询的字段“owed”。$/,
  ],
  [
    'a field with a suggestion',
    `{ arrears { id contractN } }`,
    undefined,
    'gateway.cannotQueryField',
    /^类型 Arrear 上没有可查询的字段“contractN”。您是否想写：contractNo？$/,
  ],
  [
    'an unknown argument',
    `{ arrears(last: 3) { id } }`,
    undefined,
    'gateway.unknownArgument',
    /^字段 Query\.arrears 没有参数“last”。/,
  ],
  [
    'a syntax error',
    `{ arrears { id }`,
    undefined,
    'gateway.syntaxError',
    /^语法错误：此处应为 Name，实际为 <EOF>。$/,
  ],
  [
    'a literal of the wrong type',
    `mutation { register(input: 5) { id } }`,
    undefined,
    'gateway.expectedValue',
    /^此处应为 RegisterInput! 类型的值，实际写的是 5。$/,
  ],
  [
    'a literal a built-in scalar refuses',
    `{ arrears(first: "ten") { id } }`,
    undefined,
    'gateway.scalarCannotRepresent',
    /^"ten" 不是有效的 Int 值。$/,
  ],
  [
    'a required field missing in a literal',
    `mutation { register(input: { contractNo: "A-1" }) { id } }`,
    undefined,
    'gateway.requiredField',
    /^缺少必填字段“RegisterInput\.amountDue”（类型 Int!）。$/,
  ],
  [
    'a required argument missing',
    `{ arrear { id } }`,
    undefined,
    'gateway.requiredArgument',
    /^字段“arrear”缺少必填参数“id”（类型 ID!）。$/,
  ],
  [
    'a variable with a missing field',
    `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
    { input: { contractNo: 'A-1' } },
    'gateway.invalidVariable',
    /^变量 \$input 的值无效：缺少必填字段“amountDue”（类型 Int!）。$/,
  ],
  [
    'a variable with a value of the wrong type, at a path',
    `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
    { input: { contractNo: 'A-1', amountDue: 'ten' } },
    'gateway.invalidVariable',
    /^变量 \$input 的值无效（input\.amountDue）："ten" 不是有效的 Int 值。$/,
  ],
  [
    'a value not in an enum',
    `query($s: Status) { arrears(status: $s) { id } }`,
    { s: 'PAID' },
    'gateway.invalidVariable',
    /^变量 \$s 的值无效："PAID" 不是 Status 的取值之一。$/,
  ],
  [
    'a required variable not given',
    `query($id: ID!) { arrear(id: $id) { id } }`,
    {},
    'gateway.variableNotProvided',
    /^缺少必填变量 \$id（类型 ID!）。$/,
  ],
];

describe("graphql-js' request errors in the request's language", () => {
  it.each(cases)('%s', (_label, query, variables, id, chinese) => {
    const [english] = graphqlMessages(query, variables);
    expect(english).toBeDefined();
    const formatted = (message: string): GraphQLFormattedError => ({
      message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const zh = translateRequestError(formatted(english!));
    expect(zh.message).toMatch(chinese);
    expect(zh.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', messageId: id });
    const en = runInLocale('en', () => translateRequestError(formatted(english!)));
    expect(en).toEqual({
      message: english,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageId: id },
    });
  });

  it('keeps the field lifted and the hub message (and its id) a subgraph put inside', () => {
    const formatted: GraphQLFormattedError = {
      message:
        'Variable "$input" got invalid value "10.005" at "input.amountDue"; “10.005”的小数超过 2 位：金额以元为单位，精确到分。',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.amountDue',
        messageId: 'protocol.moneyTooManyDecimals',
      },
    };
    expect(translateRequestError(formatted)).toEqual({
      message:
        '变量 $input 的值无效（input.amountDue）：“10.005”的小数超过 2 位：金额以元为单位，精确到分。',
      extensions: formatted.extensions,
    });
  });

  it("hides what Armor hid, and leaves the hub's own messages and unknown texts alone", () => {
    expect(
      translateGraphqlMessage('Cannot query field "nme" on type "Region". [Suggestion hidden]')?.zh,
    ).toBe('类型 Region 上没有可查询的字段“nme”。');
    const hub: GraphQLFormattedError = {
      message: '“x”不是有效的编号（id）。',
      extensions: { code: 'BAD_USER_INPUT', messageId: 'kit.notAnId' },
    };
    expect(translateRequestError(hub)).toBe(hub);
    const other: GraphQLFormattedError = {
      message: 'Something graphql-js says rarely.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(translateRequestError(other)).toBe(other);
    const masked: GraphQLFormattedError = {
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    expect(translateRequestError(masked)).toBe(masked);
  });
});
