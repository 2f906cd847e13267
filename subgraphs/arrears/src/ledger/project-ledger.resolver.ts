import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  defineChildPagesLoader,
  isUuid,
  PageArgs,
  type ChildPageKey,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ProjectRef } from '../external/project.js';
import { ArrearConnection } from './arrear.inputs.js';
import { arrearScopeSql, jurisdictionOf } from '../scope.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { summaryOf } from '../summary/summary.loaders.js';

const arrearsOfProject = defineChildPagesLoader<Arrear, ChildPageKey>(async (_keys, ctx) => ({
  entity: Arrear,
  parentProperty: 'projectId',
  sortProperty: 'registeredAt',
  where: arrearScopeSql(await jurisdictionOf(ctx), 't') ?? undefined,
}));

@Resolver(() => ProjectRef)
export class ProjectArrearsResolver {
  @Authorized()
  @FieldResolver(() => ArrearConnection, {
    description: 'Debts that arose on this government investment project.',
  })
  arrears(
    @Root() project: ProjectRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Arrear>> {
    return arrearsOfProject.load(ctx, {
      parentId: project.id,
      first: page.first,
      after: page.after,
    });
  }

  @Authorized()
  @FieldResolver(() => ArrearsSummary, {
    description: 'Ledger totals of the debts on this project.',
  })
  arrearsSummary(
    @Root() project: ProjectRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArrearsSummary> {
    return summaryOf.load(ctx, {
      key: project.id,
      column: 'project_id',
      ids: isUuid(project.id) ? [project.id] : [],
    });
  }
}
