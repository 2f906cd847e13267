// The fields finance adds to the organisations subgraph's Organisation from its budget lines: the
// unit's funds, and the early warning against what it owes.
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { currentYear, FundingGap, gapOf } from '../summary/funding-gap.js';
import { Funds, fundsOf } from '../summary/funds.js';

@Resolver(() => OrganisationRef)
export class OrganisationBudgetResolver {
  @Authorized()
  @FieldResolver(() => Funds, {
    description: 'The unit’s money in a fiscal year (this year by default).',
  })
  funds(
    @Root() unit: OrganisationRef,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Funds> {
    return fundsOf.load(ctx, { key: unit.id, unitIds: [unit.id], year: year ?? currentYear() });
  }

  // @requires(arrearsOutstanding): the gateway fetches what the unit owes from the arrears subgraph.
  @Authorized()
  @Directive('@requires(fields: "arrearsOutstanding")')
  @FieldResolver(() => FundingGap, {
    description: 'Early warning: outstanding arrears against clearance funds available this year.',
  })
  async fundingGap(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FundingGap> {
    const funds = await fundsOf.load(ctx, {
      key: unit.id,
      unitIds: [unit.id],
      year: currentYear(),
    });
    return gapOf(unit.id, unit.arrearsOutstanding ?? '0.00', funds);
  }
}
