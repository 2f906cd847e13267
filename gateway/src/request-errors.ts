// graphql-js (and Apollo) word their request errors in English — a field that does not exist, a
// variable of the wrong type, a syntax error. A clerk reads Chinese: this table recognises the
// common ones and gives each a catalogue message, Chinese by default, graphql-js' own English text
// with `Accept-Language: en`. Applied last in the gateway's formatError: `extensions.code` and the
// field lifted from the English text stay as they were, `extensions.messageId` is added.
import type { GraphQLFormattedError } from 'graphql';
import type { Message } from '@arrears-hub/protocol';
import { gatewayMessages as msg } from './messages.js';

type Translate = (m: RegExpExecArray, original: string, suggestions?: string[]) => Message;

/** An inner message (a scalar's refusal inside a variable's): translated if it is graphql-js',
 * else kept (a hub message is already in the request's language). */
const inner = (text: string | undefined): Message | string | undefined =>
  text === undefined ? undefined : (translateGraphqlMessage(text) ?? text);

/** Patterns on the message without its "Did you mean …?" (or Armor's "[Suggestion hidden]"). */
const TABLE: [RegExp, Translate][] = [
  [/^Syntax Error: (.*)$/s, (m, original) => msg.syntaxError({ original, description: m[1]! })],
  [
    /^Cannot query field "([^"]+)" on type "([^"]+)"\.$/,
    (m, original, suggestions) =>
      msg.cannotQueryField({ original, suggestions, field: m[1]!, type: m[2]! }),
  ],
  [
    /^Unknown argument "([^"]+)" on (field|directive) "([^"]+)"\.$/,
    (m, original, suggestions) =>
      msg.unknownArgument({
        original,
        suggestions,
        argument: m[1]!,
        directive: m[2] === 'directive',
        on: m[3]!,
      }),
  ],
  [
    /^(?:Field|Directive) "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (m, original) => msg.requiredArgument({ original, field: m[1]!, argument: m[2]!, type: m[3]! }),
  ],
  [
    /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (m, original) => msg.requiredField({ original, field: m[1]!, type: m[2]! }),
  ],
  [
    /^Field "([^"]+)" is not defined by type "([^"]+)"\.$/,
    (m, original, suggestions) =>
      msg.unknownInputField({ original, suggestions, field: m[1]!, type: m[2]! }),
  ],
  [
    /^Expected value of type "([^"]+)", found (.*?)(?:\.|; (.*))$/s,
    (m, original) => msg.expectedValue({ original, type: m[1]!, found: m[2]!, inner: inner(m[3]) }),
  ],
  [
    /^Expected type "([^"]+)" to be an object\.$/,
    (m, original) => msg.expectedObject({ original, type: m[1]! }),
  ],
  [
    /^Expected type "([^"]+)"\.(?: (.*))?$/s,
    (m, original) => msg.expectedType({ original, type: m[1]!, inner: inner(m[2]) }),
  ],
  [
    /^Expected non-nullable type "([^"]+)" not to be null\.$/,
    (m, original) => msg.notNull({ original, type: m[1]! }),
  ],
  [
    /^(Int|Float|String|Boolean|ID) cannot represent (?:a )?[\w\s-]*?value: (.*)$/s,
    (m, original) => msg.scalarCannotRepresent({ original, type: m[1]!, value: m[2]! }),
  ],
  [
    /^Enum "([^"]+)" cannot represent non-(?:string|enum) value: (.*)\.$/s,
    (m, original, suggestions) =>
      msg.notInEnum({ original, suggestions, type: m[1]!, value: m[2]! }),
  ],
  [
    /^Value "(.*)" does not exist in "([^"]+)" enum\.$/s,
    (m, original, suggestions) =>
      msg.notInEnum({ original, suggestions, value: `"${m[1]}"`, type: m[2]! }),
  ],
  [
    /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s,
    (m, original) =>
      msg.invalidVariable({ original, variable: m[1]!, at: m[2], inner: inner(m[3])! }),
  ],
  [
    /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/,
    (m, original) => msg.variableNotProvided({ original, variable: m[1]!, type: m[2]! }),
  ],
  [
    /^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/,
    (m, original) => msg.variableNull({ original, variable: m[1]!, type: m[2]! }),
  ],
  [
    /^Variable "\$(\w+)" is not defined(?: by operation "[^"]*")?\.$/,
    (m, original) => msg.variableNotDefined({ original, variable: m[1]! }),
  ],
  [
    /^Variable "\$(\w+)" is never used(?: in operation "[^"]*")?\.$/,
    (m, original) => msg.variableNotUsed({ original, variable: m[1]! }),
  ],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    (m, original) =>
      msg.variableWrongType({ original, variable: m[1]!, type: m[2]!, expected: m[3]! }),
  ],
  [
    /^Unknown type "([^"]+)"\.$/,
    (m, original, suggestions) => msg.unknownType({ original, suggestions, type: m[1]! }),
  ],
  [
    /^Unknown fragment "([^"]+)"\.$/,
    (m, original) => msg.unknownFragment({ original, fragment: m[1]! }),
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (m, original) => msg.noSubfields({ original, field: m[1]!, type: m[2]! }),
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have (?:a selection of subfields|at least one field selected)\.$/,
    (m, original) => msg.needsSubfields({ original, field: m[1]!, type: m[2]! }),
  ],
  [/^GraphQL introspection is not allowed/, (_m, original) => msg.introspectionOff({ original })],
  [
    /^GraphQL operations must contain a non-empty `query`/,
    (_m, original) => msg.emptyQuery({ original }),
  ],
];

/** "Did you mean "a", "b", or "c"?" at the end: the names; Armor's mask: none. */
const SUGGESTION =
  /\s*(?:Did you mean (?:to use an inline fragment on )?((?:"[^"]*"(?:,? or |, )?)+)\?|\[Suggestion hidden\])$/;

/** The catalogue message for a graphql-js message, or undefined when the table does not know it. */
export function translateGraphqlMessage(text: string): Message | undefined {
  const tail = SUGGESTION.exec(text);
  const main = tail ? text.slice(0, tail.index) : text;
  const suggestions = tail?.[1] ? [...tail[1].matchAll(/"([^"]*)"/g)].map((s) => s[1]!) : undefined;
  for (const [pattern, translate] of TABLE) {
    const m = pattern.exec(main);
    if (m) return translate(m, text, suggestions);
  }
  return undefined;
}

/** Codes under which graphql-js' (and Apollo's) own words reach a client. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);

/**
 * A request error in the request's language, with its `messageId` (a hub message inside a
 * variable's error keeps its own id: it says more). Anything the table does not know is unchanged.
 */
export function translateRequestError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code !== 'string' || !REQUEST_CODES.has(code)) return formatted;
  const message = translateGraphqlMessage(formatted.message);
  if (!message) return formatted;
  // A hub message already speaks the request's language; only graphql-js' wrapper around one
  // (a variable a subgraph's scalar refused) is translated, keeping the hub message's id.
  if (formatted.extensions?.messageId && !/^Variable "\$/.test(formatted.message)) return formatted;
  return {
    ...formatted,
    message: message.text(),
    extensions: { messageId: message.id, ...formatted.extensions },
  };
}
