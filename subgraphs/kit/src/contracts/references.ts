// A reference to another bureau's record, checked when it is written: the owner is asked through
// its facts contract, for the person (so a record outside their reach is not in the answer), and
// every id it does not return becomes a problem on the field that named it. Without this a case
// could be opened on debts that do not exist, and every later read of the case would fail.
import type { Message, Problems, Viewer } from '@arrears-hub/protocol';
import { kitMessages as msg } from '../messages.js';
import { callContract } from './call.js';
import type { Contract } from './contract.js';

/**
 * Adds a problem for each of `ids` the owner does not return for this person ("does not exist or
 * is outside your reach": the same words either way), on `field` — or `field.<index>` when the ids
 * come from a list argument. Returns the facts it did return, by id.
 */
export async function checkReferences<R extends { id: string }>(
  person: { viewer: Viewer },
  contract: Contract<{ ids: 'uuids' }, R[]>,
  ids: readonly string[] | string | null | undefined,
  problems: Problems,
  field: string,
  label: Message,
): Promise<Map<string, R>> {
  const list = typeof ids === 'string' ? [ids] : [...(ids ?? [])];
  if (!list.length) return new Map();
  const answered = await callContract(person, contract, { ids: [...new Set(list)] });
  const found = new Map(answered.map((r) => [r.id, r]));
  list.forEach((id, index) => {
    if (found.has(id)) return;
    const at = typeof ids === 'string' ? field : `${field}.${index}`;
    problems.add(at, msg.referenceOutOfReach({ what: label, id }));
  });
  return found;
}
