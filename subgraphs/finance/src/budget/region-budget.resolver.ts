// The fields finance adds to the organisations subgraph's Region from its budget lines: the funds
// of the region's units, and the units that owe more than their clearance funds.
import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageSize, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { RegionRef } from '../external/region.js';
import { currentYear, FundingGap, regionFundingWarningsOf } from '../summary/funding-gap.js';
import { Funds, regionFundsOf } from '../summary/funds.js';

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

  // No @requires either: the region's owing debtors come from arrears by region code (a contract).
  // Bounded like every list (first: 50 by default, at most 500), largest gap first; the count says
  // how many there are in all.
  @Authorized()
  @FieldResolver(() => [FundingGap], {
    description:
      'Early warning: units of this region that owe more than their clearance funds available this year, largest gap first (first: 50 by default, at most 500; fundingWarningCount counts them all).',
  })
  async fundingWarnings(
    @Root() region: RegionRef,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FundingGap[]> {
    const limit = pageSize(first);
    return (await regionFundingWarningsOf.load(ctx, region.code)).slice(0, limit);
  }

  @Authorized()
  @FieldResolver(() => Int, {
    description: 'How many units of this region owe more than their clearance funds this year.',
  })
  async fundingWarningCount(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    return (await regionFundingWarningsOf.load(ctx, region.code)).length;
  }
}
