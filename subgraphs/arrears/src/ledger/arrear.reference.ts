import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { arrearById } from './arrear.loaders.js';

// All representations of one _entities call resolve through one loader batch: one statement. The
// jurisdiction filter applies, so a debt outside the viewer's reach resolves to null.
export const arrearReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Arrear',
  resolve: (representation, ctx) => arrearById.load(ctx, String(representation.id)),
};
