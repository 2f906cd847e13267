import { Field, ID, InputType } from 'type-graphql';
import { DocumentKind } from './archive.enums.js';
import { MEDIA_TYPES, type DocumentUpload } from './archive-document.validation.js';

@InputType()
export class AttachDocumentInput implements DocumentUpload {
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
