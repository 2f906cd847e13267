// The ledger spreadsheet through GraphQL: the template, the import (base64 XLSX in, a row-level
// report out) and the export of a unit's, a sector's or a region's ledger as XLSX or CSV.
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import {
  addMoney,
  internalGet,
  inTransaction,
  isUuid,
  todayInChina,
  unitDirectory,
  unitsInRegion,
  UserInputError,
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { checkDebtorKind } from '../workflow/registration.js';
import { arrearScope, jurisdictionOf } from '../scope.js';
import {
  CSV_MEDIA_TYPE,
  ledgerCsv,
  ledgerRow,
  ledgerWorkbook,
  templateWorkbook,
  XLSX_MEDIA_TYPE,
} from './ledger-export.js';
import { importRows, MAX_ROWS } from './ledger-import.js';
import { monthlyReport } from './monthly-report.js';
import { isPeriod } from '../workflow/reporting-period.js';

/** A spreadsheet is at most this big once decoded: its base64 (4/3 larger) must fit the gateway's
 * 2 MB request limit (HUB_MAX_BODY_BYTES). 10,000 template rows take about 0.5 MB. */
export const MAX_FILE_BYTES = 1_400_000;

export enum SpreadsheetFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(SpreadsheetFormat, { name: 'SpreadsheetFormat' });

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
}

@InputType()
export class ImportLedgerInput {
  @Field(() => ID, { description: 'The debtor unit whose ledger this is (Organisation id).' })
  unitId!: string;

  @Field(() => String, { description: 'The .xlsx file, base64-encoded.' })
  fileBase64!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Import the good rows even when other rows have errors.',
  })
  goodRowsOnly!: boolean;
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

