// Ledger import: every row of a clerk's XLSX is checked with the same rules as registerArrear, and
// each problem of a row is reported at once with its row and column. A file with errors imports
// nothing unless the clerk asks for the good rows only. Idempotent on unit + creditor + contract
// number: a row already in the ledger is left as it is (changes go through the workflow, with
// their history). New lines are written with createEntities: one flush for the whole file.
import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import {
  checkCreditCode,
  compareMoney,
  createEntities,
  parseCalendarDate,
  parseMoney,
  subtractMoney,
  type DirectoryUnit,
  type Problem,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { restDaysSpanning } from '../calendar/working-days.js';
import { ArrearSource, ContractSubject } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { registrationProblems } from '../ledger/arrear.validation.js';
import {
  CREDITOR_KINDS,
  factsOf,
  ledgerLineData,
  normalizeRegistration,
  type CheckedRegistration,
  type Registration,
} from '../ledger/registration.js';
import { dueDateColumns } from '../ledger/statutory-terms.js';
import { headerOf, LEDGER_COLUMNS, SUBJECTS, type LedgerField } from './ledger-columns.js';
import { arrayBufferOf } from './workbook-bytes.js';

export interface RowError {
  /** The spreadsheet row (1 is the header row); 0 for the file as a whole. */
  row: number;
  column: string;
  message: string;
}

export interface ImportOutcome {
  rows: number;
  imported: number;
  unchanged: number;
  rejected: number;
  errors: RowError[];
  /** Rows already in the ledger whose figures differ from the file: not changed, but shown. */
  notices: RowError[];
  /** Nothing was written because the file had errors and only a complete import was asked for. */
  writtenNothing: boolean;
}

export const MAX_ROWS = 20_000;

export interface ParsedRow {
  row: number;
  values: Partial<Record<LedgerField, string>>;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel dates arrive as JS dates at UTC midnight of the calendar day typed.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('error' in value) return String(value.error);
  }
  // Money typed as a number: Excel keeps 1200.5 as a double; write it with its cents. A value with
  // more decimals is passed on as typed so the Money rule rejects it rather than rounding it away.
  if (typeof value === 'number') {
    const cents = Math.round(value * 100);
    return Math.abs(value * 100 - cents) < 1e-6 ? (cents / 100).toFixed(2) : String(value);
  }
  return String(value).trim();
}

/** The date columns: Excel may hand a date over as its serial day number (a date pasted into a
 * text-formatted cell), which is turned back into the calendar day. */
const DATE_FIELDS: ReadonlySet<LedgerField> = new Set(['contractSignedOn', 'deliveredOn']);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateText(value: ExcelJS.CellValue): string {
  const serial =
    typeof value === 'number'
      ? value
      : typeof value === 'object' && value && 'result' in value && typeof value.result === 'number'
        ? value.result
        : null;
  // 1955 to 2119 in Excel's day numbers; anything else is left for the date rule to refuse.
  if (serial !== null && Number.isInteger(serial) && serial > 20_000 && serial < 80_000)
    return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  return cellText(value);
}

const fileError = (message: string): { rows: ParsedRow[]; errors: RowError[] } => ({
  rows: [],
  errors: [{ row: 0, column: '', message }],
});

/** Reads the first sheet: a header row naming the template's columns, then one debt per row. */
export async function readLedger(file: Buffer): Promise<{ rows: ParsedRow[]; errors: RowError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(arrayBufferOf(file));
  } catch {
    return fileError('文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx）。');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileError('工作簿中没有工作表。');
  const columnOf = new Map<LedgerField, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const column = LEDGER_COLUMNS.find((c) => c.header === cellText(cell.value) && !c.exportOnly);
    if (column) columnOf.set(column.key, col);
  });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length) {
    return {
      rows: [],
      errors: missing.map((c) => ({
        row: 1,
        column: c.header,
        message: `缺少必填列“${c.header}”：请使用枢纽提供的模板（第 1 行为表头）。`,
      })),
    };
  }
  if (sheet.actualRowCount - 1 > MAX_ROWS)
    return fileError(
      `一次最多导入 ${MAX_ROWS} 行；本文件约有 ${sheet.actualRowCount - 1} 行，请分批导入。`,
    );
  const rows: ParsedRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: ParsedRow['values'] = {};
    for (const [key, col] of columnOf)
      values[key] = (DATE_FIELDS.has(key) ? dateText : cellText)(row.getCell(col).value);
    if (Object.values(values).some((v) => v)) rows.push({ row: number, values });
  });
  return { rows, errors: [] };
}

export interface PreparedRow {
  row: number;
  input: Registration;
  checked: CheckedRegistration;
}

