// Allowed moves of a record's status, declared as a table; an illegal move is one coded error
// that names the moves that are allowed.
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
  throw new ConflictError(
    `不能办理（${action}）：这条${what}的状态是 ${from}，${allowed.length ? `只能变为 ${allowed.join('、')}` : '已是最终状态，不能再变'}。`,
    { status: from, attempted: to, allowed: [...allowed] },
  );
}
