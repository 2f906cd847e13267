import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import {
  buildSchema,
  getOperationAST,
  getVariableValues,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { runInLocale } from '@arrears-hub/protocol';
import { readOperations } from './example-operations.js';
import { checkMeasure, DEFAULT_LIMITS, measureOperation, plainLimitMessage } from './limits.js';

const schema = buildSchema(`
  type Query { units(first: Int): UnitConnection! regions: [Region!]! top(first: Int = 7): UnitConnection! }
  type UnitConnection { edges: [UnitEdge!]! totalCount: Int! }
  type UnitEdge { node: Unit! }
  type Unit { id: ID! name: String! debts(first: Int): DebtConnection! summary: Summary! }
  type Summary { count: Int! outstanding: String! }
  type DebtConnection { edges: [DebtEdge!]! }
  type DebtEdge { node: Debt! }
  type Debt { id: ID! amount: String! }
  type Region { code: ID! units(first: Int): UnitConnection! }
`);

function measure(query: string, variables: Record<string, unknown> = {}, on = schema) {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(on, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return measureOperation(on, document, operation, coerced.coerced);
}

const check = (query: string, variables: Record<string, unknown>, max: number) =>
  checkMeasure(measure(query, variables), { maxCost: Infinity, maxListValues: max })?.message;
const checkInEnglish = (query: string, variables: Record<string, unknown>, max: number) =>
  runInLocale('en', () => check(query, variables, max));

describe('values a query can return', () => {
  it('multiplies page sizes down the tree', () => {
    // 100 units × (id, name, debts) + 100 × 100 debts × (id, amount) ≈ 20,000+ values.
    const query = `{ units(first: 100) { edges { node { id name debts(first: 100) { edges { node { id amount } } } } } } }`;
    expect(check(query, {}, 50_000)).toBeUndefined();
    expect(check(query, {}, 10_000)).toMatch(
      /^这个查询可能返回约 [\d,]+ 个值.*上限为 10,000：请减少 units 的 first（现为 100）、debts 的 first（现为 100），或去掉 debts 等嵌套字段。$/,
    );
    expect(checkInEnglish(query, {}, 10_000)).toMatch(
      /^This query could return about [\d,]+ values .* the limit is 10,000: reduce first of units \(now 100\), first of debts \(now 100\), or leave out nested fields such as debts\.$/,
    );
  });

  it('counts `first` given as a variable as its value, not as a default page', () => {
    const literal = `{ units(first: 500) { edges { node { id name debts(first: 500) { edges { node { id amount } } } } } } }`;
    const variables = `query($a: Int, $b: Int) { units(first: $a) { edges { node { id name debts(first: $b) { edges { node { id amount } } } } } } }`;
    const byLiteral = measure(literal);
    const byVariables = measure(variables, { a: 500, b: 500 });
    expect(byVariables.values).toBe(byLiteral.values);
    expect(byVariables.cost).toBe(byLiteral.cost);
    // A variable's default counts when the variable is not given.
    const defaulted = measure(
      `query($a: Int = 500) { units(first: $a) { edges { node { id } } } }`,
    );
    expect(defaulted.pages).toEqual([{ field: 'units', size: 500 }]);
  });

  it('takes the argument default, then the default page, when `first` is not given; a guess for plain lists', () => {
    expect(measure(`{ top { totalCount } }`).pages).toEqual([{ field: 'top', size: 7 }]);
    expect(measure(`{ units { edges { node { id } } } }`).pages).toEqual([
      { field: 'units', size: 50 },
    ]);
    expect(check(`{ units { edges { node { id } } } }`, {}, 1000)).toBeUndefined(); // 50 rows
    expect(check(`{ regions { units { edges { node { id name } } } } }`, {}, 1000)).toMatch(
      /上限为 1,000/,
    ); // 20 × 50 × 2
  });

  it('follows fragments and skips what @include/@skip leave out', () => {
    const withFragment = measure(
      `query($big: Int) { units(first: $big) { edges { node { ...U } } } } fragment U on Unit { id debts(first: 10) { edges { node { id } } } }`,
      { big: 100 },
    );
    expect(withFragment.values).toBeGreaterThan(100 * 10);
    const skipped = measure(
      `query($on: Boolean!) { units(first: 100) { edges { node { id debts(first: 100) @include(if: $on) { edges { node { id } } } } } } }`,
      { on: false },
    );
    expect(skipped.values).toBeLessThan(1000);
  });
});

describe('cost', () => {
  it('is the same whether the page sizes are literals or variables, and says what to reduce', () => {
    const query = `query($n: Int, $m: Int) { units(first: $n) { edges { node { name debts(first: $m) { edges { node { id amount } } } } } } }`;
    const limits = { maxCost: 30_000, maxListValues: Infinity };
    const literal = measure(
      `{ units(first: 500) { edges { node { name debts(first: 50) { edges { node { id amount } } } } } } }`,
    );
    expect(measure(query, { n: 500, m: 50 }).cost).toBe(literal.cost);
    const refusal = checkMeasure(measure(query, { n: 500, m: 50 }), limits);
    expect(refusal?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(refusal?.message).toMatch(
      /^查询成本 \d+ 超过上限 30000：请减少 units 的 first（现为 500）、debts 的 first（现为 50），或去掉 debts 等嵌套字段。$/,
    );
    expect(refusal?.extensions.messageId).toBe('gateway.costExceeded');
    expect(refusal?.message).not.toMatch(/Syntax Error/);
    const english = runInLocale('en', () =>
      checkMeasure(measure(query, { n: 500, m: 50 }), limits),
    );
    expect(english?.message).toMatch(
      /^Cost limit of 30000 exceeded, found \d+: reduce first of units \(now 500\), first of debts \(now 50\), or leave out nested fields such as debts\.$/,
    );
    expect(checkMeasure(measure(query, { n: 5, m: 5 }), limits)).toBeNull();
  });
});

describe('Armor refusals in plain words', () => {
  it('drops the misleading "Syntax Error" and says what to change', () => {
    const plain = plainLimitMessage({
      message: 'Syntax Error: Query depth limit of 12 exceeded, found 13.',
    });
    expect(plain).toEqual({
      message: '查询嵌套 13 层，超过上限 12 层：请减少嵌套的层级。',
      extensions: { messageId: 'gateway.depthExceeded' },
    });
    const english = runInLocale('en', () =>
      plainLimitMessage({ message: 'Syntax Error: Aliases limit of 30 exceeded, found 31.' }),
    );
    expect(english.message).toBe(
      'Aliases limit of 30 exceeded, found 31: use fewer aliases, or split the query.',
    );
  });
});

describe('the registered operations', () => {
  let api: GraphQLSchema | undefined;
  const apiSchema = async () => {
    const supergraphSdl = readFileSync(
      fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)),
      'utf8',
    );
    const gateway = new ApolloGateway({ supergraphSdl });
    api ??= (await gateway.load()).schema;
    await gateway.stop();
    return api;
  };

  it('pass the default limits with their example variables', async () => {
    const on = await apiSchema();
    const operations = readOperations(fileURLToPath(new URL('../operations/', import.meta.url)));
    expect(operations.length).toBeGreaterThan(3);
    for (const op of operations) {
      const m = measure(op.document, op.variables ?? {}, on);
      expect(checkMeasure(m, DEFAULT_LIMITS)?.message, op.name).toBeUndefined();
    }
  });
});
