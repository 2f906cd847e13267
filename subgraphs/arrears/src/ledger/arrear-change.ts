// Changes to a debt go through the kit's changeEntity: locked row, version check, audit entry.
import type { EntityManager } from '@mikro-orm/postgresql';
import { changeEntity, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { assertMayChangeArrear } from '../scope.js';

export interface ArrearChange {
  arrearId: string;
  expectedVersion?: number | null;
  action: string;
  reason?: string | null;
  field?: string;
}

/** Changes a debt: only one whose debtor is in the viewer's jurisdiction. */
export function changeArrear<T>(
  ctx: SubgraphContext,
  change: ArrearChange,
  apply: (arrear: Arrear, em: EntityManager) => Promise<T> | T,
): Promise<T> {
  return changeEntity(
    ctx,
    Arrear,
    {
      id: change.arrearId,
      expectedVersion: change.expectedVersion,
      action: change.action,
      reason: change.reason,
      field: change.field ?? 'input.arrearId',
      label: 'Debt',
      refresh: true,
    },
    async (arrear, em) => {
      await assertMayChangeArrear(ctx, arrear);
      return apply(arrear, em);
    },
  );
}
