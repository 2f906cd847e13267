// The ledger's fields on the organisations subgraph's Region: totals over the debtors of its
// subtree (found by the region's path, which the gateway brings through @requires), over the debts
// the viewer may see.
import {
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { money, MoneyScalar, type SubgraphContext } from '@arrears-hub/subgraph-kit';

import { RegionRef } from '../external/region.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { regionScope } from '../summary/scope.js';
import { emptySummary, summaryOf, unitsOwingOf } from '../summary/summary.loaders.js';

// @shareable: the finance subgraph declares the same value type for its @requires.
@Directive('@shareable')
@ObjectType('UnitOutstanding', { description: 'What one unit owes on the ledger.' })
export class UnitOutstanding {
  @Field(() => ID)
  unitId!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

@Resolver(() => RegionRef)
export class RegionLedgerResolver {
  // Per-unit figures for other subgraphs' @requires (finance's funding warnings): the debtors of
  // the region with something outstanding, in one statement for all regions (one row per debtor).
  @Authorized()
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => [UnitOutstanding], {
    description: 'Units of this region that owe something, with what they owe.',
  })
  async unitOutstanding(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UnitOutstanding[]> {
    const units = await unitsOwingOf.load(ctx, regionScope(region.code, region.path));
    return units
      .map((u) => ({ unitId: u.unit, outstanding: money(u.outstanding) }))
      .filter((u) => u.outstanding !== '0.00');
  }

  // @requires(path): the gateway brings the region's place in the tree from the organisations
  // subgraph (a few dozen bytes); the debtors below it are one index range of the rollup here.
  @Authorized()
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => ArrearsSummary, {
    description: 'Ledger totals of the debtor units in this region and below it.',
  })
  arrearsSummary(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArrearsSummary> | ArrearsSummary {
    const scope = regionScope(region.code, region.path);
    return scope.path ? summaryOf.load(ctx, scope) : emptySummary(scope);
  }
}
