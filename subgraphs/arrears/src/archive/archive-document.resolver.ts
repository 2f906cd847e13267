// A debt's archive as GraphQL reads it: one document by id (as far as the viewer may see its
// debt), its bytes only when asked for, its debt.
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUuid, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { arrearById } from '../ledger/arrear.loaders.js';
import { ArchiveDocument } from './archive-document.entity.js';
import { documentContent } from './archive.loaders.js';

@Resolver(() => ArchiveDocument)
export class ArchiveDocumentResolver {
  @Authorized()
  @Query(() => ArchiveDocument, {
    nullable: true,
    description: 'One document of a debt’s archive; ask for contentBase64 to get the file.',
  })
  document(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArchiveDocument | null> {
    return isUuid(id) ? ctx.em.findOne(ArchiveDocument, { id }) : Promise.resolve(null);
  }

  @FieldResolver(() => String, {
    description: 'The file, base64-encoded. Only fetched when asked for.',
  })
  async contentBase64(
    @Root() document: ArchiveDocument,
    @Ctx() ctx: SubgraphContext,
  ): Promise<string> {
    return ((await documentContent.load(ctx, document.id)) ?? Buffer.alloc(0)).toString('base64');
  }

  // A document is read only by whoever may read its debt, so the debt is there.
  @FieldResolver(() => Arrear)
  async arrear(@Root() document: ArchiveDocument, @Ctx() ctx: SubgraphContext): Promise<Arrear> {
    return (await arrearById.load(ctx, document.arrear.id))!;
  }
}
