// Two checks every aggregate's validation shares, in the form that adds to a Problems list (the
// kit has them only in a throwing form: uuidList, requireUnit), so a form reports every problem
// at once.
import {
  isUuid,
  MAX_PAGE_SIZE,
  unitDirectory,
  type DirectoryUnit,
  type Problem,
  type Problems,
} from '@arrears-hub/subgraph-kit';
import { supervisionMessages as msg } from './messages.js';

/** Checked input: its problems (none when it may be written) and its values as stored (texts
 * through the one normaliser, checkText). */
export interface Checked<T> {
  problems: Problem[];
  value: T;
}

/** The distinct ids of a list, with a problem for each entry that is not an id. */
export function checkIdList(
  problems: Problems,
  ids: readonly string[] | null | undefined,
  field: string,
  max = MAX_PAGE_SIZE,
): string[] {
  const list = [...new Set(ids ?? [])];
  if (list.length > max) problems.add(field, msg.tooManyIds({ max, count: list.length }));
  for (const id of list) if (!isUuid(id)) problems.add(field, msg.notAnId({ id }));
  return list;
}

/**
 * The registered unit `id` names (the organisations subgraph's directory), or a problem. Whether
 * the viewer may act for it is not this check's business: the mutation's @Creates guard has
 * refused a unit outside the viewer's reach before any validation ran.
 */
export async function checkKnownUnit(
  problems: Problems,
  id: string,
  field: string,
): Promise<DirectoryUnit | null> {
  const found = isUuid(id) ? (await unitDirectory().get([id])).get(id) : undefined;
  if (!found) problems.add(field, msg.noSuchUnit({ id }));
  return found ?? null;
}
