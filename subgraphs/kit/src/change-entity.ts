// The one way a mutation changes an existing record: the write check first (the viewer must hold
// a writer relation of the record's ownership declaration), then in a transaction the row locked
// (concurrent changes queue instead of racing), the version checked when the client sent one, the
// change, a check that the record did not leave the viewer's reach, and an audit entry with the
// values before and after.
import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  type Message,
} from '@arrears-hub/protocol';
import { auditSnapshot, recordAudit } from './audit-trail.js';
import type { SubgraphContext } from './context.js';
import { jurisdictionOf } from './jurisdiction.js';
import { kitMessages as msg } from './messages.js';
import { isUnowned, ownershipOf, requireOwnership } from './ownership/declare.js';
import { unscoped } from './ownership/filter.js';
import { assertMayWrite } from './ownership/guards.js';
import { heldRelations } from './ownership/scope.js';
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
  /** What the record is called in messages: best a catalogue noun (so English says it in English). */
  label: Message;
  /** Only holders of these relations may make this change (default: the declaration's writers). */
  as?: readonly string[];
  /** The transaction to work in (several records changed in one step); without it changeEntity
   * opens its own. */
  em?: EntityManager;
  /** Re-read after the flush (generated columns). */
  refresh?: boolean;
  conflicts?: ConflictMessages;
  /**
   * The change adds a record under the locked one (a deposit on a project, a finding in an audit)
   * and returns it: the new record's CREATE is audited, and the locked record only if it changed.
   */
  appends?: boolean;
}

/** What a change returns when it finds the write already made (an idempotency key replayed): the
 * earlier result, and nothing is flushed or audited. */
export class Replay<R> {
  constructor(readonly value: R) {}
}

/** `return replayed(earlier)` from a change: a replayed idempotent write returns the original
 * result and writes nothing — no row, no audit entry. */
export function replayed<R>(earlier: R): Replay<R> {
  return new Replay(earlier);
}

/** The row, locked for the rest of the transaction; NOT_FOUND when there is none. Call only after
 * the write check (assertMayWrite): it reads without the jurisdiction filter. */
export async function lockForChange<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  label: Message,
  field?: string,
): Promise<T> {
  const where = { id } as FilterQuery<T>;
  const row = isUuid(id)
    ? await em.findOne(entity, where, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        ...unscoped('locked after the write check'),
      })
    : null;
  if (!row) throw new NotFoundError(label, id, field);
  return row as T;
}

export async function changeEntity<T extends { id: string; version: number }, R>(
  ctx: SubgraphContext,
  entity: EntityClass<T>,
  options: ChangeOptions,
  change: (row: T, em: EntityManager) => Promise<R | Replay<R>> | R | Replay<R>,
): Promise<R> {
  const ownership =
    ownershipOf(entity) ?? (isUnowned(entity) ? undefined : requireOwnership(entity));
  await assertMayWrite(ctx, entity, options.id, options.as, options.em);
  const j = await jurisdictionOf(ctx);
  const work = async (em: EntityManager): Promise<R> => {
    const row = await lockForChange(em, entity, options.id, options.label, options.field);
    if (
      options.expectedVersion !== null &&
      options.expectedVersion !== undefined &&
      row.version !== options.expectedVersion
    ) {
      throw new ConflictError(
        msg.staleVersion({
          what: options.label,
          expected: options.expectedVersion,
          current: row.version,
        }),
        { currentVersion: row.version },
      );
    }
    const before = auditSnapshot(row);
    const outcome = await change(row, em);
    if (outcome instanceof Replay) return outcome.value;
    const result = outcome;
    await em.flush();
    if (options.refresh) await em.refresh(row, unscoped('re-read of the row just changed'));
    if (!j.all && ownership) {
      // A change may not move a record out of the viewer's own reach (to another unit's ledger).
      const held = await heldRelations(
        ownership,
        j,
        row as Record<string, unknown>,
        (e, id) =>
          em.findOne(
            e,
            { id } as Record<string, unknown>,
            unscoped('reach check after a change'),
          ) as Promise<Record<string, unknown> | null>,
      );
      if (!(options.as ?? ownership.writers).some((w) => held.has(w))) {
        throw new ForbiddenError(msg.movesOutOfReach());
      }
    }
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
  };
  return options.em ? work(options.em) : inTransaction(ctx, work, options.conflicts);
}
