// The ledger spreadsheet's GraphQL shapes: files in and out (base64), the import's row-level report.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { registerLabelledEnum, UnitRef } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';

export enum SpreadsheetFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerLabelledEnum(SpreadsheetFormat, {
  name: 'SpreadsheetFormat',
  labels: {
    XLSX: { zh: 'Excel 表格（XLSX）' },
    CSV: { zh: 'CSV 文件' },
  },
});

@ObjectType({ description: 'A spreadsheet file, base64-encoded (save it under fileName).' })
export class SpreadsheetFile {
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => String) contentBase64!: string;
  @Field(() => Int, { description: 'Ledger lines in the file.' }) rows!: number;
}

@ObjectType({ description: 'One problem with one cell of the uploaded ledger.' })
export class LedgerRowProblem {
  @Field(() => Int, {
    description: 'The spreadsheet row (1 is the header row; 0 means the whole file).',
  })
  row!: number;
  @Field(() => String, { description: 'The column header, as in the template.' }) column!: string;
  @Field(() => String) message!: string;
}

@ObjectType({
  description:
    'An enterprise the import registered in the organisations registry (registerUnknownCreditors).',
})
export class LedgerNewCreditor {
  @Field(() => Int, { description: 'The first spreadsheet row that names it.' }) row!: number;
  @Field(() => String) creditCode!: string;
  @Field(() => String, { description: 'The name as registered (the sheet’s 债权企业名称).' })
  name!: string;
  @Field(() => OrganisationRef, { description: 'The new unit in the registry.' })
  organisation!: OrganisationRef;
}

@ObjectType({
  description:
    'What an import did. A file with errors writes nothing unless goodRowsOnly was asked for.',
})
export class LedgerImportReport {
  @Field(() => Int, { description: 'Data rows read (blank rows are skipped).' }) rows!: number;
  @Field(() => Int, { description: 'New debts added to the ledger.' }) imported!: number;
  @Field(() => Int, {
    description:
      'Good rows already in the ledger (same unit, creditor and contract number): left as they are.',
  })
  unchanged!: number;
  @Field(() => Int, { description: 'Rows with at least one error.' }) rejected!: number;
  @Field(() => [LedgerRowProblem]) errors!: LedgerRowProblem[];
  @Field(() => [LedgerRowProblem], {
    description: 'Rows already in the ledger whose figures differ from the file (not changed).',
  })
  notices!: LedgerRowProblem[];
  @Field(() => Boolean, { description: 'True when nothing was written.' }) writtenNothing!: boolean;
  @Field(() => [LedgerNewCreditor], {
    description:
      'Enterprises registered by this import (registerUnknownCreditors); empty otherwise, and on a repeat import.',
  })
  newCreditors!: LedgerNewCreditor[];
}

@InputType()
export class ImportLedgerInput {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name),
  // or left out by a BUREAU clerk: the clerk's own unit.
  @Field(() => ID, {
    nullable: true,
    description:
      'The debtor unit whose ledger this is (Organisation id). Or name it by `unit`; left out by a BUREAU clerk, the clerk’s own unit.',
  })
  unitId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description:
      'The debtor unit whose ledger this is, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;

  @Field(() => String, { description: 'The .xlsx file, base64-encoded.' })
  fileBase64!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Import the good rows even when other rows have errors.',
  })
  goodRowsOnly!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Register in the organisations registry, as private enterprises of the unit’s region, the creditors the registry does not have, from rows that carry a valid 统一社会信用代码 and a name (audited there; listed in newCreditors). Without it such a row is an error on its credit-code column. Nobody is registered when other errors stop the import.',
  })
  registerUnknownCreditors!: boolean;
}

@InputType({
  description: 'Whose ledger: exactly one of unitId, sectorUnitId, workingGroupId, regionCode.',
})
export class LedgerExportInput {
  @Field(() => ID, { nullable: true, description: 'One unit.' })
  unitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A sector authority (行业主管部门) and every unit it supervises.',
  })
  sectorUnitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A working group (e.g. a sector group 行业组): its member units and aggregating units.',
  })
  workingGroupId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Every unit in a region and the regions below it.',
  })
  regionCode?: string | null;

  @Field(() => SpreadsheetFormat, { defaultValue: SpreadsheetFormat.XLSX })
  format!: SpreadsheetFormat;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Include cleared and withdrawn debts (today’s ledger only).',
  })
  includeClosed!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM: the monthly report (月报) as the units submitted it for that period, instead of today’s ledger.',
  })
  period?: string | null;
}
