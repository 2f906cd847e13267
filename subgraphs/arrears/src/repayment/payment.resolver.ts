import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { arrearById } from '../ledger/arrear.loaders.js';
import { Payment } from './payment.entity.js';

// A payment is read only by whoever may read its debt, so the debt is there.
@Resolver(() => Payment)
export class PaymentResolver {
  @FieldResolver(() => Arrear)
  async arrear(@Root() payment: Payment, @Ctx() ctx: SubgraphContext): Promise<Arrear> {
    return (await arrearById.load(ctx, payment.arrear.id))!;
  }
}
