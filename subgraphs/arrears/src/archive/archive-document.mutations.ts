// Filing a document in a debt's archive: written by the debtor's jurisdiction (@Creates through
// the debt, checked before anything else), stored with its SHA-256, audited; the same file twice
// on one debt is a CONFLICT. The largest file is the debtor's region's setting (Region.settings).
import { createHash } from 'node:crypto';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  ConflictError,
  createEntity,
  Creates,
  Problems,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { changeArrear } from '../ledger/arrear-change.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { chainOfUnit, settingsOfChain } from '../region-settings/region-layers.js';
import { ArchiveDocument } from './archive-document.entity.js';
import { AttachDocumentInput } from './archive-document.inputs.js';
import { documentProblems } from './archive-document.validation.js';
import { arrearsMessages as msg } from '../messages.js';

@Resolver(() => ArchiveDocument)
export class ArchiveDocumentMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'INSPECTOR')
  @Mutation(() => ArchiveDocument, {
    description:
      'Files a document in a debt’s archive (一笔账一档案). The same file twice on one debt is a CONFLICT.',
  })
  @Creates(ArchiveDocument, { debt: 'input.arrearId' })
  async attachDocument(
    @Arg('input', () => AttachDocumentInput) input: AttachDocumentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArchiveDocument> {
    // The write check has passed: the debt is the viewer's to read (or missing: then the change
    // below answers NOT_FOUND, and the hub's limit judges the file meanwhile).
    const debt = await ctx.em.findOne(Arrear, { id: input.arrearId }, { fields: ['debtorId'] });
    const { documentMaxBytes } = await settingsOfChain(ctx.em, await chainOfUnit(debt?.debtorId));
    const { problems, document } = documentProblems(input, documentMaxBytes);
    new Problems().merge(problems).throwIfAny('input');
    const { content, fileName } = document!;
    const sha256 = createHash('sha256').update(content).digest('hex');
    // The debt is locked while its archive is checked for the same file and written.
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        action: 'ATTACH_DOCUMENT',
        reason: `${input.kind} ${fileName} sha256:${sha256}`,
      },
      async (arrear, em) => {
        if (await em.count(ArchiveDocument, { arrear, sha256 })) {
          throw new ConflictError(msg.documentAlreadyFiled(), { sha256 });
        }
        return createEntity(
          ctx,
          ArchiveDocument,
          {
            arrear,
            kind: input.kind,
            fileName,
            mediaType: input.mediaType,
            size: content.length,
            sha256,
            content,
            uploadedBy: ctx.viewer.id,
          },
          { em },
        );
      },
    );
  }
}
