// Bounds on what one request may ask, checked at the gateway before any subgraph is called:
// depth, aliases and directives (GraphQL Armor, while validating), tokens (before parsing), and —
// once the operation and its variables are known — the cost and the values a query can return,
// counted with the page sizes that will actually run: `first` as written, or as the coerced
// variable, or the argument's default, or the kit's default page. A refusal says in plain words what
// to reduce (QUERY_TOO_COMPLEX, HTTP 400). The same plugin refuses what cannot run at all: several
// operations without a (known) operationName, and subscriptions.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Message, Refusal } from '@arrears-hub/protocol';
import { DEFAULT_PAGE_SIZE } from '@arrears-hub/protocol';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  Lexer,
  OperationTypeNode,
  Source,
  TokenKind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { gatewayMessages as msg } from './messages.js';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Values (fields × rows) a query may return at most, with the page sizes that will run. */
  maxListValues: number;
  /** Introspection off: "Did you mean …?" suggestions would leak the schema, so they are masked. */
  blockFieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 4000,
  maxCost: 100000,
  maxListValues: 250000,
  blockFieldSuggestions: false,
};

/** Rows a plain list (no `first`) is guessed to return. */
const PLAIN_LIST_GUESS = 20;

/** GraphQL Armor's cost model (the hub's cost limit has always been stated in it). */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_COST_FACTOR = 1.5;

/** Fields that only wrap a connection's rows: never worth naming as "what to remove". */
const WRAPPERS = new Set(['edges', 'node', 'pageInfo', 'nodes']);

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** A page-sized argument of a field, as it will run. */
interface Page {
  field: string;
  size: number;
}

export interface Measure {
  /** Cost in GraphQL Armor's model (objects 2, scalars 1, × 1.5 per level, × the page size). */
  cost: number;
  /** Values the query can return: each field counted once per row it appears in. */
  values: number;
  /** Page sizes that multiply the answer, largest first. */
  pages: Page[];
  /** Nested fields (inside a page) that weigh most, heaviest first. */
  heavy: string[];
}

