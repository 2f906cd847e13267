import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, parent } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { DocumentKind } from './archive.enums.js';

@ObjectType('Document', {
  description:
    'A file in a debt’s archive (一笔账一档案), stored in the database with its SHA-256.',
})
@Entity({ tableName: 'document' })
// ArrearFilter.documentsMissing: [CONTRACT] asks, per line, whether its file holds a contract.
@Index({
  name: 'document_contract_index',
  expression:
    'create index "document_contract_index" on "document" ("arrear_id") where "kind" = \'CONTRACT\'',
})
export class ArchiveDocument {
  [OptionalProps]?: 'uploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Arrear, { ref: true, deleteRule: 'restrict' })
  arrear!: Ref<Arrear>;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind })
  kind!: DocumentKind;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String, { description: 'e.g. application/pdf' })
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, {
    description: 'SHA-256 of the content, hex: proves the file is the one filed.',
  })
  @Index()
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Loaded only when asked for (lists never carry the bytes). */
  @Property({ type: 'blob', lazy: true })
  content?: Buffer;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  uploadedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();
}

/** A document is in its debt's file: the debtor's jurisdiction files it, both parties read it. */
export const ArchiveDocumentOwnership = owned(ArchiveDocument, {
  relations: {
    debt: parent('arrear', () => Arrear, ['debtor']),
    claim: parent('arrear', () => Arrear, ['creditor']),
  },
  writers: ['debt'],
});