/** A registration rule's field → the spreadsheet column it came from. */
const COLUMN_OF_FIELD: Record<string, LedgerField> = {
  paidSoFar: 'paid',
  creditorId: 'creditorCreditCode',
  debtorId: 'debtorName',
  contractNo: 'contractNo',
  contractSignedOn: 'contractSignedOn',
  deliveredOn: 'deliveredOn',
  amountDue: 'amountDue',
  cause: 'cause',
  migrantWagesAmount: 'amountDue',
};

/** Where a registration problem goes in the sheet: its column, or (a field the sheet has no column
 * for) the field's own name. */
function cellOf(problem: Problem): string {
  const key = COLUMN_OF_FIELD[problem.field];
  return key ? headerOf(key) : problem.field;
}

const YES = ['是', 'Y', 'y', 'yes', '1'];
const NO = ['否', 'N', 'n', 'no', '0'];

/** Checks one row; returns the registration input, or the errors with their columns. */
export function prepareRow(
  parsed: ParsedRow,
  debtor: DirectoryUnit,
  creditorsByCode: ReadonlyMap<string, DirectoryUnit>,
): PreparedRow | RowError[] {
  const v = parsed.values;
  const errors: RowError[] = [];
  const fail = (key: LedgerField, message: string) =>
    errors.push({ row: parsed.row, column: headerOf(key), message });
  for (const column of LEDGER_COLUMNS)
    if (column.required && !v[column.key]) fail(column.key, '必填，不能为空。');
  if (v.debtorName && v.debtorName !== debtor.name)
    fail(
      'debtorName',
      `本行属于“${v.debtorName}”，而导入的是“${debtor.name}”的台账：请分单位导入或清空此列。`,
    );
  let creditor: DirectoryUnit | undefined;
  if (v.creditorCreditCode) {
    const code = checkCreditCode(v.creditorCreditCode);
    if (!code.ok) fail('creditorCreditCode', code.reason);
    else if (!(creditor = creditorsByCode.get(code.value)))
      fail(
        'creditorCreditCode',
        `统一社会信用代码为 ${code.value} 的企业未在枢纽登记：请先登记该企业。`,
      );
    else if (!CREDITOR_KINDS.has(creditor.kind))
      fail(
        'creditorCreditCode',
        `${creditor.name} 不是民营企业（${creditor.kind}），不能作为债权企业。`,
      );
    else if (v.creditorName && v.creditorName !== creditor.name)
      fail(
        'creditorName',
        `该信用代码登记的企业名称为“${creditor.name}”，与“${v.creditorName}”不符。`,
      );
  }
  const date = (key: LedgerField) => {
    if (!v[key]) return null;
    const result = parseCalendarDate(v[key]!);
    if (!result.ok) fail(key, result.reason);
    return result.ok ? result.value : null;
  };
  const amount = (key: LedgerField) => {
    if (!v[key]) return null;
    const result = parseMoney(v[key]!.replace(/[,，\s]/g, ''));
    if (!result.ok) fail(key, result.reason);
    return result.ok ? result.value : null;
  };
  const signedOn = date('contractSignedOn');
  const deliveredOn = date('deliveredOn');
  const amountDue = amount('amountDue');
  const paid = amount('paid') ?? '0.00';
  const outstanding = amount('outstanding');
  const subject = v.subject ? SUBJECTS[v.subject] : undefined;
  if (v.subject && !subject) fail('subject', '请填写“货物”“工程”或“服务”。');
  if (v.disputed && ![...YES, ...NO].includes(v.disputed)) fail('disputed', '请填写“是”或“否”。');
  if (amountDue && outstanding && compareMoney(subtractMoney(amountDue, paid), outstanding) !== 0) {
    fail(
      'outstanding',
      `欠款余额与应付、已付不符：应为 ${amountDue} − ${paid} = ${subtractMoney(amountDue, paid)}。`,
    );
  }
  // The registration rules run whenever the row says enough to judge it; each of their problems
  // is reported too, unless its column already has one (one complaint per cell is enough).
  if (!signedOn || !amountDue || !subject) return errors;
  const input: Registration = {
    debtorId: debtor.id,
    creditorId: creditor?.id ?? '',
    contractNo: v.contractNo ?? '',
    contractSignedOn: signedOn,
    subject: subject as ContractSubject,
    amountDue,
    paidSoFar: paid,
    deliveredOn,
    cause: [v.cause, v.plan ? `还款计划：${v.plan}` : ''].filter(Boolean).join('；') || null,
    disputed: !!v.disputed && YES.includes(v.disputed),
    inJudicialProcess: false,
    source: ArrearSource.SELF_INSPECTION,
  };
  const faulty = new Set(errors.map((e) => e.column));
  for (const problem of registrationProblems(input)) {
    const column = cellOf(problem);
    if (faulty.has(column)) continue;
    faulty.add(column);
    errors.push({ row: parsed.row, column, message: problem.message });
  }
  if (errors.length || !creditor) return errors;
  return { row: parsed.row, input, checked: normalizeRegistration(input) };
}