/**
 * Measures an operation with its coerced variables: `first`/`last` as a literal, a variable (its
 * coerced value) or absent (the argument's default, else the kit's default page for connections).
 * Fields under a false @include / true @skip are not counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const pages: Page[] = [];
  const heavy = new Map<string, number>();
  const fragmentCosts = new Map<string, { cost: number; values: number }>();

  const included = (node: { directives?: readonly unknown[] }) => {
    const n = node as FieldNode;
    if (!n.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, n, variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, n, variables)?.if === false) return false;
    return true;
  };

  const fieldDef = (
    parent: GraphQLCompositeType,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;

  /**
   * The rows a field multiplies what is below it by: `rows` for the values (a plain list is guessed
   * at PLAIN_LIST_GUESS) and `pageRows` for the cost, which in Armor's model multiplies by a page
   * argument only.
   */
  const rowsOf = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined) => {
    const one = { rows: 1, pageRows: 1 };
    if (!field) return one;
    const pageArg = field.args.find((a) => a.name === 'first' || a.name === 'last');
    const named = getNamedType(field.type);
    const plainList = isList(field.type) && !named.name.endsWith('Edge');
    if (!pageArg) return plainList ? { rows: PLAIN_LIST_GUESS, pageRows: 1 } : one;
    if (!named.name.endsWith('Connection') && !plainList) return one;
    const argNode = node.arguments?.find((a) => a.name.value === pageArg.name);
    let size: unknown;
    if (argNode?.value.kind === Kind.INT) size = Number(argNode.value.value);
    else if (argNode?.value.kind === Kind.VARIABLE) size = variables[argNode.value.name.value];
    size ??= pageArg.defaultValue ?? DEFAULT_PAGE_SIZE;
    const rows =
      typeof size === 'number' && Number.isFinite(size) ? Math.max(1, size) : DEFAULT_PAGE_SIZE;
    pages.push({ field: node.alias?.value ?? node.name.value, size: rows });
    return { rows, pageRows: rows };
  };

  /** Cost (Armor's model) and values of a selection set at one row of its parent. */
  const measureSet = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    rowsAbove: number,
    depth: number,
  ): { cost: number; values: number } => {
    let cost = 0;
    let values = 0;
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const m = measureField(selection, parent, rowsAbove, depth);
        cost += m.cost;
        values += m.values;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (!type || !isCompositeType(type)) continue;
        const m = measureSet(selection.selectionSet, type, rowsAbove, depth);
        cost += OBJECT_COST + DEPTH_COST_FACTOR * m.cost;
        values += m.values;
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type)) continue;
        // A fragment weighs the same wherever it is spread: measured once (no blow-up when
        // fragments spread fragments), but its heavy fields are noted at each place it is used.
        let m = fragmentCosts.get(fragment.name.value);
        if (!m) {
          const inner = measureSet(fragment.selectionSet, type, 1, depth);
          m = { cost: OBJECT_COST + DEPTH_COST_FACTOR * inner.cost, values: inner.values };
          fragmentCosts.set(fragment.name.value, m);
        }
        cost += SCALAR_COST + DEPTH_COST_FACTOR * m.cost;
        values += m.values;
      }
    }
    return { cost, values };
  };

  const measureField = (
    node: FieldNode,
    parent: GraphQLCompositeType,
    rowsAbove: number,
    depth: number,
  ): { cost: number; values: number } => {
    if (node.name.value === '__schema' || node.name.value === '__type')
      return { cost: 0, values: 0 };
    if (!node.selectionSet) return { cost: SCALAR_COST, values: 1 };
    const field = fieldDef(parent, node.name.value);
    const { rows, pageRows } = rowsOf(node, field);
    const type = field ? getNamedType(field.type) : undefined;
    const inner =
      type && isCompositeType(type)
        ? measureSet(node.selectionSet, type, rowsAbove * rows, depth + 1)
        : { cost: 0, values: 0 };
    const cost = (OBJECT_COST + DEPTH_COST_FACTOR * inner.cost) * pageRows;
    const name = node.name.value;
    if (depth > 0 && rowsAbove > 1 && !WRAPPERS.has(name))
      heavy.set(name, (heavy.get(name) ?? 0) + cost * rowsAbove);
    return { cost, values: 1 + rows * inner.values };
  };

  const root = schema.getRootType(operation.operation);
  const total = root ? measureSet(operation.selectionSet, root, 1, 0) : { cost: 0, values: 0 };
  const largest = new Map<string, number>();
  for (const p of pages) largest.set(p.field, Math.max(largest.get(p.field) ?? 0, p.size));
  return {
    cost: total.cost,
    values: total.values,
    pages: [...largest].map(([field, size]) => ({ field, size })).sort((a, b) => b.size - a.size),
    heavy: [...heavy].sort((a, b) => b[1] - a[1]).map(([name]) => name),
  };
}

/** What to change, from the measure (the messages word it: "请减少 first（现为 500）…"). */
const whatToReduce = (measure: Measure) => ({ pages: measure.pages, nested: measure.heavy });

const tooComplex = (message: Message, extensions: Record<string, unknown>) =>
  new GraphQLError(message.text(), {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      messageId: message.id,
      ...extensions,
      http: { status: 400 },
    },
  });

/** The refusal for a measure over the limits, or null. */
export function checkMeasure(measure: Measure, limits: Pick<Limits, 'maxCost' | 'maxListValues'>) {
  const cost = Math.round(measure.cost);
  if (measure.cost > limits.maxCost) {
    return tooComplex(
      msg.costExceeded({ cost, max: limits.maxCost, reduce: whatToReduce(measure) }),
      { limit: 'cost', found: cost, max: limits.maxCost },
    );
  }
  if (measure.values > limits.maxListValues) {
    return tooComplex(
      msg.valuesExceeded({
        values: measure.values,
        max: limits.maxListValues,
        reduce: whatToReduce(measure),
      }),
      { limit: 'values', found: measure.values, max: limits.maxListValues },
    );
  }
  return null;
}

