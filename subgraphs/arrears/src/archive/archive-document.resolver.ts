import { createHash, randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  ConflictError,
  isUuid,
  recordAudit,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArchiveDocument } from '../entities/document.entity.js';
import { DocumentKind } from '../entities/enums.js';
import { arrearById, documentContent } from '../loaders.js';
import { changeArrear } from './arrear-change.js';
import { canSeeArrear, jurisdictionOf } from '../scope.js';

/** Largest file accepted, in bytes (HUB_DOCUMENT_MAX_BYTES, default 1 MiB). */
export const DOCUMENT_MAX_BYTES = Number(process.env.HUB_DOCUMENT_MAX_BYTES ?? 1_048_576);

/** Media types a debt's file may hold, with the first bytes the content must start with where the format has them. */
const MEDIA_TYPES: Record<string, Buffer | null> = {
  'application/pdf': Buffer.from('%PDF-'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'application/ofd': Buffer.from('PK'),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Buffer.from('PK'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Buffer.from('PK'),
};

@InputType()
export class AttachDocumentInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: `One of: ${Object.keys(MEDIA_TYPES).join(', ')}.` })
  mediaType!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  contentBase64!: string;
}

function decodeDocument(input: AttachDocumentInput): { content: Buffer; fileName: string } {
  const fileName = input.fileName.trim();
  if (!fileName || fileName.length > 255 || /[\\/\u0000]/.test(fileName)) {
    throw new UserInputError(
      'Give the file name without folders (at most 255 characters).',
      'input.fileName',
    );
  }
  if (!(input.mediaType in MEDIA_TYPES)) {
    throw new UserInputError(
      `Files of type "${input.mediaType}" are not kept; use PDF, OFD, PNG, JPEG, DOCX or XLSX.`,
      'input.mediaType',
    );
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
    throw new UserInputError('The content is not valid base64.', 'input.contentBase64');
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw new UserInputError('The file is empty.', 'input.contentBase64');
  if (content.length > DOCUMENT_MAX_BYTES) {
    throw new UserInputError(
      `The file has ${content.length} bytes; the limit is ${DOCUMENT_MAX_BYTES}.`,
      'input.contentBase64',
    );
  }
  const magic = MEDIA_TYPES[input.mediaType];
  if (magic && !content.subarray(0, magic.length).equals(magic)) {
    throw new UserInputError(`The content is not a ${input.mediaType} file.`, 'input.mediaType');
  }
  return { content, fileName };
}

@Resolver(() => ArchiveDocument)
export class DocumentResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'INSPECTOR')
  @Mutation(() => ArchiveDocument, {
    description:
      'Files a document in a debt’s archive (一笔账一档案). The same file twice on one debt is a CONFLICT.',
  })
  attachDocument(
    @Arg('input', () => AttachDocumentInput) input: AttachDocumentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArchiveDocument> {
    const { content, fileName } = decodeDocument(input);
    const sha256 = createHash('sha256').update(content).digest('hex');
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        action: 'ATTACH_DOCUMENT',
        reason: `${input.kind} ${fileName} sha256:${sha256}`,
      },
      async (arrear, em) => {
        if (await em.count(ArchiveDocument, { arrear, sha256 })) {
          throw new ConflictError('This file is already in this debt’s archive.', { sha256 });
        }
        const document = em.create(ArchiveDocument, {
          id: randomUUID(),
          arrear,
          kind: input.kind,
          fileName,
          mediaType: input.mediaType,
          size: content.length,
          sha256,
          content,
          uploadedBy: ctx.viewer.id,
        } as never);
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'Document',
          entityId: document.id,
          action: 'CREATE',
          after: {
            arrearId: arrear.id,
            kind: input.kind,
            fileName,
            mediaType: input.mediaType,
            size: content.length,
            sha256,
          },
        });
        return document;
      },
    );
  }

  @Authorized()
  @Query(() => ArchiveDocument, {
    nullable: true,
    description: 'One document of a debt’s archive; ask for contentBase64 to get the file.',
  })
  async document(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArchiveDocument | null> {
    const document = isUuid(id) ? await ctx.em.findOne(ArchiveDocument, { id }) : null;
    const arrear = document ? await arrearById.load(ctx, document.arrear.id) : null;
    return document && arrear && canSeeArrear(await jurisdictionOf(ctx), arrear) ? document : null;
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

  @FieldResolver(() => Arrear)
  async arrear(@Root() document: ArchiveDocument, @Ctx() ctx: SubgraphContext): Promise<Arrear> {
    return (await arrearById.load(ctx, document.arrear.id))!;
  }
}
