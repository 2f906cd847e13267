// The file format of the national platform's transfers (违约拖欠中小企业款项登记（投诉）平台), as the
// hub reads and writes it: JSON (records with the platform's form blocks) or XLSX (one sheet, one
// record a row, Chinese headers). docs/national-platform-format.md is the reference. The same
// format carries a clue's handling result back for upload (the `result` block / 办理结果 columns),
// so a file the hub exported imports again as a no-op.
import ExcelJS from 'exceljs';
import { formatChinaDateTime, type Message } from '@arrears-hub/subgraph-kit';
import { arrayBufferOf } from '../spreadsheet/workbook-bytes.js';
import { arrearsMessages as msg } from '../messages.js';

/** A file that is not a national platform transfer file: what is wrong, as a catalogue message. */
export class PlatformFileError extends Error {
  constructor(readonly detail: Message) {
    super(detail.text());
  }
}

export const FORMAT_NAME = 'national-platform-transfer';
export const FORMAT_VERSION = 1;

export interface PlatformAttachment {
  name: string;
  kind?: string | null;
}

export interface PlatformResult {
  status: string;
  outcome: string | null;
  confirmedAmount: string | null;
  handlingUnit: string | null;
  feedback: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  rejectionReason: string | null;
}

/** One transfer (one complaint) with the platform's three form blocks. */
export interface PlatformRecord {
  platformRef: string;
  registeredOn: string | null;
  transferredOn: string;
  creditor: {
    name: string;
    creditCode: string | null;
    sizeClass: string | null;
    contactName: string | null;
    contactPhone: string | null;
    address: string | null;
  };
  debtor: { name: string; creditCode: string | null };
  arrears: {
    amount: string;
    contractNo: string | null;
    facts: string;
    request: string | null;
    notInOtherProceedings: boolean;
  };
  attachments: PlatformAttachment[];
  result?: PlatformResult | null;
}

export interface PlatformFile {
  format: typeof FORMAT_NAME;
  version: number;
  exportedAt?: string;
  records: PlatformRecord[];
}

/** The XLSX columns, in order: header → where the value goes. */
export const PLATFORM_COLUMNS = [
  ['平台编号', 'platformRef'],
  ['登记日期', 'registeredOn'],
  ['转办日期', 'transferredOn'],
  ['债权人名称', 'creditor.name'],
  ['债权人统一社会信用代码', 'creditor.creditCode'],
  ['企业规模', 'creditor.sizeClass'],
  ['联系人', 'creditor.contactName'],
  ['联系电话', 'creditor.contactPhone'],
  ['联系地址', 'creditor.address'],
  ['债务人名称', 'debtor.name'],
  ['债务人统一社会信用代码', 'debtor.creditCode'],
  ['拖欠金额', 'arrears.amount'],
  ['合同编号', 'arrears.contractNo'],
  ['拖欠事实', 'arrears.facts'],
  ['投诉请求', 'arrears.request'],
  ['未进入诉讼仲裁等程序', 'arrears.notInOtherProceedings'],
  ['附件清单', 'attachments'],
  ['办理状态', 'result.status'],
  ['办理结果', 'result.outcome'],
  ['核实金额', 'result.confirmedAmount'],
  ['办理单位', 'result.handlingUnit'],
  ['书面答复', 'result.feedback'],
  ['答复日期', 'result.answeredOn'],
  ['办结日期', 'result.closedOn'],
  ['不予受理理由', 'result.rejectionReason'],
] as const;

export type ColumnPath = (typeof PLATFORM_COLUMNS)[number][1];
export const SHEET_NAME = '投诉转办';

/** One row of a file as read: its number (the header is row 1; in JSON, the record's index + 1)
 * and its values by column path, as text. */
export interface RawRecord {
  row: number;
  values: Partial<Record<ColumnPath, string>>;
  attachments: PlatformAttachment[];
}

const text = (v: unknown): string | undefined =>
  v === null || v === undefined
    ? undefined
    : typeof v === 'boolean'
      ? v
        ? '是'
        : '否'
      : String(v).trim();