/** Writes the prepared rows the ledger does not have yet, in one flush (createEntities). Existing
 * debts are left alone; where the file's figures differ from the ledger's, a notice says so. */
export async function writeRows(
  ctx: SubgraphContext,
  em: EntityManager,
  debtor: DirectoryUnit,
  rows: readonly PreparedRow[],
) {
  const contractNos = [...new Set(rows.map((r) => r.checked.contractNo))];
  const existing = contractNos.length
    ? await em.find(
        Arrear,
        { debtorId: debtor.id, contractNo: { $in: contractNos } },
        { fields: ['creditorId', 'contractNo', 'amountDue', 'paid'] },
      )
    : [];
  const known = new Map<string, { amountDue: string; paid: string }>(
    existing.map((a) => [`${a.creditorId}|${a.contractNo}`, a]),
  );
  const isRestDay = await restDaysSpanning(
    em,
    rows.map((r) => r.input.deliveredOn ?? r.input.contractSignedOn),
  );
  const notices: RowError[] = [];
  const lines: RequiredEntityData<Arrear>[] = [];
  for (const { row, input, checked } of rows) {
    const key = `${input.creditorId}|${checked.contractNo}`;
    const already = known.get(key);
    if (already) {
      if (
        compareMoney(already.amountDue, input.amountDue) !== 0 ||
        compareMoney(already.paid, checked.paid) !== 0
      ) {
        notices.push({
          row,
          column: headerOf('amountDue'),
          message: `台账中已有此合同（应付 ${already.amountDue}，已付 ${already.paid}），未按文件修改：核实、付款请在枢纽中办理。`,
        });
      }
      continue;
    }
    const data = ledgerLineData(input, checked, debtor, ctx.viewer.id);
    lines.push({ ...data, ...dueDateColumns(factsOf(input, debtor.kind), isRestDay) });
    known.set(key, { amountDue: input.amountDue, paid: checked.paid });
  }
  await createEntities(ctx, Arrear, lines, {
    em,
    action: 'IMPORT',
    reason: 'spreadsheet import',
  });
  return { imported: lines.length, unchanged: rows.length - lines.length, notices };
}

/** The whole import, inside the caller's transaction. */
export async function importRows(
  ctx: SubgraphContext,
  em: EntityManager,
  debtor: DirectoryUnit,
  file: Buffer,
  creditorsOf: (creditCodes: string[]) => Promise<ReadonlyMap<string, DirectoryUnit>>,
  goodRowsOnly: boolean,
): Promise<ImportOutcome> {
  const read = await readLedger(file);
  if (read.errors.length)
    return {
      rows: 0,
      imported: 0,
      unchanged: 0,
      rejected: 0,
      errors: read.errors,
      notices: [],
      writtenNothing: true,
    };
  const codes = read.rows
    .map((r) => checkCreditCode(r.values.creditorCreditCode ?? ''))
    .flatMap((c) => (c.ok ? [c.value] : []));
  const creditorsByCode = await creditorsOf([...new Set(codes)]);
  const good: PreparedRow[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const parsed of read.rows) {
    const prepared = prepareRow(parsed, debtor, creditorsByCode);
    if (Array.isArray(prepared)) {
      errors.push(...prepared);
      continue;
    }
    // The same debt twice in one file is a copy-paste slip, not two debts.
    const key = `${prepared.input.creditorId}|${prepared.checked.contractNo}`;
    const first = firstRowOf.get(key);
    if (first) {
      errors.push({
        row: parsed.row,
        column: headerOf('contractNo'),
        message: `与第 ${first} 行是同一企业的同一合同：请删除重复行。`,
      });
      continue;
    }
    firstRowOf.set(key, parsed.row);
    good.push(prepared);
  }
  const rejected = read.rows.length - good.length;
  if (errors.length && !goodRowsOnly)
    return {
      rows: read.rows.length,
      imported: 0,
      unchanged: 0,
      rejected,
      errors,
      notices: [],
      writtenNothing: true,
    };
  const written = await writeRows(ctx, em, debtor, good);
  return {
    rows: read.rows.length,
    ...written,
    rejected,
    errors,
    writtenNothing: written.imported === 0,
  };
}
