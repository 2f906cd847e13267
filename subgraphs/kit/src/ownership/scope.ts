// One ownership declaration, three dialects: a MikroORM condition (the default-on filter), an SQL
// fragment (raw summary statements) and a predicate on a loaded row (the write check, the field
// rules). All three follow the same rule, relation by relation, so they cannot drift apart:
// a viewer holds a record when it holds one of its relations.
import type { EntityManager } from '@mikro-orm/postgresql';
import { helper, type EntityMetadata } from '@mikro-orm/core';
import type { SubgraphContext } from '../context.js';
import { jurisdictionOf, type Jurisdiction } from '../jurisdiction.js';
import { requireOwnership, type Ownership, type Relation } from './declare.js';

export type OrmCondition = Record<string, unknown>;

/** A condition no row meets, on a property the entity surely has (its first relation's). */
function nothing(ownership: Ownership): OrmCondition {
  const property = Object.values(ownership.relations)[0]?.property ?? 'id';
  return { [property]: { $in: [] } };
}
/** Whether a condition is one made by `nothing`: a single property that must be in no value. */
function isNothing(cond: OrmCondition): boolean {
  const values = Object.values(cond);
  const only = values[0] as { $in?: unknown[] } | undefined;
  return (
    values.length === 1 &&
    Array.isArray(only?.$in) &&
    only.$in.length === 0 &&
    Object.keys(only).length === 1
  );
}

function relationNames(ownership: Ownership, only?: readonly string[]): string[] {
  return only ? [...only] : Object.keys(ownership.relations);
}

/** Whether the jurisdiction is unrestricted for this entity (no condition needed). */
export function seesEverything(ownership: Ownership, j: Jurisdiction): boolean {
  return j.all || (ownership.read === 'signed-in' && j.signedIn);
}

function relationCondition(relation: Relation, j: Jurisdiction): OrmCondition | null | 'all' {
  switch (relation.kind) {
    case 'unit':
      return j.units.size ? { [relation.property]: { $in: [...j.units] } } : null;
    case 'enterprise':
      return j.enterpriseId ? { [relation.property]: j.enterpriseId } : null;
    case 'region':
      return j.regions.size ? { [relation.property]: { $in: [...j.regions] } } : null;
    case 'actor':
      return j.actorId ? { [relation.property]: j.actorId } : null;
    case 'parent': {
      const parent = requireOwnership(relation.parent());
      if (seesEverything(parent, j) && !relation.relations) return 'all';
      const cond = ormCondition(parent, j, relation.relations);
      return isNothing(cond) ? null : { [relation.property]: cond };
    }
  }
}

/**
 * The MikroORM condition for the rows of `ownership`'s entity the viewer may read (`{}` when it
 * may read all of them). `only` restricts to some relations (the writers, for a write).
 */
export function ormCondition(
  ownership: Ownership,
  j: Jurisdiction,
  only?: readonly string[],
): OrmCondition {
  if (j.all || (!only && seesEverything(ownership, j))) return {};
  const or: OrmCondition[] = [];
  for (const name of relationNames(ownership, only)) {
    const cond = relationCondition(ownership.relations[name]!, j);
    if (cond === 'all') return {};
    if (cond) or.push(cond);
  }
  if (!only && ownership.publicWhen) {
    or.push({ [ownership.publicWhen.property]: ownership.publicWhen.equals });
  }
  if (!or.length) return nothing(ownership);
  return or.length === 1 ? or[0]! : { $or: or };
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

function columnOf(meta: EntityMetadata, property: string): string {
  const prop = meta.properties[property as keyof typeof meta.properties];
  if (!prop?.fieldNames?.[0]) throw new Error(`${meta.className}.${property} has no column`);
  return prop.fieldNames[0];
}

let aliasCounter = 0;

function relationSql(
  em: EntityManager,
  meta: EntityMetadata,
  alias: string,
  relation: Relation,
  j: Jurisdiction,
): SqlFragment | null | 'all' {
  const column = `${alias}.${columnOf(meta, relation.property)}`;
  switch (relation.kind) {
    case 'unit':
      return j.units.size ? { sql: `${column} in (?)`, params: [[...j.units]] } : null;
    case 'enterprise':
      return j.enterpriseId ? { sql: `${column} = ?`, params: [j.enterpriseId] } : null;
    case 'region':
      return j.regions.size ? { sql: `${column} in (?)`, params: [[...j.regions]] } : null;
    case 'actor':
      return j.actorId ? { sql: `${column} = ?`, params: [j.actorId] } : null;
    case 'parent': {
      const parentOwnership = requireOwnership(relation.parent());
      if (seesEverything(parentOwnership, j) && !relation.relations) return 'all';
      const parentMeta = em.getMetadata().get(relation.parent());
      const parentAlias = `p${++aliasCounter}`;
      const inner = scopeSqlOf(em, parentOwnership, j, parentAlias, relation.relations);
      if (!inner) return 'all';
      if (inner.sql === 'false') return null;
      const pk = columnOf(parentMeta, parentMeta.primaryKeys[0]!);
      return {
        sql: `${column} in (select ${parentAlias}.${pk} from ${parentMeta.tableName} ${parentAlias} where ${inner.sql})`,
        params: inner.params,
      };
    }
  }
}

function scopeSqlOf(
  em: EntityManager,
  ownership: Ownership,
  j: Jurisdiction,
  alias: string,
  only?: readonly string[],
): SqlFragment | null {
  if (j.all || (!only && seesEverything(ownership, j))) return null;
  const meta = em.getMetadata().get(ownership.entity);
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const name of relationNames(ownership, only)) {
    const fragment = relationSql(em, meta, alias, ownership.relations[name]!, j);
    if (fragment === 'all') return null;
    if (fragment) {
      parts.push(fragment.sql);
      params.push(...fragment.params);
    }
  }
  if (!only && ownership.publicWhen) {
    parts.push(`${alias}.${columnOf(meta, ownership.publicWhen.property)} = ?`);
    params.push(ownership.publicWhen.equals);
  }
  return parts.length ? { sql: `(${parts.join(' or ')})`, params } : { sql: 'false', params: [] };
}

