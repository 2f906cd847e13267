// Reading a clerk's ledger spreadsheet: the first sheet, a header row naming the template's
// columns, then one debt per row, each cell as text (dates and money as Excel hands them over).
import ExcelJS from 'exceljs';
import type { Message } from '@arrears-hub/subgraph-kit';
import {
  amountHeader,
  halfWidth,
  numberCellText,
  parseSheetDate,
  type AmountUnit,
} from '../rules/sheet-cells.js';
import { LEDGER_COLUMNS, type LedgerColumn, type LedgerField } from './ledger-columns.js';
import { arrayBufferOf } from './workbook-bytes.js';
import { arrearsMessages as msg } from '../messages.js';

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
  /** Enterprises registered by this import (registerUnknownCreditors). */
  newCreditors: NewCreditor[];
}

export interface NewCreditor {
  /** The first row naming it. */
  row: number;
  id: string;
  name: string;
  creditCode: string;
}

export const MAX_ROWS = 20_000;

const COLUMN = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c])) as Record<
  LedgerField,
  LedgerColumn
>;

export interface ParsedRow {
  row: number;
  values: Partial<Record<LedgerField, string>>;
  /** The sheet's own headers where they differ from the template's (应付金额（万元）): problems
   * name the column as the clerk's file names it. */
  headers?: Partial<Record<LedgerField, string>>;
  /** The unit of each money column whose header declares one (元 when absent). */
  units?: Partial<Record<LedgerField, AmountUnit>>;
}

/** A cell as text. Numbers in money columns keep their decimals as typed (numberCellText), in date
 * columns they are Excel day numbers (the date rule turns them into days), elsewhere (a contract
 * number typed as a number) they are their digits. */
function cellText(value: ExcelJS.CellValue, column?: LedgerColumn, unit?: AmountUnit): string {
  if (value === null || value === undefined) return '';
  // Excel dates arrive as JS dates at UTC midnight of the calendar day typed.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue, column, unit);
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('error' in value) return String(value.error);
  }
  if (typeof value === 'number') {
    if (column?.money) return numberCellText(value, unit);
    if (column?.date) {
      const day = parseSheetDate(String(value));
      if (day.ok) return day.value;
    }
    return String(value);
  }
  return String(value).trim();
}

/** A header as compared: full-width brackets and letters half-width, no spaces or line breaks. */
const headerKey = (text: string) => halfWidth(text).replace(/\s+/g, '');

/** The template column a header names, with the unit a money column declares: the template's own
 * header, or for a money column its label with （元） or （万元） or with no unit at all. */
function columnOfHeader(header: string): { column: LedgerColumn; unit: AmountUnit | null } | null {
  const key = headerKey(header);
  if (!key) return null;
  for (const column of LEDGER_COLUMNS) {
    if (column.exportOnly) continue;
    if (column.money) {
      const own = amountHeader(column.header);
      const theirs = amountHeader(key);
      if (theirs.label === own.label) return { column, unit: theirs.unit };
    } else if (headerKey(column.header) === key) return { column, unit: null };
  }
  return null;
}

const fileError = (message: Message): { rows: ParsedRow[]; errors: RowError[] } => ({
  rows: [],
  errors: [{ row: 0, column: '', message: message.text() }],
});

/** Reads the first sheet: a header row naming the template's columns, then one debt per row. */
export async function readLedger(file: Buffer): Promise<{ rows: ParsedRow[]; errors: RowError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(arrayBufferOf(file));
  } catch {
    return fileError(msg.sheetNotXlsx());
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileError(msg.sheetWithoutWorksheet());
  const columnOf = new Map<LedgerField, number>();
  const headers: Partial<Record<LedgerField, string>> = {};
  const units: Partial<Record<LedgerField, AmountUnit>> = {};
  const headerErrors: RowError[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    const found = columnOfHeader(text);
    if (!found) return;
    const { column, unit } = found;
    if (columnOf.has(column.key)) {
      headerErrors.push({
        row: 1,
        column: text,
        message: msg
          .sheetSameColumnTwice({
            other: headers[column.key] ?? column.header,
            header: column.header,
          })
          .text(),
      });
      return;
    }
    columnOf.set(column.key, col);
    if (text !== column.header) headers[column.key] = text;
    if (unit) units[column.key] = unit;
  });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length || headerErrors.length) {
    return {
      rows: [],
      errors: [
        ...headerErrors,
        ...missing.map((c) => ({
          row: 1,
          column: c.header,
          message: (c.money
            ? msg.sheetMissingMoneyColumn({
                header: c.header,
                label: amountHeader(c.header).label,
              })
            : msg.sheetMissingColumn({ header: c.header })
          ).text(),
        })),
      ],
    };
  }
  if (sheet.actualRowCount - 1 > MAX_ROWS)
    return fileError(msg.sheetTooManyRows({ max: MAX_ROWS, rows: sheet.actualRowCount - 1 }));
  const rows: ParsedRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: ParsedRow['values'] = {};
    for (const [key, col] of columnOf)
      values[key] = cellText(row.getCell(col).value, COLUMN[key], units[key]);
    if (Object.values(values).some((v) => v)) rows.push({ row: number, values, headers, units });
  });
  return { rows, errors: [] };
}
