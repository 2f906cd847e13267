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
import { MoneyScalar, type SubgraphContext } from '@arrears-hub/subgraph-kit';

import { RegionRef } from '../external/region.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { regionScope } from '../summary/scope.js';
import { debtorsOwingIn } from '../summary/region-debtors-owing.js';
import { emptySummary, summaryOf } from '../summary/summary.loaders.js';

@ObjectType('UnitOutstanding', { description: 'What one unit owes on the ledger.' })
export class UnitOutstanding {
  @Field(() => ID)
  unitId!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

@Resolver(() => RegionRef)
export class RegionLedgerResolver {
  // The debtors of the region with something outstanding, in one statement for all regions (one
  // row per debtor). Finance's funding warnings ask the same by region code (a contract), so no
  // list of units travels through the gateway.
  @Authorized()
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => [UnitOutstanding], {
    description: 'Units of this region that owe something, with what they owe.',
  })
  async unitOutstanding(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UnitOutstanding[]> {
    return debtorsOwingIn(ctx, regionScope(region.code, region.path));
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
