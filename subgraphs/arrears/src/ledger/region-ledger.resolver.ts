// The ledger's fields on the organisations subgraph's Region: totals over the units of its subtree
// (the gateway brings their ids through @requires), summed over the debts the viewer may see.
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
import { emptySummary, summaryOf } from '../summary/summary.loaders.js';

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
  // Per-unit figures for other subgraphs' @requires (e.g. finance's funding warnings): only the
  // units with something outstanding, in one statement for all regions.
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => [UnitOutstanding], {
    description: 'Units of this region that owe something, with what they owe.',
  })
  async unitOutstanding(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UnitOutstanding[]> {
    const summaries = await Promise.all(
      (region.unitIds ?? []).map((id) =>
        summaryOf.load(ctx, { key: id, column: 'debtor_id' as const, ids: [id] }),
      ),
    );
    return summaries
      .filter((s) => s.outstanding !== '0.00')
      .map((s) => ({ unitId: s.scope.key, outstanding: s.outstanding }));
  }

  // @requires(unitIds): the gateway first asks the organisations subgraph for the ids of every unit
  // in the region's subtree, then passes them here with the representation.
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => ArrearsSummary, {
    description: 'Ledger totals of the debtor units in this region and below it.',
  })
  arrearsSummary(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArrearsSummary> | ArrearsSummary {
    const scope = { key: region.code, column: 'debtor_id' as const, ids: region.unitIds ?? [] };
    return scope.ids.length ? summaryOf.load(ctx, scope) : emptySummary(scope);
  }
}
