// The small input checks every subgraph's mutations and filters need, each refusing with a coded
// error that names the field: texts, dates not in the future, id lists, a unit within the
// viewer's jurisdiction. One wording and one behaviour across the hub.
import type { SubgraphContext } from './context.js';
import { todayInChina } from './calendar-date.js';
import { UserInputError } from './errors.js';
import { isUuid } from './ids.js';
import { jurisdictionOf } from './jurisdiction.js';
import { MAX_PAGE_SIZE } from './page-size.js';
import { unitDirectory, type DirectoryUnit } from './unit-directory.js';

export interface TextRule {
  /** At most this many characters (default 2000). */
  max?: number;
  /** The message when it is empty, e.g. "Say why the budget changes." */
  message?: string;
}

/** A trimmed text of at least 2 characters. */
export function requireText(
  value: string | null | undefined,
  field: string,
  rule: TextRule = {},
): string {
  const text = optionalText(value, field, rule);
  if (!text || text.length < 2)
    throw new UserInputError(rule.message ?? 'This cannot be empty.', field);
  return text;
}

/** A trimmed text, or null when blank. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  rule: TextRule = {},
): string | null {
  const max = rule.max ?? 2000;
  const text = value?.trim() || null;
  if (text && text.length > max)
    throw new UserInputError(`At most ${max} characters; this has ${text.length}.`, field);
  return text;
}

/** A calendar day that is not after today (China time). */
export function notFuture(
  day: string,
  field: string,
  message = 'This cannot be dated in the future.',
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
  if ((ids?.length ?? 0) > max) throw new UserInputError(`At most ${max} ids at once.`, field);
  for (const id of ids ?? [])
    if (!isUuid(id)) throw new UserInputError(`"${id}" is not an id.`, field);
  return [...new Set(ids ?? [])];
}

/** A registered unit within the viewer's jurisdiction (the organisations subgraph's directory). */
export async function requireUnit(
  ctx: SubgraphContext,
  id: string,
  field: string,
): Promise<DirectoryUnit> {
  const unit = isUuid(id) ? (await unitDirectory().get([id])).get(id) : undefined;
  if (!unit) throw new UserInputError(`There is no unit with id "${id}".`, field);
  (await jurisdictionOf(ctx)).assertUnit(unit.id, unit.name);
  return unit;
}
