// `_entities` for Region (other subgraphs roll their figures up per region): batched by code.
import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { regionByCode } from './region.loaders.js';

export const regionReference: ReferenceResolver<{ code: string }> = {
  typeName: 'Region',
  resolve: (representation, ctx) => regionByCode.load(ctx, String(representation.code)),
};