/**
 * The SQL condition on `alias` (a row of `entity`) for the rows the viewer may read, as
 * `{ sql, params }` with `?` placeholders; null when unrestricted. Raw statements (summaries)
 * must AND it in: `where ${scope?.sql ?? 'true'}`.
 */
export function scopeSql(
  em: EntityManager,
  entity: Ownership['entity'] | string,
  j: Jurisdiction,
  alias: string,
  only?: readonly string[],
): SqlFragment | null {
  return scopeSqlOf(em, requireOwnership(entity), j, alias, only);
}

/** `scopeSql` as a ready `and …` clause (empty when unrestricted) and its parameters. */
export function andScope(
  em: EntityManager,
  entity: Ownership['entity'] | string,
  j: Jurisdiction,
  alias: string,
): { sql: string; params: unknown[] } {
  const scope = scopeSql(em, entity, j, alias);
  return scope ? { sql: ` and ${scope.sql}`, params: scope.params } : { sql: '', params: [] };
}

/** The key a relation's value names: the value itself, or the primary key of an entity or
 * reference (a Region is keyed by its code, not an id). */
function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const pk = helper(value).getPrimaryKey?.();
    if (pk !== null && pk !== undefined) return String(pk);
    if ('id' in value) return String((value as { id: unknown }).id);
  }
  return null;
}

/**
 * The relations the viewer holds on a loaded row (or on the data of a row about to be created).
 * Parents are read with `loadParent` (filters off: this is the check itself).
 */
export async function heldRelations(
  ownership: Ownership,
  j: Jurisdiction,
  row: Record<string, unknown>,
  loadParent: (entity: Ownership['entity'], id: string) => Promise<Record<string, unknown> | null>,
): Promise<Set<string>> {
  const held = new Set<string>();
  for (const [name, relation] of Object.entries(ownership.relations)) {
    const value = row[relation.property];
    let holds = false;
    switch (relation.kind) {
      case 'unit':
        holds = j.canSeeUnit(idOf(value));
        break;
      case 'enterprise':
        holds = !!j.enterpriseId && idOf(value) === j.enterpriseId;
        break;
      case 'region':
        holds = j.canSeeRegion(idOf(value));
        break;
      case 'actor':
        holds = !!j.actorId && value === j.actorId;
        break;
      case 'parent': {
        const parentId = idOf(value);
        if (!parentId) break;
        const parentOwnership = requireOwnership(relation.parent());
        if (j.all) {
          holds = true;
          break;
        }
        const parentRow = await loadParent(relation.parent(), parentId);
        if (!parentRow) break;
        const parentHeld = await heldRelations(parentOwnership, j, parentRow, loadParent);
        const wanted = relation.relations ?? Object.keys(parentOwnership.relations);
        holds = wanted.some((r) => parentHeld.has(r));
        break;
      }
    }
    if (holds || j.all) held.add(name);
  }
  return held;
}

/** Whether the viewer may read the row at all. */
export async function canRead(
  ownership: Ownership,
  j: Jurisdiction,
  row: Record<string, unknown>,
  loadParent: (entity: Ownership['entity'], id: string) => Promise<Record<string, unknown> | null>,
): Promise<boolean> {
  if (seesEverything(ownership, j)) return true;
  if (ownership.publicWhen && row[ownership.publicWhen.property] === ownership.publicWhen.equals) {
    return true;
  }
  return (await heldRelations(ownership, j, row, loadParent)).size > 0;
}

/** `andScope` for the request's viewer: the `and …` clause (empty when unrestricted) for raw SQL
 * on `alias`, a row of `entity`. */
export async function andScopeOf(
  ctx: Pick<SubgraphContext, 'em' | 'viewer' | 'memo'>,
  entity: Ownership['entity'] | string,
  alias: string,
): Promise<{ sql: string; params: unknown[] }> {
  return andScope(ctx.em, entity, await jurisdictionOf(ctx), alias);
}
