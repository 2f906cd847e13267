// The hub's custom scalars. Each one validates on input (variables and literals) and serialises the
// canonical form, so resolvers only ever see clean values.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Message, UserInputError } from '@arrears-hub/protocol';
import { checkCreditCode } from '@arrears-hub/protocol';
import { parseCalendarDate } from '@arrears-hub/protocol';
import { money, parseMoney } from '@arrears-hub/protocol';
import { formatChinaDateTime, parseDateTime } from '@arrears-hub/protocol';
import { kitMessages as msg } from './messages.js';

/**
 * A scalar's refusal of a value written in the document itself, pointing at that value: graphql-js
 * reports the error as thrown, and its node lets formatHubError name the field (input.amountDue)
 * as it does for a variable.
 */
function atLiteral<T>(ast: ValueNode, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    const { code: _code, messageId, ...extra } = error.extensions;
    const id = typeof messageId === 'string' ? messageId : 'kit.badLiteral';
    throw new UserInputError(Message.rendered(id, error.message), undefined, extra, ast);
  }
}

function literalString(ast: ValueNode, scalar: string): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  throw new UserInputError(msg.scalarNotString({ scalar }));
}

function parseMoneyOrThrow(value: unknown): string {
  const parsed = parseMoney(value);
  if (!parsed.ok) throw new UserInputError(parsed.reason);
  return parsed.value;
}

/**
 * Money: a non-negative decimal string with at most two decimals, e.g. "1200.50" (yuan).
 * Stored as numeric(18,2). Numbers are refused on input: JSON floats cannot carry cents exactly.
 * Where a negative amount makes sense (a budget adjustment), use `SignedMoney`.
 */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description:
    'An amount in yuan as a decimal string with at most 2 decimals, e.g. "1200.50". Never negative.',
  serialize: (value) => money(value as string),
  parseValue: parseMoneyOrThrow,
  parseLiteral: (ast) => atLiteral(ast, () => parseMoneyOrThrow(literalString(ast, 'Money'))),
});

function parseSignedMoneyOrThrow(value: unknown): string {
  const parsed = parseMoney(value, { allowNegative: true });
  if (!parsed.ok) throw new UserInputError(parsed.reason);
  return parsed.value;
}

export const SignedMoneyScalar = new GraphQLScalarType({
  name: 'SignedMoney',
  description:
    'An amount in yuan that may be negative (an adjustment), as a decimal string, e.g. "-300.00".',
  serialize: (value) => money(value as string),
  parseValue: parseSignedMoneyOrThrow,
  parseLiteral: (ast) =>
    atLiteral(ast, () => parseSignedMoneyOrThrow(literalString(ast, 'SignedMoney'))),
});

function parseDateOrThrow(value: unknown): string {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new UserInputError(parsed.reason);
  return parsed.value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 "YYYY-MM-DD" (no time, no zone).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDateOrThrow(value);
  },
  parseValue: parseDateOrThrow,
  parseLiteral: (ast) => atLiteral(ast, () => parseDateOrThrow(literalString(ast, 'Date'))),
});

function parseCreditCodeOrThrow(value: unknown): string {
  if (typeof value !== 'string') throw new UserInputError(msg.creditCodeNotString());
  const checked = checkCreditCode(value);
  if (!checked.ok) throw new UserInputError(checked.reason);
  return checked.value;
}

export const CreditCodeScalar = new GraphQLScalarType({
  name: 'CreditCode',
  description:
    '统一社会信用代码 (GB 32100-2015): 18 characters, normalised (spaces and hyphens removed, upper case), check character verified.',
  serialize: (value) => String(value),
  parseValue: parseCreditCodeOrThrow,
  parseLiteral: (ast) =>
    atLiteral(ast, () => parseCreditCodeOrThrow(literalString(ast, 'CreditCode'))),
});

function parseDateTimeOrThrow(value: unknown): Date {
  const parsed = parseDateTime(value);
  if (!parsed.ok) throw new UserInputError(parsed.reason);
  return parsed.value;
}

/**
 * An instant. Every `Date` field of the hub is this scalar (buildFederatedSchema maps `Date` to it,
 * keeping type-graphql's scalar name, so no client breaks): it reads in China Standard Time,
 * "2026-12-02T11:40:05.123+08:00", and accepts any ISO 8601 offset on input.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTimeISO',
  description:
    'An instant, ISO 8601 in China Standard Time, e.g. "2026-12-02T11:40:05.123+08:00". Inputs take any ISO 8601 offset ("Z", "+08:00", "-05:00").',
  serialize: (value) => {
    if (value instanceof Date || typeof value === 'string' || typeof value === 'number')
      return formatChinaDateTime(value);
    throw new TypeError(`DateTimeISO cannot represent ${String(value)}`);
  },
  parseValue: parseDateTimeOrThrow,
  parseLiteral: (ast) =>
    atLiteral(ast, () => {
      if (ast.kind !== Kind.STRING) return parseDateTimeOrThrow(undefined);
      return parseDateTimeOrThrow(ast.value);
    }),
});