/** The document's operations by name (null: an anonymous one). */
function operationNames(document: DocumentNode): (string | null)[] {
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value ?? null);
}

const badRequest = (message: Message, code: string) =>
  new GraphQLError(message.text(), {
    extensions: { code, messageId: message.id, http: { status: 400 } },
  });

/**
 * The checks that need the resolved operation and its variables, as an Apollo plugin: which
 * operation runs, that it is not a subscription, and its cost and values counted as they will run.
 */
export function operationLimitsPlugin(limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) {
            const names = operationNames(document);
            throw request.operationName
              ? badRequest(
                  msg.unknownOperationName({ name: request.operationName, names }),
                  'OPERATION_RESOLUTION_FAILURE',
                )
              : badRequest(msg.operationNameNeeded({ names }), 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw badRequest(msg.noSubscriptions(), 'BAD_REQUEST');
          }
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
            { maxErrors: 1 },
          );
          // Bad variables are reported by execution itself, with their field (BAD_USER_INPUT).
          if (coerced.errors) return;
          const refusal = checkMeasure(
            measureOperation(schema, document, operation, coerced.coerced),
            limits,
          );
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/**
 * Counts the query's tokens before parsing and refuses a query with too many (400). Armor's own
 * token limit throws inside Apollo's parser hook, which Apollo answers with 500.
 */
export function tokenLimit(max: number) {
  // Queries already counted and found within the limit (clients send the same few again and again).
  const within = new Set<string>();
  return (query: unknown): Refusal | null => {
    if (typeof query !== 'string' || within.has(query)) return null;
    const lexer = new Lexer(new Source(query));
    let count = 0;
    try {
      while (lexer.advance().kind !== TokenKind.EOF) {
        if (++count > max) {
          return {
            ok: false,
            status: 400,
            code: 'GRAPHQL_PARSE_FAILED',
            message: msg.tooManyTokens({ max }),
          };
        }
      }
    } catch {
      return null; // a syntax error: let the parser report it properly
    }
    if (within.size >= 1_000) within.clear();
    within.add(query);
    return null;
  };
}

type Limited = (p: { max: number; found: number }) => Message;

/** Armor's refusals, said in plain words (Armor prefixes them with a misleading "Syntax Error:"). */
const ARMOR_MESSAGES: [RegExp, Limited][] = [
  [
    /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.$/,
    (p) => msg.depthExceeded(p),
  ],
  [/^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.$/, (p) => msg.aliasesExceeded(p)],
  [
    /^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)\.$/,
    (p) => msg.directivesExceeded(p),
  ],
];

/** Rewrites an Armor refusal's message in the request's language, with its `messageId` (code
 * GRAPHQL_VALIDATION_FAILED kept); others unchanged. */
export function plainLimitMessage(formatted: GraphQLFormattedError): GraphQLFormattedError {
  for (const [pattern, say] of ARMOR_MESSAGES) {
    const m = pattern.exec(formatted.message);
    if (m) {
      const message = say({ max: Number(m[1]), found: Number(m[2]) });
      return {
        ...formatted,
        message: message.text(),
        extensions: { ...formatted.extensions, messageId: message.id },
      };
    }
  }
  return formatted;
}

/** Apollo Server options that enforce the limits. */
export function limitProtection(limits: Limits) {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      exposeLimits: true,
      flattenFragments: true,
    },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false }, // see tokenLimit
    costLimit: { enabled: false }, // see operationLimitsPlugin: it needs the variables
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  return {
    plugins: [...armor.plugins, operationLimitsPlugin(limits)],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false as const,
  };
}
