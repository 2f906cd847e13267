// Units by id, batched: references, parents, supervisors and every field naming a unit.
import { byKeys, defineLoader, isUuid } from '@arrears-hub/subgraph-kit';
import { Organisation } from './organisation.entity.js';

export const organisationById = defineLoader<string, Organisation | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Organisation, { id: { $in: ids.filter(isUuid) } }), (o) => o.id),
);
