// One rule checked on its own (a step's check against the row it changes, a query argument):
// BAD_USER_INPUT in the same shape as a whole list of problems (extensions.problems and .field).
import { Problems, type Message } from '@arrears-hub/subgraph-kit';

/** Throws BAD_USER_INPUT on `argument.field` unless `ok`. `argument` '' names a bare argument.
 * `message` is a catalogue message (src/messages.ts). */
export function refuseUnless(ok: boolean, field: string, message: Message, argument: string): void {
  if (!ok) new Problems().add(field, message).throwIfAny(argument);
}
