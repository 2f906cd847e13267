import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { ArchiveDocument } from './archive-document.entity.js';
import { documentsOfArrear } from './archive.loaders.js';

// The archive's field on a debt (一笔账一档案): one batched statement for a whole list of debts.
@Resolver(() => Arrear)
export class ArrearArchiveResolver {
  @FieldResolver(() => [ArchiveDocument], {
    description:
      'The archive: contract, invoices, acceptance records, vouchers, plans, agreements.',
  })
  documents(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<ArchiveDocument[]> {
    return documentsOfArrear.load(ctx, arrear.id);
  }
}