/** Decodes the upload, refusing what is not base64 or too big before any parsing. */
function decodeFile(base64: string): Buffer {
  const text = base64.replace(/^data:[^,]*,/, '').replace(/\s/g, '');
  if (!text || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    throw new UserInputError('The file must be base64-encoded .xlsx content.', 'input.fileBase64');
  if ((text.length * 3) / 4 > MAX_FILE_BYTES)
    throw new UserInputError(
      `The file is larger than ${(MAX_FILE_BYTES / 1_000_000).toFixed(1)} MB: split it into several files.`,
      'input.fileBase64',
    );
  return Buffer.from(text, 'base64');
}

/** Unit names can hold characters that file systems refuse. */
const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_');

interface ExportScope {
  ids: string[];
  title: string;
  slug: string;
}

/** A working group's member units, from the organisations subgraph that keeps the groups. */
async function workingGroupScope(id: string): Promise<ExportScope> {
  if (!isUuid(id))
    throw new UserInputError(`"${id}" is not a working group id.`, 'input.workingGroupId');
  const group = await internalGet<{ name: string; unitIds: string[] }>(
    'organisations',
    `/internal/working-group-units?id=${id}`,
  ).catch((error: Error) => {
    if (/answered 404/.test(error.message))
      throw new UserInputError(
        `There is no working group with id "${id}".`,
        'input.workingGroupId',
      );
    throw error;
  });
  return { ids: group.unitIds, title: group.name, slug: group.name };
}

/** The units an export covers, and a title for it. */
async function exportScope(
  input: LedgerExportInput,
  units: Map<string, DirectoryUnit>,
): Promise<ExportScope> {
  const chosen = [input.unitId, input.sectorUnitId, input.workingGroupId, input.regionCode].filter(
    (v) => v,
  );
  if (chosen.length !== 1)
    throw new UserInputError(
      'Give exactly one of unitId, sectorUnitId, workingGroupId or regionCode.',
      'input',
    );
  if (input.workingGroupId) return workingGroupScope(input.workingGroupId);
  if (input.regionCode) {
    const ids = unitsInRegion(units, input.regionCode).map((u) => u.id);
    if (!ids.length)
      throw new UserInputError(
        `No units are registered in region ${input.regionCode}.`,
        'input.regionCode',
      );
    return { ids, title: `行政区划 ${input.regionCode}`, slug: input.regionCode };
  }
  const id = (input.unitId ?? input.sectorUnitId)!;
  const field = input.unitId ? 'input.unitId' : 'input.sectorUnitId';
  const unit = isUuid(id) ? units.get(id) : undefined;
  if (!unit) throw new UserInputError(`There is no unit with id "${id}".`, field);
  if (input.unitId) return { ids: [unit.id], title: unit.name, slug: unit.name };
  const ids = [
    unit.id,
    ...[...units.values()].filter((u) => u.supervisorId === unit.id).map((u) => u.id),
  ];
  return { ids, title: `${unit.name}及所属行业单位`, slug: `${unit.name}-行业` };
}

@Resolver()
export class LedgerSpreadsheetResolver {
  @Authorized()
  @Query(() => SpreadsheetFile, {
    description: 'The blank ledger template (台账模板) with Chinese headers, notes and drop-downs.',
  })
  async ledgerTemplate(): Promise<SpreadsheetFile> {
    const file = await templateWorkbook();
    return {
      fileName: '清欠台账模板.xlsx',
      mediaType: XLSX_MEDIA_TYPE,
      contentBase64: file.toString('base64'),
      rows: 0,
    };
  }

  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Mutation(() => LedgerImportReport, {
    description:
      'Imports a unit’s ledger from the template spreadsheet. Every row is checked like registerArrear; a debt already in the ledger (same creditor and contract number) is left unchanged.',
  })
  async importLedger(
    @Arg('input', () => ImportLedgerInput) input: ImportLedgerInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerImportReport> {
    const file = decodeFile(input.fileBase64);
    if (!isUuid(input.unitId))
      throw new UserInputError(`"${input.unitId}" is not a unit id.`, 'input.unitId');
    const directory = unitDirectory();
    const debtor = (await directory.get([input.unitId])).get(input.unitId);
    if (!debtor)
      throw new UserInputError(
        `There is no unit with id "${input.unitId}": register it first.`,
        'input.unitId',
      );
    checkDebtorKind(debtor, 'input.unitId');
    (await jurisdictionOf(ctx)).assertUnit(debtor.id, debtor.name);
    return inTransaction(ctx, (em) =>
      importRows(
        em,
        ctx.viewer,
        debtor,
        file,
        (codes) => directory.byCreditCode(codes),
        input.goodRowsOnly,
      ),
    );
  }

  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU', 'FINANCE', 'INSPECTOR')
  @Query(() => SpreadsheetFile, {
    description:
      'The ledger of a unit, a sector or a region in the template’s layout, as of today, from the stored figures.',
  })
  async ledgerExport(
    @Arg('input', () => LedgerExportInput) input: LedgerExportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SpreadsheetFile> {
    const units = await unitDirectory().all();
    const scope = await exportScope(input, units);
    if (input.period) return this.monthlyReportFile(input, input.period, scope, units, ctx);
    const where = {
      $and: [
        arrearScope(await jurisdictionOf(ctx)),
        { debtorId: { $in: scope.ids } },
        input.includeClosed ? {} : { status: { $nin: ['CLEARED', 'WITHDRAWN'] } },
      ],
    };
    const total = await ctx.em.count(Arrear, where as never);
    if (total > MAX_ROWS)
      throw new UserInputError(
        `The export would have ${total} lines (at most ${MAX_ROWS}): export a smaller region or one unit.`,
        'input',
      );
    const arrears = await ctx.em.find(Arrear, where as never, {
      orderBy: { debtorId: 'asc', contractSignedOn: 'asc', contractNo: 'asc' },
    });
    const rows = arrears.map((a) => ledgerRow(a, units));
    const totals = {
      count: arrears.length,
      amountDue: arrears.reduce((s, a) => addMoney(s, a.amountDue), '0.00'),
      paid: arrears.reduce((s, a) => addMoney(s, a.paid), '0.00'),
      outstanding: arrears.reduce((s, a) => addMoney(s, a.outstanding), '0.00'),
    };
    const asOf = todayInChina();
    const name = safeFileName(`清欠台账-${scope.slug}-${asOf}`);
    if (input.format === SpreadsheetFormat.CSV) {
      return {
        fileName: `${name}.csv`,
        mediaType: CSV_MEDIA_TYPE,
        contentBase64: ledgerCsv(rows).toString('base64'),
        rows: rows.length,
      };
    }
    const file = await ledgerWorkbook(rows, `${scope.title}（截至 ${asOf}）`, totals);
    return {
      fileName: `${name}.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      contentBase64: file.toString('base64'),
      rows: rows.length,
    };
  }

  private async monthlyReportFile(
    input: LedgerExportInput,
    period: string,
    scope: ExportScope,
    units: Map<string, DirectoryUnit>,
    ctx: SubgraphContext,
  ): Promise<SpreadsheetFile> {
    if (!isPeriod(period))
      throw new UserInputError(
        `"${period}" is not a period: write YYYY-MM, e.g. 2026-10.`,
        'input.period',
      );
    const report = await monthlyReport(ctx.em, await jurisdictionOf(ctx), scope.ids, period, units);
    const name = safeFileName(`清欠月报-${scope.slug}-${period}`);
    if (input.format === SpreadsheetFormat.CSV) {
      return {
        fileName: `${name}.csv`,
        mediaType: CSV_MEDIA_TYPE,
        contentBase64: ledgerCsv(report.rows).toString('base64'),
        rows: report.rows.length,
      };
    }
    const file = await ledgerWorkbook(report.rows, `${scope.title} ${period} 月报`, report.totals, [
      { label: '已报送单位数', value: report.reported },
      { label: '未报送单位', value: report.missing.join('、') || '无' },
    ]);
    return {
      fileName: `${name}.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      contentBase64: file.toString('base64'),
      rows: report.rows.length,
    };
  }
}
