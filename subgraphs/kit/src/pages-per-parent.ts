// A nested list (a region's units, a unit's arrears) for many parents at once: the first page of
// each parent in ONE statement (window function), and every parent's total in a second one. Used
// from DataLoaders, so `regions { units(first: 10) }` costs two statements for any number of regions.
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

  const pageSql = `
    select * from (
      select t.*, row_number() over (partition by t.${parent} order by t.${sort} ${dir}, t.${id} ${dir}) as "__rn"
      from ${table} t
      where t.${parent} in (?) ${extra} ${cursorSql}
    ) ranked where "__rn" <= ?
    order by ranked.${parent}, "__rn"`;
  const totalSql = `
    select t.${parent} as "parent", count(*)::int as "total" from ${table} t
    where t.${parent} in (?) ${extra} group by t.${parent}`;

  const [rows, totals] = await Promise.all([
    em.execute<Record<string, unknown>[]>(pageSql, [
      parentIds,
      ...extraParams,
      ...cursorParams,
      first + 1,
    ]),
    em.execute<{ parent: string; total: number }[]>(totalSql, [parentIds, ...extraParams]),
  ]);

  const parentColumn = parent.slice(1, -1);
  const rowsByParent = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row[parentColumn]);
    delete row.__rn;
    const entity = em.map(request.entity, row as EntityData<T>) as T;
    const list = rowsByParent.get(key);
    if (list) list.push(entity);
    else rowsByParent.set(key, [entity]);
  }
  const totalByParent = new Map(totals.map((t) => [String(t.parent), Number(t.total)]));
  const result = new Map<string, Connection<T>>();
  for (const parentId of parentIds) {
    result.set(
      parentId,
      toConnection(
        rowsByParent.get(parentId) ?? [],
        first,
        totalByParent.get(parentId) ?? 0,
        (row) => [
          sortProperty,
          cursorValue((row as Record<string, unknown>)[sortProperty]),
          row.id,
        ],
      ),
    );
  }
  return result;
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
