// What the audit aggregate adds to the finance subgraph's Project: the findings that name it.
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ProjectRef } from '../external/project.js';
import { findingsOfProject } from './audit.loaders.js';
import { Finding } from './finding.entity.js';

@Resolver(() => ProjectRef)
export class ProjectAuditResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU', 'FINANCE')
  @FieldResolver(() => [Finding], { description: 'Audit findings that name this project.' })
  findings(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Finding[]> {
    return findingsOfProject.load(ctx, project.id);
  }
}
