// The national-platform exchange's GraphQL shapes: a file in or out (base64) and the import's
// row-level report.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { Clue } from '../clue/clue.entity.js';

export enum PlatformFileFormat {
  JSON = 'JSON',
  XLSX = 'XLSX',
}
registerLabelledEnum(PlatformFileFormat, {
  name: 'PlatformFileFormat',
  description: 'The national platform’s transfer file (docs/national-platform-format.md).',
  labels: {
    JSON: { zh: 'JSON 文件' },
    XLSX: { zh: 'Excel 表格（XLSX）' },
  },
});

@InputType()
export class ImportPlatformTransfersInput {
  @Field(() => PlatformFileFormat)
  format!: PlatformFileFormat;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  fileBase64!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The region the transfers were sent to, for debtors not (yet) in the registry; by default the viewer’s.',
  })
  regionCode?: string | null;
}

@ObjectType({ description: 'One problem with one record of the platform’s file.' })
export class PlatformRowProblem {
  @Field(() => Int, {
    description:
      'The record: its XLSX row (1 is the header) or its position in the JSON list (from 1); 0 for the file.',
  })
  row!: number;
  @Field(() => String, { description: 'The column header (JSON: the same name).' }) column!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'What an import of national-platform transfers did.' })
export class PlatformImportReport {
  @Field(() => Int, { description: 'Records read.' }) rows!: number;
  @Field(() => Int, { description: 'New clues registered.' }) created!: number;
  @Field(() => Int, {
    description: 'Records whose platform reference is already registered: left as they are.',
  })
  unchanged!: number;
  @Field(() => Int, { description: 'Records with at least one error (not registered).' })
  rejected!: number;
  @Field(() => [PlatformRowProblem]) errors!: PlatformRowProblem[];
  @Field(() => [Clue], { description: 'The clues registered now.' }) clues!: Clue[];
}

@InputType()
export class PlatformExportInput {
  @Field(() => PlatformFileFormat)
  format!: PlatformFileFormat;

  @Field(() => [ID], { nullable: true, description: 'Regions (with their subtrees).' })
  regionCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  receivedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedTo?: string | null;
}

@ObjectType({ description: 'A national-platform file, base64-encoded (save it under fileName).' })
export class PlatformFileOut {
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => String) contentBase64!: string;
  @Field(() => Int, { description: 'Records in the file.' }) rows!: number;
}
