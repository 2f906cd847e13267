// A nested list (a region's units, a unit's arrears) for many parents at once: the first page of
// each parent in ONE statement (a lateral subquery per parent, reading one index range each), and
// every parent's total in a second one, run only when a totalCount is read. Used from DataLoaders,
// so `regions { units(first: 10) }` costs the same statements for any number of regions.
import type { EntityClass, EntityData } from '@mikro-orm/core';
import { jurisdictionOf } from './jurisdiction.js';
import { scopeSql } from './ownership/scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineLoader, type LoaderDefinition, type SubgraphContext } from './context.js';
import {
  cursorValue,
  decodeSortCursor,
  pageSize,
  toConnection,
  type Connection,
  type SortDirection,
} from './pagination.js';

export interface PagesPerParentRequest<T> {
  entity: EntityClass<T>;
  /** The property holding the parent id: a plain id column or a many-to-one relation. */
  parentProperty: string;
  parentIds: readonly string[];
  /** Extra condition on alias `t`, with `?` placeholders, e.g. `t."status" in (?)` (arrays expand to lists). */
  where?: { sql: string; params: unknown[] };
  sortProperty?: string;
  direction?: SortDirection;
  first?: number | null;
  after?: string | null;
}

function columnOf(em: EntityManager, entity: EntityClass<unknown>, property: string): string {
  const meta = em.getMetadata().find(entity);
  const prop = meta?.properties[property as keyof typeof meta.properties] as
    { fieldNames?: string[] } | undefined;
  const column = prop?.fieldNames?.[0];
  if (!meta || !column) throw new Error(`Unknown property ${entity.name}.${property}`);
  return `"${column}"`;
}

export async function pagesPerParent<T extends { id: string }>(
  ctx: SubgraphContext,
  request: PagesPerParentRequest<T>,
): Promise<Map<string, Connection<T>>> {
  const em = ctx.em;
  const first = pageSize(request.first);
  const meta = em.getMetadata().find(request.entity);
  if (!meta) throw new Error(`Unknown entity ${request.entity.name}`);
  const table = `"${meta.tableName}"`;
  const parent = columnOf(em, request.entity, request.parentProperty);
  const sortProperty = request.sortProperty ?? 'id';
  const sort = columnOf(em, request.entity, sortProperty);
  const id = columnOf(em, request.entity, 'id');
  const dir = request.direction === 'DESC' ? 'desc' : 'asc';
  // Raw SQL gets the same jurisdiction as every ORM read: the entity's ownership declaration.
  const scope = scopeSql(em, request.entity, await jurisdictionOf(ctx), 't');
  const conditions = [request.where, scope].filter(
    (c): c is { sql: string; params: unknown[] } => !!c,
  );
  const extra = conditions.map((c) => `and (${c.sql})`).join(' ');
  const extraParams = conditions.flatMap((c) => c.params);
  const parentIds = [...new Set(request.parentIds)];

  let cursorSql = '';
  let cursorParams: unknown[] = [];
  if (request.after) {
    const { value, id: lastId } = decodeSortCursor(request.after, sortProperty);
    cursorSql = `and (t.${sort}, t.${id}) ${dir === 'asc' ? '>' : '<'} (?, ?)`;
    cursorParams = [value, lastId];
  }

  // Each parent's page through its own index range (a lateral subquery with a limit), so a page
  // reads `first` rows per parent however many rows each parent has; the parents travel as one
  // array parameter of the column's own type, so the index on the parent column is used.
  const parentType = parentTypeOf(em, request.entity, request.parentProperty);
  const pageSql = `
    select t.* from unnest(?::${parentType}[]) with ordinality as p(id, ord)
    cross join lateral (
      select t.* from ${table} t
      where t.${parent} = p.id ${extra} ${cursorSql}
      order by t.${sort} ${dir}, t.${id} ${dir}
      limit ?
    ) t
    order by p.ord, t.${sort} ${dir}, t.${id} ${dir}`;
  const totalSql = `
    select t.${parent} as "parent", count(*)::int as "total" from ${table} t
    where t.${parent} in (?) ${extra} group by t.${parent}`;

  const rows = await em.execute<Record<string, unknown>[]>(pageSql, [
    arrayLiteral(parentIds),
    ...extraParams,
    ...cursorParams,
    first + 1,
  ]);
  // The totals of every parent in one statement, run only if some totalCount is read.
  let totals: Promise<Map<string, number>> | undefined;
  const totalOf = (parentId: string) => async () => {
    totals ??= em
      .execute<{ parent: string; total: number }[]>(totalSql, [parentIds, ...extraParams])
      .then((list) => new Map(list.map((t) => [String(t.parent), Number(t.total)])));
    return (await totals).get(parentId) ?? 0;
  };

  const parentColumn = parent.slice(1, -1);
  const rowsByParent = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row[parentColumn]);
    const entity = em.map(request.entity, row as EntityData<T>) as T;
    const list = rowsByParent.get(key);
    if (list) list.push(entity);
    else rowsByParent.set(key, [entity]);
  }
  const result = new Map<string, Connection<T>>();
  for (const parentId of parentIds) {
    const page = rowsByParent.get(parentId) ?? [];
    result.set(
      parentId,
      toConnection(page, first, totalOf(parentId), (row) => [
        sortProperty,
        cursorValue((row as Record<string, unknown>)[sortProperty]),
        row.id,
      ]),
    );
  }
  return result;
}

