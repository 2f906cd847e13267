// Reading a clerk's ledger spreadsheet: the first sheet, a header row naming the template's
// columns, then one debt per row, each cell as text (dates and money as Excel hands them over).
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, type LedgerField } from './ledger-columns.js';
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
