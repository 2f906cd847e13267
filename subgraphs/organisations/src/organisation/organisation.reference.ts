// `_entities` for Organisation. The gateway sends all representations of one call together; the
// loader turns them into one statement (and the jurisdiction filter applies to it, as to any read).
import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { organisationById } from './organisation.loaders.js';

export const organisationReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Organisation',
  resolve: (representation, ctx) => organisationById.load(ctx, String(representation.id)),
};