/** A PostgreSQL array literal of strings, each quoted and escaped. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** The SQL type of the parent column (uuid, varchar …), for the array of parent ids. */
function parentTypeOf(em: EntityManager, entity: EntityClass<unknown>, property: string): string {
  const meta = em.getMetadata().find(entity);
  const prop = meta?.properties[property as keyof typeof meta.properties] as
    { columnTypes?: string[]; fieldNames?: string[] } | undefined;
  const type = prop?.columnTypes?.[0]?.toLowerCase() ?? 'text';
  // varchar(12) → varchar; anything unusual falls back to text (then compared as text).
  const base = type.replace(/\(.*\)$/, '').trim();
  return /^[a-z ]+$/.test(base) ? base : 'text';
}

export interface ChildPageKey {
  parentId: string;
  first?: number | null;
  after?: string | null;
  /** Anything else that changes the rows (a filter), as a stable string. */
  variant?: string;
}

/**
 * A DataLoader of child pages: keys with the same page arguments and variant share one
 * pagesPerParent call (two statements); differently-paged aliases get their own.
 */
export function defineChildPagesLoader<T extends { id: string }, K extends ChildPageKey>(
  request: (
    keys: K[],
    ctx: SubgraphContext,
  ) =>
    | Omit<PagesPerParentRequest<T>, 'parentIds' | 'first' | 'after'>
    | Promise<Omit<PagesPerParentRequest<T>, 'parentIds' | 'first' | 'after'>>,
): LoaderDefinition<K, Connection<T>> {
  const groupKey = (k: K) => `${k.first ?? ''}|${k.after ?? ''}|${k.variant ?? ''}`;
  return defineLoader<K, Connection<T>>(
    async (keys, ctx) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = groups.get(groupKey(key));
        if (group) group.push(key);
        else groups.set(groupKey(key), [key]);
      }
      const pages = new Map<string, Map<string, Connection<T>>>();
      for (const [g, groupKeys] of groups) {
        const { first, after } = groupKeys[0]!;
        pages.set(
          g,
          await pagesPerParent(ctx, {
            ...(await request(groupKeys, ctx)),
            parentIds: groupKeys.map((k) => k.parentId),
            first,
            after,
          }),
        );
      }
      return keys.map((k) => pages.get(groupKey(k))!.get(k.parentId)!);
    },
    { cacheKey: (k) => `${k.parentId}|${groupKey(k)}` },
  );
}
