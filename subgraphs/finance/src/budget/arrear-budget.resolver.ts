// The field finance adds to the arrears subgraph's Arrear: the money disbursed towards the debt,
// as far as the viewer may see it (disbursements from budget lines within its jurisdiction).
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ArrearRef } from '../external/arrear.js';
import { disbursementsOfArrear } from './budget.loaders.js';
import { Disbursement } from './disbursement.entity.js';

@Resolver(() => ArrearRef)
export class ArrearBudgetResolver {
  @Authorized()
  @FieldResolver(() => [Disbursement], {
    description: 'Money the finance bureau disbursed towards this debt.',
  })
  disbursements(@Root() arrear: ArrearRef, @Ctx() ctx: SubgraphContext): Promise<Disbursement[]> {
    return disbursementsOfArrear.load(ctx, arrear.id);
  }
}
