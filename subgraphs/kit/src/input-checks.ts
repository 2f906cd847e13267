// The small input checks every subgraph's mutations and filters need: texts (through the one
// normaliser), dates not in the future, id lists, a unit within the viewer's jurisdiction. One
// wording and one behaviour across the hub. Each check comes in two forms: `check…` adds to a
// Problems list and goes on (so a form reports every problem at once), `require…` throws at once.
import {
  isStorableText,
  isUuid,
  MAX_PAGE_SIZE,
  normalizeIdentifier,
  normalizeText,
  problemsError,
  Problems,
  todayInChina,
  UserInputError,
  type Message,
} from '@arrears-hub/protocol';
import type { SubgraphContext } from './context.js';
import { jurisdictionOf } from './jurisdiction.js';
import { kitMessages as msg } from './messages.js';
import { unitDirectory, type DirectoryUnit } from './unit-directory.js';

export interface TextRule {
  /** At most this many characters (default 2000). */
  max?: number;
  /** At least this many characters when given (default 1; required texts 2). */
  min?: number;
  /** The message when it is empty (or too short), a catalogue message such as msg.reasonNeeded(). */
  message?: Message;
  /** An identifier (contract number …): NFKC and collapsed whitespace, see protocol/text.ts. */
  identifier?: boolean;
}

function clean(value: string, rule: TextRule): string {
  return rule.identifier ? normalizeIdentifier(value) : normalizeText(value);
}

/** Adds a problem for a bad text; returns the normalised text, or null when blank (or bad). */
export function checkText(
  problems: Problems,
  value: string | null | undefined,
  field: string,
  rule: TextRule & { required?: boolean } = {},
): string | null {
  if (value === null || value === undefined) {
    if (rule.required) problems.add(field, rule.message ?? msg.required());
    return null;
  }
  if (!isStorableText(value)) {
    problems.add(field, msg.unstorableText());
    return null;
  }
  const text = clean(value, rule) || null;
  const max = rule.max ?? 2000;
  const min = rule.min ?? (rule.required ? 2 : 1);
  if (!text) {
    if (rule.required) problems.add(field, rule.message ?? msg.required());
    return null;
  }
  if (text.length > max) {
    problems.add(field, msg.tooLong({ max, actual: text.length }));
    return null;
  }
  if (text.length < min) {
    problems.add(field, rule.message ?? msg.tooShort({ min }));
    return null;
  }
  return text;
}

function throwing<T>(argument: string, check: (problems: Problems) => T): T {
  const problems = new Problems();
  const value = check(problems);
  if (!problems.empty) throw problemsError(problems.list, argument);
  return value;
}

/** A normalised text of at least 2 characters; throws naming `field` otherwise. */
export function requireText(
  value: string | null | undefined,
  field: string,
  rule: TextRule = {},
): string {
  return throwing('', (p) => checkText(p, value, field, { ...rule, required: true }))!;
}

/** A normalised text, or null when blank. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  rule: TextRule = {},
): string | null {
  return throwing('', (p) => checkText(p, value, field, rule));
}

/** Adds a problem when a calendar day lies after today (China time). */
export function checkNotFuture(
  problems: Problems,
  day: string | null | undefined,
  field: string,
  message: Message = msg.dateInFuture(),
): void {
  if (day && day > todayInChina()) problems.add(field, message);
}

/** A calendar day that is not after today (China time). */
export function notFuture(
  day: string,
  field: string,
  message: Message = msg.dateInFuture(),
): string {
  if (day > todayInChina()) throw new UserInputError(message, field);
  return day;
}

/** Ids for an `$in` filter: each must be an id (else PostgreSQL's uuid cast would fail), at most a page's worth. */
export function uuidList(
  ids: readonly string[] | null | undefined,
  field: string,
  max = MAX_PAGE_SIZE,
): string[] {
  if ((ids?.length ?? 0) > max) throw new UserInputError(msg.tooManyIds({ max }), field);
  for (const id of ids ?? []) if (!isUuid(id)) throw new UserInputError(msg.notAnId({ id }), field);
  return [...new Set(ids ?? [])];
}

/** One id argument: refused with BAD_USER_INPUT before it reaches the database. */
export function requireId(id: string, field: string): string {
  if (!isUuid(id)) throw new UserInputError(msg.notAnId({ id }), field);
  return id;
}

/** A registered unit within the viewer's jurisdiction (the organisations subgraph's directory). */
export async function requireUnit(
  ctx: SubgraphContext,
  id: string,
  field: string,
): Promise<DirectoryUnit> {
  const unit = isUuid(id) ? (await unitDirectory().get([id])).get(id) : undefined;
  if (!unit) throw new UserInputError(msg.noSuchUnit({ id }), field);
  (await jurisdictionOf(ctx)).assertUnit(unit.id);
  return unit;
}
