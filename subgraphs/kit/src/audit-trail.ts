// Every change to a subgraph's data leaves an entry here, written in the same transaction as the
// change itself: who, when, which record, what it was before and after. The table is append-only:
// a trigger refuses UPDATE and DELETE (declared here, so every migration keeps it); the application's
// database user should also be granted INSERT and SELECT only on it in production.
import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { wrap, type EntityManager } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Viewer } from '@arrears-hub/protocol';
import type { EntityClass } from '@mikro-orm/core';
import { defineLoader, groupByKeys, type SubgraphContext } from './context.js';
import { jurisdictionOf } from './jurisdiction.js';
import { requireOwnership, unowned } from './ownership/declare.js';
import { unscoped } from './ownership/filter.js';
import { heldRelations } from './ownership/scope.js';

export type AuditAction = 'CREATE' | 'UPDATE' | 'TRANSITION' | 'DELETE';

// @shareable: every subgraph exposes the same value type for its own records' history.
@Directive('@shareable')
@ObjectType('AuditEntry', {
  description:
    'One recorded change: who did what to which record, with the values before and after.',
})
@Entity({ tableName: 'audit_trail' })
@Index({ properties: ['entity', 'entityId'] })
@Trigger({
  name: 'audit_trail_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'statement',
  body: "raise exception 'audit_trail is append-only: % is not allowed', tg_op",
})
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date, { description: 'When the change was committed (UTC).' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => String, { description: 'The viewer id (JWT subject) who made the change.' })
  @Property({ type: 'string' })
  actorId!: string;

  @Field(() => [String])
  @Property({ type: 'array', columnType: 'text[]' })
  actorRoles: string[] = [];

  @Field(() => String, { description: 'Entity name, e.g. "Arrear".' })
  @Property({ type: 'string' })
  entity!: string;

  @Field(() => ID)
  @Property({ type: 'string' })
  entityId!: string;

  @Field(() => String, { description: 'CREATE, UPDATE, TRANSITION …' })
  @Property({ type: 'string' })
  action!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Why, when the action asks for a reason.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}

/** A plain JSON copy of an entity's own columns, taken before or after a change. */
export function auditSnapshot(entity: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>;
}

export interface AuditRecord {
  entity: string;
  entityId: string;
  action: AuditAction | string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Adds an audit entry to the unit of work: it is flushed with the change, in the same transaction. */
export function recordAudit(em: EntityManager, viewer: Viewer, record: AuditRecord): AuditEntry {
  const entry = em.create(AuditEntry, {
    at: new Date(),
    actorId: viewer.id,
    actorRoles: [...viewer.roles],
    entity: record.entity,
    entityId: record.entityId,
    action: record.action,
    before: record.before ?? null,
    after: record.after ?? null,
    reason: record.reason ?? null,
  });
  em.persist(entry);
  return entry;
}

/** The recorded changes of many records in one statement (for a `history` field on a list). */
export const auditHistory = defineLoader<{ entity: string; entityId: string }, AuditEntry[]>(
  async (keys, { em }) => {
    const entries = await em.find(
      AuditEntry,
      { $or: keys.map((k) => ({ entity: k.entity, entityId: k.entityId })) },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
    return groupByKeys(
      keys.map((k) => `${k.entity}:${k.entityId}`),
      entries,
      (e) => `${e.entity}:${e.entityId}`,
    );
  },
  { cacheKey: (k) => `${k.entity}:${k.entityId}` },
);

unowned(
  AuditEntry,
  'The trail is read only through recordHistory, which first checks the record it belongs to.',
);

/**
 * The recorded changes of one record, for viewers who hold one of the record's relations — not
 * merely may read it: the registry of units is open to every signed-in viewer, its history only
 * to those whose jurisdiction covers the unit. Batched: a list's history fields cost one statement.
 */
export async function recordHistory(
  ctx: SubgraphContext,
  entity: EntityClass<object>,
  row: { id: string },
): Promise<AuditEntry[]> {
  const j = await jurisdictionOf(ctx);
  if (!j.all) {
    const em = ctx.em.fork();
    const held = await heldRelations(
      requireOwnership(entity),
      j,
      row as Record<string, unknown>,
      (e, id) =>
        em.findOne(
          e,
          { id } as Record<string, unknown>,
          unscoped('history check reads the parent'),
        ) as Promise<Record<string, unknown> | null>,
    );
    if (!held.size) return [];
  }
  return auditHistory.load(ctx, { entity: entity.name, entityId: row.id });
}
