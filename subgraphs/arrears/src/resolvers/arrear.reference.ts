import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { arrearById } from '../loaders.js';

// All representations of one _entities call resolve through one loader batch: one statement.
export const arrearReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Arrear',
  resolve: (representation, ctx) => arrearById.load(ctx, String(representation.id)),
};
