// The fields finance adds to the organisations subgraph's Region from its budget lines: the funds
// of the region's units, and the units that owe more than their clearance funds.
import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { type SubgraphContext } from '@arrears-hub/subgraph-kit';
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
  @Authorized()
  @FieldResolver(() => [FundingGap], {
    description:
      'Early warning: units of this region that owe more than their clearance funds available this year.',
  })
  fundingWarnings(@Root() region: RegionRef, @Ctx() ctx: SubgraphContext): Promise<FundingGap[]> {
    return regionFundingWarningsOf.load(ctx, region.code);
  }
}
