import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { DocumentKind } from '../archive/archive.enums.js';
import { MEDIA_TYPES, type DocumentUpload } from '../archive/archive-document.validation.js';

@InputType({
  description: 'A file of evidence for a complaint (contract, invoice, acceptance note …).',
})
export class AttachClueEvidenceInput implements DocumentUpload {
  @Field(() => ID)
  clueId!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: `One of: ${Object.keys(MEDIA_TYPES).join(', ')}.` })
  mediaType!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  contentBase64!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RequestClueInformationInput {
  @Field(() => ID)
  clueId!: string;

  @Field(() => String, { description: 'What the complainant is asked to supply or explain.' })
  question!: string;

  @Field(() => DateScalar, { nullable: true })
  answerBy?: string | null;
}

@InputType()
export class AnswerClueInformationInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String)
  answer!: string;
}