/** Attachments in a cell: "合同.pdf（合同）；发票.pdf（发票）" or one per line. */
export function parseAttachments(cell: string | undefined): PlatformAttachment[] {
  if (!cell) return [];
  return cell
    .split(/[;；\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)[（(]([^（()）]+)[)）]$/.exec(part);
      return m ? { name: m[1]!.trim(), kind: m[2]!.trim() } : { name: part, kind: null };
    });
}

export function attachmentsCell(list: readonly PlatformAttachment[]): string {
  return list.map((a) => (a.kind ? `${a.name}（${a.kind}）` : a.name)).join('；');
}

/** The records of a JSON file; throws a message for a file that is not one. */
export function readJson(bytes: Buffer): RawRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new PlatformFileError(msg.platformNotJson());
  }
  const file = parsed as Partial<PlatformFile>;
  if (!file || typeof file !== 'object' || !Array.isArray(file.records))
    throw new PlatformFileError(msg.platformNoRecords({ format: FORMAT_NAME }));
  return file.records.map((record, index) => {
    const r = (record ?? {}) as unknown as Record<string, Record<string, unknown> | unknown>;
    const block = (name: string) => (r[name] ?? {}) as Record<string, unknown>;
    const values: RawRecord['values'] = {};
    for (const [, path] of PLATFORM_COLUMNS) {
      if (path === 'attachments') continue;
      const [head, tail] = path.split('.') as [string, string | undefined];
      const value = tail ? block(head)[tail] : r[head];
      const t = text(value);
      if (t !== undefined && t !== '') values[path] = t;
    }
    const attachments = Array.isArray(r.attachments)
      ? (r.attachments as unknown[]).map((a) => {
          const item = (a ?? {}) as Record<string, unknown>;
          return { name: String(item.name ?? ''), kind: item.kind ? String(item.kind) : null };
        })
      : [];
    return { row: index + 1, values, attachments };
  });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
  }
  if (typeof value === 'number') {
    const cents = Math.round(value * 100);
    return Math.abs(value * 100 - cents) < 1e-6 ? (cents / 100).toFixed(2) : String(value);
  }
  return String(value).trim();
}

/** The records of an XLSX file (its first sheet; headers as PLATFORM_COLUMNS name them). */
export async function readXlsx(bytes: Buffer): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(arrayBufferOf(bytes));
  } catch {
    throw new PlatformFileError(msg.platformNotXlsx());
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new PlatformFileError(msg.platformNoSheet());
  const headers = new Map<number, ColumnPath>();
  sheet.getRow(1).eachCell((cell, col) => {
    const found = PLATFORM_COLUMNS.find(([h]) => h === cellText(cell.value));
    if (found) headers.set(col, found[1]);
  });
  if (![...headers.values()].includes('platformRef'))
    throw new PlatformFileError(msg.platformHeadersMissing());
  const records: RawRecord[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: RawRecord['values'] = {};
    let attachments: PlatformAttachment[] = [];
    for (const [col, path] of headers) {
      const t = cellText(row.getCell(col).value);
      if (!t) continue;
      if (path === 'attachments') attachments = parseAttachments(t);
      else values[path] = t;
    }
    if (Object.keys(values).length || attachments.length)
      records.push({ row: number, values, attachments });
  });
  return records;
}

function valueAt(record: PlatformRecord, path: ColumnPath): string {
  if (path === 'attachments') return attachmentsCell(record.attachments);
  const [head, tail] = path.split('.') as [keyof PlatformRecord, string | undefined];
  const holder = record[head] as unknown;
  const value = tail ? ((holder ?? {}) as Record<string, unknown>)[tail] : holder;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

export function jsonFile(records: readonly PlatformRecord[], exportedAt: Date): Buffer {
  const file: PlatformFile = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: formatChinaDateTime(exportedAt),
    records: [...records],
  };
  return Buffer.from(JSON.stringify(file, null, 2), 'utf8');
}

export async function xlsxFile(records: readonly PlatformRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.addRow(PLATFORM_COLUMNS.map(([h]) => h));
  sheet.getRow(1).font = { bold: true };
  for (const record of records)
    sheet.addRow(PLATFORM_COLUMNS.map(([, path]) => valueAt(record, path)));
  // Every cell is text: references, credit codes and amounts keep their digits as written.
  sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
