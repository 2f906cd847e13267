// The one way a mutation changes an existing record: in a transaction, with the row locked (so
// concurrent changes queue instead of racing), the version checked when the client sent one, and
// an audit entry with the values before and after.
import { LockMode, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditSnapshot, recordAudit } from './audit-trail.js';
import type { SubgraphContext } from './context.js';
import { ConflictError, NotFoundError } from './errors.js';
import { isUuid } from './ids.js';
import { inTransaction, type ConflictMessages } from './transaction.js';

export interface ChangeOptions {
  id: string;
  /** The version the client read; omit for appends (a payment) that never conflict. */
  expectedVersion?: number | null;
  /** Audit action, e.g. "VERIFY". */
  action: string;
  reason?: string | null;
  /** Input field that carried the id, for NOT_FOUND. */
  field?: string;
  /** What the record is called in messages, e.g. "Debt". */
  label: string;
  /** Re-read after the flush (generated columns). */
  refresh?: boolean;
  conflicts?: ConflictMessages;
  /**
   * The change adds a record under the locked one (a deposit on a project, a finding in an audit)
   * and returns it: the new record's CREATE is audited, and the locked record only if it changed.
   */
  appends?: boolean;
}

export async function lockForChange<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  label: string,
  field?: string,
): Promise<T> {
  const row = isUuid(id)
    ? await em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!row) throw new NotFoundError(label, id, field);
  return row as T;
}

export function changeEntity<T extends { id: string; version: number }, R>(
  ctx: SubgraphContext,
  entity: EntityClass<T>,
  options: ChangeOptions,
  change: (row: T, em: EntityManager) => Promise<R> | R,
): Promise<R> {
  return inTransaction(
    ctx,
    async (em) => {
      const row = await lockForChange(em, entity, options.id, options.label, options.field);
      if (
        options.expectedVersion !== null &&
        options.expectedVersion !== undefined &&
        row.version !== options.expectedVersion
      ) {
        throw new ConflictError(
          `This ${options.label.toLowerCase()} was changed since you read it (version ${options.expectedVersion}, now ${row.version}): reload it and try again.`,
          { currentVersion: row.version },
        );
      }
      const before = auditSnapshot(row);
      const result = await change(row, em);
      await em.flush();
      if (options.refresh) await em.refresh(row);
      const after = auditSnapshot(row);
      if (options.appends) {
        const created = result as { id: string; constructor: { name: string } };
        recordAudit(em, ctx.viewer, {
          entity: created.constructor.name,
          entityId: created.id,
          action: 'CREATE',
          after: auditSnapshot(created),
          reason: `${options.action} on ${entity.name} ${row.id}`,
        });
      }
      if (!options.appends || JSON.stringify(before) !== JSON.stringify(after)) {
        recordAudit(em, ctx.viewer, {
          entity: entity.name,
          entityId: row.id,
          action: options.action,
          before,
          after,
          reason: options.reason ?? null,
        });
      }
      return result;
    },
    options.conflicts,
  );
}
