// Project entity references (_entities): one statement for all representations of a call, through
// the loader, so outside the viewer's jurisdiction a project resolves to null.
import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { projectById } from './project.loaders.js';

export const projectReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Project',
  resolve: (representation, ctx) => projectById.load(ctx, String(representation.id)),
};
