// Per-request DataLoaders (the kit's defineLoader): every load of one tick is one statement, and
// each runs through the jurisdiction filter like any other read.
import {
  byKeys,
  defineChildPagesLoader,
  defineLoader,
  isUuid,
  SortDirection,
  type ChildPageKey,
} from '@arrears-hub/subgraph-kit';
import { Notice } from './notice.entity.js';

/** Records by id; null for an id that is not one, does not exist or lies outside the jurisdiction. */
export const noticeById = defineLoader<string, Notice | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Notice, { id: { $in: ids.filter(isUuid) } }), (r) => r.id),
);

/** A page of each unit's records for all units of a list at once (the kit's pagesPerParent: one
 * page statement and one totals statement, both scoped by the ownership declaration), newest first. */
export const noticesOfUnit = defineChildPagesLoader<Notice, ChildPageKey>(() => ({
  entity: Notice,
  parentProperty: 'unitId',
  sortProperty: 'receivedOn',
  direction: SortDirection.DESC,
}));
