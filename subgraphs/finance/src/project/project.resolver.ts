// Government investment projects: one, the list (by owner, region and flags) and the fields of a
// project. Scoped to the viewer's jurisdiction by the ownership declaration, not here.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  type Connection,
  connectionType,
  MoneyScalar,
  PageArgs,
  paginate,
  type SubgraphContext,
  unitDirectory,
  unitsInRegion,
  uuidList,
} from '@arrears-hub/subgraph-kit';
import { financeConfig } from '../config.js';
import { OrganisationRef } from '../external/organisation.js';
import { projectFlags } from '../rules/project-flags.js';
import { Deposit } from './deposit.entity.js';
import { Project } from './project.entity.js';
import { ProjectFlag } from './project.enums.js';
import { ProjectFilter } from './project.inputs.js';
import { depositsOfProject, projectById, projectIdsFlagged } from './project.loaders.js';

export const ProjectConnection = connectionType(Project, 'Project', {
  sums: { approvedAmount: MoneyScalar },
});

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => Project, { nullable: true })
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Project | null> {
    return projectById.load(ctx, id);
  }

  @Authorized()
  @Query(() => ProjectConnection, {
    description: 'Government investment projects, by owner, region and flags.',
  })
  async projects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Project>> {
    const and: FilterQuery<Project>[] = [];
    if (filter?.ownerUnitIds)
      and.push({ ownerUnitId: { $in: uuidList(filter.ownerUnitIds, 'filter.ownerUnitIds') } });
    if (filter?.regionCode) {
      const units = unitsInRegion(await unitDirectory().all(), filter.regionCode).map((u) => u.id);
      and.push({ ownerUnitId: { $in: units } });
    }
    if (filter?.flags?.length) {
      const ids = await projectIdsFlagged(ctx, filter.flags, financeConfig().auditProjectThreshold);
      and.push({ id: { $in: ids } });
    }
    return paginate(ctx.em, Project, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'name',
    });
  }

  @FieldResolver(() => [ProjectFlag], {
    description:
      'Computed from the dates and amounts (政府投资条例, the Ejin Horo programme, docs/programmes.md).',
  })
  flags(@Root() project: Project): ProjectFlag[] {
    return projectFlags(project, financeConfig().auditProjectThreshold);
  }

  @FieldResolver(() => OrganisationRef)
  owner(@Root() project: Project): OrganisationRef {
    return { id: project.ownerUnitId };
  }

  @FieldResolver(() => [Deposit])
  deposits(@Root() project: Project, @Ctx() ctx: SubgraphContext): Promise<Deposit[]> {
    return depositsOfProject.load(ctx, project.id);
  }
}
