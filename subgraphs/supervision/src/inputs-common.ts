// Small input checks every supervision mutation needs: a known unit within the viewer's
// jurisdiction, a non-empty text, a date not in the future.
import { isUuid, jurisdictionOf, todayInChina, unitDirectory, UserInputError, type DirectoryUnit, type SubgraphContext } from '@arrears-hub/subgraph-kit';

export async function requireUnit(ctx: SubgraphContext, id: string, field: string): Promise<DirectoryUnit> {
  const unit = isUuid(id) ? (await unitDirectory('supervision').get([id])).get(id) : undefined;
  if (!unit) throw new UserInputError(`There is no unit with id "${id}".`, field);
  (await jurisdictionOf(ctx)).assertUnit(unit.id, unit.name);
  return unit;
}

export function requireText(value: string | null | undefined, field: string, max = 5000): string {
  const text = value?.trim() ?? '';
  if (text.length < 2) throw new UserInputError('This cannot be empty.', field);
  if (text.length > max) throw new UserInputError(`At most ${max} characters.`, field);
  return text;
}

export function notFuture(day: string, field: string): string {
  if (day > todayInChina()) throw new UserInputError('This cannot be dated in the future.', field);
  return day;
}

export function uuidList(ids: readonly string[] | null | undefined, field: string): string[] {
  for (const id of ids ?? []) if (!isUuid(id)) throw new UserInputError(`"${id}" is not an id.`, field);
  return [...new Set(ids ?? [])];
}
