// Debts by id, batched: every field that points at a debt (a payment's, a clue's, a reference)
// goes through it, so a list of N rows costs one statement. The jurisdiction filter applies: a
// debt the viewer may not see loads as null.
import { byKeys, defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { Arrear } from './arrear.entity.js';
import { ArrearPeriod } from './arrear-period.entity.js';

export const arrearById = defineLoader<string, Arrear | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Arrear, { id: { $in: ids.filter(isUuid) } }), (a) => a.id),
);

/** The dated disputes and court cases of debts, oldest first (rules/as-of.ts needs them). */
export const periodsOfArrear = defineLoader<string, ArrearPeriod[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      ArrearPeriod,
      { arrear: { $in: [...ids] } },
      { orderBy: { startedOn: 'asc', recordedAt: 'asc' } },
    ),
    (p) => p.arrear.id,
  ),
);
