import { byKeys, defineLoader, isUuid } from '@arrears-hub/subgraph-kit';
import { Arrear } from './entities/arrear.entity.js';

export const arrearById = defineLoader<string, Arrear | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Arrear, { id: { $in: ids.filter(isUuid) } }), (a) => a.id),
);
