// The viewer's reach in raw SQL: the kit's scopeSql/andScope for an entity's ownership declaration
// with this request's jurisdiction. Summaries, compliance and figures are raw statements (one per
// batch); this is how each of them ANDs in what the viewer may see, never a hand-written condition.
import type { EntityClass } from '@mikro-orm/core';
import {
  andScope,
  jurisdictionOf,
  scopeSql,
  type SqlFragment,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';

/** A condition on `alias` (a row of `entity`): `true` when the viewer is unrestricted. */
export async function visibleRows(
  ctx: SubgraphContext,
  entity: EntityClass<object>,
  alias: string,
): Promise<SqlFragment> {
  return scopeSql(ctx.em, entity, await jurisdictionOf(ctx), alias) ?? { sql: 'true', params: [] };
}

/** The same as ` and …` to append to a where clause (empty when unrestricted). */
export async function andVisible(
  ctx: SubgraphContext,
  entity: EntityClass<object>,
  alias: string,
): Promise<SqlFragment> {
  return andScope(ctx.em, entity, await jurisdictionOf(ctx), alias);
}
