// What the case aggregate adds to the arrears subgraph's Arrear: the cases about it.
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ArrearRef } from '../external/arrear.js';
import { casesOfArrear } from './case.loaders.js';
import { SupervisionCase } from './case.entity.js';

@Resolver(() => ArrearRef)
export class ArrearCaseResolver {
  @Authorized()
  @FieldResolver(() => [SupervisionCase], { description: 'Supervision cases about this debt.' })
  cases(@Root() arrear: ArrearRef, @Ctx() ctx: SubgraphContext): Promise<SupervisionCase[]> {
    return casesOfArrear.load(ctx, arrear.id);
  }
}
