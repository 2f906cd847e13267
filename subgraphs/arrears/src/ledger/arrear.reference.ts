import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { arrearById } from '../loaders.js';
import { canSeeArrear, jurisdictionOf } from '../scope.js';

// All representations of one _entities call resolve through one loader batch: one statement.
// A debt outside the viewer's jurisdiction resolves to null, as if it did not exist.
export const arrearReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Arrear',
  resolve: async (representation, ctx) => {
    const arrear = await arrearById.load(ctx, String(representation.id));
    return arrear && canSeeArrear(await jurisdictionOf(ctx), arrear) ? arrear : null;
  },
};
