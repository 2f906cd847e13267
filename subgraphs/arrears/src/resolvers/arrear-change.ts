// The one way a mutation changes an existing debt: in a transaction, with the row locked (so
// concurrent payments and transitions queue instead of racing), the version checked when the client
// sent one, and an audit entry with the values before and after.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  auditSnapshot,
  ConflictError,
  inTransaction,
  isUuid,
  NotFoundError,
  recordAudit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';

export interface ChangeOptions {
  arrearId: string;
  /** The version the client read; omitted for appends such as payments that never conflict. */
  expectedVersion?: number | null;
  action: string;
  reason?: string | null;
  field?: string;
}

export async function lockArrear(em: EntityManager, id: string, field = 'input.arrearId'): Promise<Arrear> {
  const arrear = isUuid(id) ? await em.findOne(Arrear, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!arrear) throw new NotFoundError('Debt', id, field);
  return arrear;
}

export function changeArrear<T>(
  ctx: SubgraphContext,
  options: ChangeOptions,
  change: (arrear: Arrear, em: EntityManager) => Promise<T> | T,
): Promise<T> {
  return inTransaction(ctx, async (em) => {
    const arrear = await lockArrear(em, options.arrearId, options.field);
    if (options.expectedVersion !== null && options.expectedVersion !== undefined && arrear.version !== options.expectedVersion) {
      throw new ConflictError(
        `This debt was changed since you read it (version ${options.expectedVersion}, now ${arrear.version}): reload it and try again.`,
        { currentVersion: arrear.version },
      );
    }
    const before = auditSnapshot(arrear);
    const result = await change(arrear, em);
    await em.flush();
    await em.refresh(arrear); // the generated `outstanding` column
    recordAudit(em, ctx.viewer, {
      entity: 'Arrear',
      entityId: arrear.id,
      action: options.action,
      before,
      after: auditSnapshot(arrear),
      reason: options.reason ?? null,
    });
    return result;
  });
}
