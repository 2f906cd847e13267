// The few coded errors a client of the hub ever sees. Everything else is masked as
// "Unexpected error." and logged with its detail, so internals (SQL, stack traces) never leak.
// Depends on graphql only, so the gateway shares it.
import { protocolMessages as msg } from './messages.js';
import {
  BREAK,
  GraphQLError,
  Kind,
  parse,
  visit,
  type ASTNode,
  type GraphQLFormattedError,
} from 'graphql';
import { Message, messageText } from './localized-messages.js';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'SUBGRAPH_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes raised by graphql-js / Apollo itself for a malformed request: the client's fault, safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // The gateway's limits, counted on the coerced variables (gateway/src/limits.ts).
  'QUERY_TOO_COMPLEX',
  // The gateway refuses a mutation it cannot record in the operation log first.
  'OPERATION_LOG_UNAVAILABLE',
]);

export const SHOWN_CODES: ReadonlySet<string> = new Set([...ERROR_CODES, ...REQUEST_ERROR_CODES]);

export abstract class HubError extends GraphQLError {
  protected constructor(
    message: Message,
    code: ErrorCode,
    extra: Record<string, unknown> = {},
    /** The literal in the document the error is about (a scalar refusing a value written inline). */
    node?: ASTNode,
  ) {
    // The text is the request's language; `messageId` (the catalogue's id) is the same in both.
    const id = message instanceof Message ? { messageId: message.id } : {};
    super(messageText(message), { extensions: { code, ...id, ...extra }, nodes: node });
  }
}

/** Bad input. `field` is the path of the offending input field, e.g. "input.amountDue". */
export class UserInputError extends HubError {
  constructor(
    message: Message,
    field?: string,
    extra: Record<string, unknown> = {},
    node?: ASTNode,
  ) {
    super(message, 'BAD_USER_INPUT', field ? { field, ...extra } : extra, node);
  }
}

export class NotFoundError extends HubError {
  /** `what` names the kind of record, best a catalogue noun (so the English says it in English). */
  constructor(what: Message, id: string, field?: string) {
    super(msg.notFound({ what, id }), 'NOT_FOUND', field ? { field } : {});
  }
}

export class ForbiddenError extends HubError {
  constructor(message: Message = msg.forbidden(), extra: Record<string, unknown> = {}) {
    super(message, 'FORBIDDEN', extra);
  }
}

/** The one answer for a record the viewer may not act on — outside its jurisdiction, or not there
 * at all: the same words either way, so a refusal never tells whether the record exists. */
export class OutOfReachError extends ForbiddenError {
  constructor() {
    super(msg.outOfReach());
  }
}

/** A concurrent change or a duplicate: re-read and try again, or use the existing record. */
export class ConflictError extends HubError {
  constructor(message: Message, extra: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extra);
  }
}

/** Another bureau's service did not answer: the rest of the answer stands, this part is missing.
 * `serviceName` says which one, so a client can tell an outage from a mistake and retry later. */
export class UnavailableError extends HubError {
  constructor(serviceName: string, message?: Message) {
    super(message ?? msg.unavailable({ service: serviceName }), 'SUBGRAPH_UNAVAILABLE', {
      serviceName,
    });
  }
}

export class UnauthenticatedError extends HubError {
  constructor(message: Message = msg.unauthenticated()) {
    super(message, 'UNAUTHENTICATED');
  }
}

/** What a masked internal error reads in the request's language (English: "Unexpected error."). */
export const unexpectedErrorMessage = (): Message => msg.unexpected();

/** graphql-js reports a bad variable as `Variable "$input" got invalid value 1 at "input.amountDue"; …`.
 * The path is the field at fault: lift it into `extensions.field` so clients need not parse text. */
function fieldOfVariableError(message: string): string | undefined {
  const m = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s.exec(message);
  if (m) return m[2];
  const whole = /^Variable "\$(\w+)" got invalid value/.exec(message);
  return whole ? whole[1] : undefined;
}

/**
 * The input path of a literal value an error points at (`registerArrear(input: { contractSignedOn:
 * "2999-01-01" })` → "input.contractSignedOn"): the argument and object-field names around the
 * error's node in the document. Only run for a refused literal, so parsing the text again is cheap.
 */
function fieldOfLiteral(error: GraphQLError): string | undefined {
  const node = error.nodes?.[0];
  if (!node?.loc || !error.source) return undefined;
  const { start, end } = node.loc;
  let field: string | undefined;
  try {
    visit(parse(error.source), {
      enter(candidate: ASTNode, _key, parent, _path, ancestors) {
        if (
          candidate.kind !== node.kind ||
          candidate.loc?.start !== start ||
          candidate.loc?.end !== end
        )
          return undefined;
        // `ancestors` stops above the direct parent (an ObjectField for a nested value).
        const names = [...ancestors, parent, candidate]
          .filter(Boolean)
          .flatMap((a) =>
            !Array.isArray(a) && (a as ASTNode).kind === Kind.ARGUMENT
              ? [(a as { name: { value: string } }).name.value]
              : !Array.isArray(a) && (a as ASTNode).kind === Kind.OBJECT_FIELD
                ? [(a as { name: { value: string } }).name.value]
                : [],
          );
        field = names.length ? names.join('.') : undefined;
        return BREAK;
      },
    });
  } catch {
    return undefined;
  }
  return field;
}

export type ErrorLogger = (message: string, detail: unknown) => void;

/**
 * Apollo `formatError`: coded errors and request errors pass through; anything else becomes
 * "Unexpected error." and its detail goes to the log. `stacktrace` is always removed.
 */
export function formatHubError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    // A scalar that refused a literal argument surfaces as a validation error wrapping our coded
    // error: give it back its own code (e.g. BAD_USER_INPUT) and field.
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof HubError) Object.assign(extensions, original.extensions);
    const code = extensions.code;
    if (typeof code === 'string' && SHOWN_CODES.has(code)) {
      if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
        const field =
          fieldOfVariableError(formatted.message) ??
          (error instanceof GraphQLError ? fieldOfLiteral(error) : undefined);
        if (field) extensions.field = field;
      }
      return { ...formatted, extensions };
    }
    log(formatted.message, error instanceof GraphQLError ? (error.originalError ?? error) : error);
    return {
      message: msg.unexpected().text(),
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageId: msg.unexpected().id },
      locations: formatted.locations,
      path: formatted.path,
    };
  };
}
