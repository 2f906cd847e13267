import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { childPagesLoader } from '../child-pages.js';
import { ProjectRef } from '../external/project.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { summaryOf } from '../summary/summary.loaders.js';
import { Arrear } from './arrear.entity.js';
import { ArrearConnection } from './arrear.inputs.js';

// The ledger's fields on the finance subgraph's Project (政府投资项目): the debts that arose on
// it, as far as the viewer may see them.
const arrearsOfProject = childPagesLoader({
  entity: Arrear,
  parentProperty: 'projectId',
  sortProperty: 'registeredAt',
});

@Resolver(() => ProjectRef)
export class ProjectLedgerResolver {
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
    return summaryOf.load(ctx, { kind: 'project', key: project.id });
  }
}
