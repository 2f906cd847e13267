// Batched reads of projects and their deposits: one statement per list, whatever its length. The
// jurisdiction filter scopes each (the ownership declarations); the raw flag query ANDs in the same
// condition itself.
import {
  andScope,
  byKeys,
  defineLoader,
  groupByKeys,
  isUuid,
  jurisdictionOf,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { projectFlagSql, type ProjectFlag } from '../rules/project-flags.js';
import { Deposit } from './deposit.entity.js';
import { Project } from './project.entity.js';

export const projectById = defineLoader<string, Project | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(Project, { id: { $in: ids.filter(isUuid) } }), (p) => p.id),
);

export const depositsOfProject = defineLoader<string, Deposit[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Deposit, { project: { $in: [...ids] } }, { orderBy: { kind: 'asc' } }),
    (d) => d.project.id,
  ),
);

export const projectsOfUnit = defineLoader<string, Project[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Project,
      { ownerUnitId: { $in: ids.filter(isUuid) } },
      { orderBy: { name: 'asc' } },
    ),
    (p) => p.ownerUnitId,
  ),
);

/**
 * The ids of the projects (within the viewer's reach) with any of `flags`. Flags are computed, not
 * stored: PostgreSQL evaluates the same rules (rules/project-flags.ts), at any size.
 */
export async function projectIdsFlagged(
  ctx: SubgraphContext,
  flags: readonly ProjectFlag[],
  auditThreshold: string,
): Promise<string[]> {
  const conditions = flags.map((flag) => projectFlagSql(flag, 'p', auditThreshold));
  const scope = andScope(ctx.em, Project, await jurisdictionOf(ctx), 'p');
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select p.id from project p where (${conditions.map((c) => `(${c.sql})`).join(' or ')})${scope.sql}`,
    [...conditions.flatMap((c) => c.params), ...scope.params],
  );
  return rows.map((row) => row.id);
}
