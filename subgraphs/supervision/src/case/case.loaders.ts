// Batched reads of the case aggregate, through the request's EntityManager (the jurisdiction
// filter applies: a case about a unit outside the viewer's reach is never loaded).
import { defineLoader, groupByKeys, isUuid } from '@arrears-hub/subgraph-kit';
import { Accountability } from './accountability.entity.js';
import { SupervisionCase } from './case.entity.js';

export const accountabilitiesOfCase = defineLoader<string, Accountability[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Accountability,
      { supervisionCase: { $in: [...ids] } },
      { orderBy: { decidedOn: 'asc', id: 'asc' } },
    ),
    (a) => a.supervisionCase.id,
  ),
);

/** Cases that name any of the debts (`&&` on the uuid[] column, one statement for the batch). */
export const casesOfArrear = defineLoader<string, SupervisionCase[]>(async (keys, { em }) => {
  const ids = keys.filter(isUuid);
  const cases = ids.length
    ? await em.find(
        SupervisionCase,
        { arrearIds: { $overlap: ids } },
        { orderBy: { openedOn: 'asc', id: 'asc' } },
      )
    : [];
  return keys.map((id) => cases.filter((c) => c.arrearIds.includes(id)));
});
