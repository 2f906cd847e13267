// Allowed moves of a record's status, declared as a table; an illegal move is one coded error
// that names the moves that are allowed.
import { protocolMessages as msg } from './messages.js';
import { ConflictError } from './errors.js';

export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

export function canMove<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

/** Throws CONFLICT (with `status` and `attempted`) unless `from → to` is in the table. */
export function assertMove<S extends string>(
  table: Transitions<S>,
  from: S,
  to: S,
  action: string,
  what = 'record',
): void {
  if (canMove(table, from, to)) return;
  const allowed = table[from];
  throw new ConflictError(msg.illegalMove({ action, what, from, allowed: [...allowed] }), {
    status: from,
    attempted: to,
    allowed: [...allowed],
  });
}
