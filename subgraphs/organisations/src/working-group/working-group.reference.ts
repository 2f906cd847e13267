// `_entities` for WorkingGroup (the arrears subgraph adds the reporting status of a sector group):
// batched by id, through the jurisdiction filter (groups are public to signed-in viewers).
import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { workingGroupById } from './working-group.loaders.js';

export const workingGroupReference: ReferenceResolver<{ id: string }> = {
  typeName: 'WorkingGroup',
  resolve: (representation, ctx) => workingGroupById.load(ctx, String(representation.id)),
};
