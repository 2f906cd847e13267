import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { organisationById, regionByCode } from '../loaders.js';

// The gateway sends all representations of one _entities call together; the loaders turn them
// into one statement.
export const organisationReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Organisation',
  resolve: (representation, ctx) => organisationById.load(ctx, String(representation.id)),
};

export const regionReference: ReferenceResolver<{ code: string }> = {
  typeName: 'Region',
  resolve: (representation, ctx) => regionByCode.load(ctx, String(representation.code)),
};
