// Bounds on what one request may ask, checked at the gateway before any subgraph is called:
// depth, aliases, directives, tokens and cost (GraphQL Armor), and the rows a query can return
// (list sizes multiplied down the tree), which Armor's cost model does not see.
import type { Refusal } from '@arrears-hub/protocol';
import { DEFAULT_PAGE_SIZE } from '@arrears-hub/protocol';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  TypeInfo,
  visitWithTypeInfo,
  type ASTVisitor,
  type GraphQLOutputType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Values (fields × rows) a query may return at most, `first` arguments taken at their face value. */
  maxListValues: number;
  /** Introspection off: "Did you mean …?" suggestions would leak the schema, so they are masked. */
  blockFieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 4000,
  maxCost: 30000,
  maxListValues: 250000,
  blockFieldSuggestions: false,
};

/** Rows a list field returns when the query does not say: the kit's default page, or a guess for plain lists. */
const PLAIN_LIST_GUESS = 20;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Rejects queries whose list sizes multiply into more values than `max`. */
export function listValuesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const typeInfo = new TypeInfo(context.getSchema());
    const multipliers: number[] = [1];
    let total = 0;
    let reported = false;
    const pageSize = (node: import('graphql').FieldNode, hasFirst: boolean): number => {
      const first = node.arguments?.find((a) => a.name.value === 'first');
      if (first?.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
      return hasFirst ? DEFAULT_PAGE_SIZE : PLAIN_LIST_GUESS;
    };
    return visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const field = typeInfo.getFieldDef();
          const parent = multipliers.at(-1)!;
          total += parent;
          let factor = 1;
          if (field) {
            const hasFirst = field.args.some((a) => a.name === 'first');
            const named = getNamedType(field.type);
            // A connection counts its `first` once, on the connection field itself.
            if (hasFirst && named.name.endsWith('Connection')) factor = pageSize(node, true);
            else if (isList(field.type) && !named.name.endsWith('Edge'))
              factor = hasFirst ? pageSize(node, true) : PLAIN_LIST_GUESS;
          }
          multipliers.push(parent * factor);
          if (total > max && !reported) {
            reported = true;
            context.reportError(
              new GraphQLError(
                `This query could return about ${total.toLocaleString('en')} values or more (rows × fields); the limit is ${max.toLocaleString('en')}. Ask for fewer rows with \`first\`, or fewer fields.`,
                { nodes: node },
              ),
            );
          }
        },
        leave() {
          multipliers.pop();
        },
      },
    });
  };
}

/**
 * Counts the query's tokens before parsing and refuses a query with too many (400). Armor's own
 * token limit throws inside Apollo's parser hook, which Apollo answers with 500.
 */
export function tokenLimit(max: number) {
  return (query: unknown): Refusal | null => {
    if (typeof query !== 'string') return null;
    const lexer = new Lexer(new Source(query));
    let count = 0;
    try {
      while (lexer.advance().kind !== TokenKind.EOF) {
        if (++count > max) {
          return {
            ok: false,
            status: 400,
            code: 'GRAPHQL_PARSE_FAILED',
            message: `The query has more than ${max} tokens; the limit is ${max}. Split it or ask for less.`,
          };
        }
      }
    } catch {
      return null; // a syntax error: let the parser report it properly
    }
    return null;
  };
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
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, exposeLimits: true },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: [...armor.validationRules, listValuesRule(limits.maxListValues)],
    allowBatchedHttpRequests: false as const,
  };
}
