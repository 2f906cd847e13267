// Changes to a debt go through the kit's changeEntity: the write check (debtor's jurisdiction),
// the locked row, the version check, the audit entry; the generated `outstanding` re-read. Records
// added under the debt (a payment, a plan, a document) are created with createEntity inside the
// change, so the debt stays locked while they are checked and written.
import type { EntityManager } from '@mikro-orm/postgresql';
import { changeEntity, type Replay, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from './arrear.entity.js';
import { arrearsMessages as msg } from '../messages.js';

export interface ArrearChange {
  arrearId: string;
  expectedVersion?: number | null;
  action: string;
  reason?: string | null;
  field?: string;
}

export function changeArrear<T>(
  ctx: SubgraphContext,
  change: ArrearChange,
  apply: (arrear: Arrear, em: EntityManager) => Promise<T | Replay<T>> | T | Replay<T>,
  conflicts?: Parameters<typeof changeEntity>[2]['conflicts'],
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
      label: msg.nounDebt(),
      refresh: true,
      conflicts,
    },
    apply,
  );
}
