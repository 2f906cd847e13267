// Clues by id, batched and scoped: a clue the viewer may not see loads as null.
import { byKeys, defineLoader, isUuid } from '@arrears-hub/subgraph-kit';
import { Clue } from './clue.entity.js';

export const clueById = defineLoader<string, Clue | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Clue, { id: { $in: ids.filter(isUuid) } }), (c) => c.id),
);
