import type { ReferenceResolver } from '@arrears-hub/subgraph-kit';
import { jurisdictionOf } from '@arrears-hub/subgraph-kit';
import { projectById } from '../loaders.js';

// One statement for all representations of an _entities call; outside the viewer's jurisdiction, null.
export const projectReference: ReferenceResolver<{ id: string }> = {
  typeName: 'Project',
  resolve: async (representation, ctx) => {
    const project = await projectById.load(ctx, String(representation.id));
    return project && (await jurisdictionOf(ctx)).canSeeUnit(project.ownerUnitId) ? project : null;
  },
};
