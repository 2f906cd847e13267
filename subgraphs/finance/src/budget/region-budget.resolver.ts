// The fields finance adds to the organisations subgraph's Region from its budget lines: the funds
// of the region's units, and the units that owe more than their clearance funds.
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { compareMoney, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { RegionRef } from '../external/region.js';
import { currentYear, FundingGap, gapOf } from '../summary/funding-gap.js';
import { Funds, fundsOf, regionFundsOf } from '../summary/funds.js';

@Resolver(() => RegionRef)
export class RegionBudgetResolver {
  // No @requires: the units of the region come from this subgraph's copy of the registry.
  @Authorized()
  @FieldResolver(() => Funds, {
    description:
      'The money of the units in this region and below, in a fiscal year (this year by default).',
  })
  funds(
    @Root() region: RegionRef,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Funds> {
    return regionFundsOf.load(ctx, { code: region.code, year: year ?? currentYear() });
  }

  // @requires(unitOutstanding): what each unit owes (arrears subgraph), against its clearance funds here.
  @Authorized()
  @Directive('@requires(fields: "unitOutstanding { unitId outstanding }")')
  @FieldResolver(() => [FundingGap], {
    description:
      'Early warning: units of this region that owe more than their clearance funds available this year.',
  })
  async fundingWarnings(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FundingGap[]> {
    const owing = region.unitOutstanding ?? [];
    const funds = await fundsOf.loadMany(
      ctx,
      owing.map((u) => ({ key: u.unitId, unitIds: [u.unitId], year: currentYear() })),
    );
    return owing
      .map((u, i) => gapOf(u.unitId, u.outstanding, funds[i]!))
      .filter((g) => g.warning)
      .sort((a, b) => compareMoney(b.gap, a.gap));
  }
}
