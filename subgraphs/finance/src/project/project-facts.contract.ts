// The contract the finance subgraph answers (declared once in the kit's catalogue): the facts of
// government investment projects another bureau names (arrears on a debt, supervision on a
// finding), for the person the caller acts for — a project outside their reach is not returned.
import { PROJECT_FACTS, serveContract, type ContractHandler } from '@arrears-hub/subgraph-kit';
import { Project } from './project.entity.js';

export function projectFactsContracts(): ContractHandler[] {
  return [
    serveContract(PROJECT_FACTS, async ({ ids }, ctx) => {
      if (!ids.length) return [];
      const projects = await ctx.em.find(Project, { id: { $in: ids } });
      return projects.map((p) => ({ id: p.id, ownerUnitId: p.ownerUnitId, name: p.name }));
    }),
  ];
}
