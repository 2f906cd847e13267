// The one way a mutation creates a record: typed data (a required column missing from `data` is a
// compile error at every creation site, through MikroORM's RequiredEntityData and the entities'
// [OptionalProps]), the ownership check on the new record (the viewer must hold one of its writer
// relations), and the CREATE audit entry, written in the same transaction as the record.
import { helper, type EntityClass, type RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditSnapshot, recordAudit } from './audit-trail.js';
import type { SubgraphContext } from './context.js';
import { assertMayCreate } from './ownership/guards.js';
import { unscoped } from './ownership/filter.js';
import { inTransaction, type ConflictMessages } from './transaction.js';

export interface CreateOptions {
  /** The transaction to write in; without it createEntity opens its own. */
  em?: EntityManager;
  /** Audit action (default CREATE; the spreadsheet import says IMPORT). */
  action?: string;
  reason?: string | null;
  /** Only holders of these relations may create it (default: the declaration's writers). */
  as?: readonly string[];
  /** Re-read after the insert (generated columns, database defaults). */
  refresh?: boolean;
  conflicts?: ConflictMessages;
}

async function createAll<T extends object>(
  ctx: SubgraphContext,
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly RequiredEntityData<T>[],
  options: CreateOptions,
): Promise<T[]> {
  for (const data of rows) {
    await assertMayCreate(ctx, entity, data as Record<string, unknown>, options.as, em);
  }
  const created = rows.map((data) => em.create(entity, data));
  await em.flush();
  if (options.refresh) {
    for (const row of created) await em.refresh(row, unscoped('re-read of a row just created'));
  }
  for (const row of created) {
    recordAudit(em, ctx.viewer, {
      entity: entity.name,
      entityId: String(helper(row).getPrimaryKey()),
      action: options.action ?? 'CREATE',
      after: auditSnapshot(row),
      reason: options.reason ?? null,
    });
  }
  return created;
}

/** Creates one `entity` record from typed `data`, checked and audited. */
export async function createEntity<T extends object>(
  ctx: SubgraphContext,
  entity: EntityClass<T>,
  data: RequiredEntityData<T>,
  options: CreateOptions = {},
): Promise<T> {
  if (options.em) return (await createAll(ctx, options.em, entity, [data], options))[0]!;
  return inTransaction(
    ctx,
    async (em) => (await createAll(ctx, em, entity, [data], options))[0]!,
    options.conflicts,
  );
}

/** Creates many records in one flush (a spreadsheet import), each checked and audited. */
export async function createEntities<T extends object>(
  ctx: SubgraphContext,
  entity: EntityClass<T>,
  rows: readonly RequiredEntityData<T>[],
  options: CreateOptions = {},
): Promise<T[]> {
  if (!rows.length) return [];
  if (options.em) return createAll(ctx, options.em, entity, rows, options);
  return inTransaction(ctx, (em) => createAll(ctx, em, entity, rows, options), options.conflicts);
}
