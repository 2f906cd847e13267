// Units are the organisations subgraph's records. Whether an id names one is asked of the kit's
// unit directory (a cached copy served through the UNIT_DIRECTORY contract), never of its
// tables. The answer is a problem like any other input problem, so a form reports it together
// with the rest.
import { isUuid, Problems, unitDirectory, type Problem } from '@arrears-hub/subgraph-kit';
import { financeMessages as msg } from '../messages.js';

/** A problem for each field whose id names no registered unit. */
export async function unknownUnitProblems(
  fields: Readonly<Record<string, string | null | undefined>>,
): Promise<Problem[]> {
  const named = Object.entries(fields).filter((e): e is [string, string] => !!e[1]);
  const ids = named.map(([, id]) => id).filter(isUuid);
  const units = ids.length ? await unitDirectory().get(ids) : new Map();
  return named
    .filter(([, id]) => !units.has(id))
    .reduce(
      (p, [field, id]) => p.add(field, isUuid(id) ? msg.noSuchUnit({ id }) : msg.notAnId({ id })),
      new Problems(),
    ).list;
}
