import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { noticeById } from './notice.loaders.js';

// One statement for all representations of an _entities call. The loader reads through the
// jurisdiction filter: a record outside it comes back null, exactly like a missing one.
export const noticeReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Notice',
  resolve: (representation, ctx) => noticeById.load(ctx, String(representation.id)),
};
