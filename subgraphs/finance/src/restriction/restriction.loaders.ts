// Batched reads of restrictions: one statement for the restrictions of every unit of a list. The
// jurisdiction filter scopes it (the ownership declaration).
import { defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { RestrictionStatus } from './restriction.enums.js';
import { Restriction } from './restriction.entity.js';

export const activeRestrictionsOfUnit = defineLoader<string, Restriction[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Restriction,
      { unitId: { $in: ids.filter(isUuid) }, status: RestrictionStatus.ACTIVE },
      { orderBy: { fromDate: 'asc' } },
    ),
    (r) => r.unitId,
  ),
);
