// Evidence attached to a complaint (contract, invoices, acceptance note …): files kept with the
// clue, stored in the database with their SHA-256, as a debt's archive is. Evidence shows who the
// complainant is, so the unit complained about never reads it: a file is held through its clue's
// relations except the respondent's.
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, parent } from '@arrears-hub/subgraph-kit';
import { DocumentKind } from '../archive/archive.enums.js';
import { Clue } from './clue.entity.js';

@ObjectType('ClueEvidence', {
  description: 'A file of evidence attached to a complaint (合同、发票、验收单 …).',
})
@Entity({ tableName: 'clue_evidence' })
export class ClueEvidence {
  [OptionalProps]?: 'uploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Clue, { ref: true, deleteRule: 'restrict' })
  clue!: Ref<Clue>;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind })
  kind!: DocumentKind;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Loaded only when asked for. */
  @Property({ type: 'blob', lazy: true })
  content?: Buffer;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  uploadedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();
}

/** Every holder of the clue but the respondent reads a file and adds one: the complainant, the
 * region's leading group, the intake office, the handling unit, whoever filed the clue. */
export const ClueEvidenceOwnership = owned(ClueEvidence, {
  relations: {
    clue: parent('clue', () => Clue, [
      'complainant',
      'region',
      'intakeOffice',
      'handlingUnit',
      'filer',
      'filingUnit',
    ]),
  },
});
