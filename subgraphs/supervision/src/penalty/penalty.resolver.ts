// The dishonest-entity list: the list (kept to the viewer's units by the ownership declaration),
// its CSV for the credit platform, a penalty's unit.
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  csvDocument,
  PageArgs,
  paginate,
  unitDirectory,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Penalty, PenaltyConnection } from './penalty.entity.js';
import { PenaltyStatus } from './penalty.enums.js';

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Authorized()
  @Query(() => PenaltyConnection, {
    description: 'Units on the dishonest-entity list (失信主体名录), and removed ones.',
  })
  penalties(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => PenaltyStatus, { nullable: true }) status: PenaltyStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Penalty>> {
    return paginate(ctx.em, Penalty, status ? { status } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'listedOn',
    });
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Query(() => String, {
    description:
      'The current list as CSV (UTF-8, header row) for the credit platform (信用中国 / 全国信用信息共享平台).',
  })
  async dishonestListCsv(@Ctx() ctx: SubgraphContext): Promise<string> {
    const listed = await ctx.em.find(
      Penalty,
      { status: PenaltyStatus.LISTED },
      { orderBy: { listedOn: 'asc', id: 'asc' }, limit: 10_000 },
    );
    const units = await unitDirectory().get(listed.map((p) => p.unitId));
    return csvDocument(
      ['单位名称', '统一社会信用代码', '列入事由', '惩戒措施', '列入日期'],
      listed.map((p) => [
        units.get(p.unitId)?.name,
        units.get(p.unitId)?.creditCode,
        p.reason,
        p.measures.join('；'),
        p.listedOn,
      ]),
    );
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() p: Penalty): OrganisationRef {
    return { id: p.unitId };
  }
}
