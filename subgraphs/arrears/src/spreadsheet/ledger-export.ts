// The ledger as a spreadsheet, in the template's layout: the blank template for clerks, and the
// monthly ledger of a unit, a sector (an authority and the units it supervises) or a region, from
// the same stored figures the API returns. An exported unit ledger imports back unchanged.
import ExcelJS from 'exceljs';
import { csvDocument, todayInChina, type DirectoryUnit } from '@arrears-hub/subgraph-kit';
import { ArrearStatus, isCounted } from '../ledger/arrear.enums.js';
import type { Arrear } from '../ledger/arrear.entity.js';
import type { FrozenLine } from '../reporting/ledger-snapshot.js';
import { overdueDays } from '../rules/ageing.js';
import {
  LEDGER_COLUMNS,
  SIZE_LABELS,
  STATUS_LABELS,
  SUBJECT_LABELS,
  type LedgerField,
} from './ledger-columns.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

const DATA_SHEET = '台账';
/** Rows of the template that carry drop-down lists. */
const TEMPLATE_ROWS = 2000;

export type Row = Partial<Record<LedgerField, string | number>>;

/** 办理状态 as the sheet writes it: a line the totals leave out (withdrawn, or ever in court) says
 * so, so that the 汇总 sheet can be checked against the rows by hand. */
const statusLabel = (line: { status: string; inJudicialProcess: boolean }) => {
  const label = STATUS_LABELS[line.status] ?? line.status;
  return isCounted({ ...line, status: line.status as ArrearStatus })
    ? label
    : `${label}（不计入合计）`;
};

/** 账龄 as the sheet writes it: days past the due date on `asOf`, 0 for a cleared debt. */
const ageOf = (status: string, dueOn: string | null | undefined, asOf: string) =>
  status === ArrearStatus.CLEARED ? 0 : overdueDays(dueOn, asOf);

/** One ledger line in the template's columns, as it is today. Money stays a decimal string: Excel
 * shows it as text, exactly as stored, and the import reads it back without a float in between. */
export function ledgerRow(
  arrear: Arrear,
  units: ReadonlyMap<string, DirectoryUnit>,
  asOf = todayInChina(),
): Row {
  const creditor = units.get(arrear.creditorId);
  return {
    debtorName: units.get(arrear.debtorId)?.name ?? arrear.debtorId,
    creditorName: creditor?.name ?? arrear.creditorId,
    creditorCreditCode: creditor?.creditCode ?? '',
    contractNo: arrear.contractNo,
    contractSignedOn: arrear.contractSignedOn,
    projectName: arrear.projectName ?? '',
    creditorSizeAtSigning: SIZE_LABELS[arrear.creditorSizeAtSigning] ?? '',
    subject: SUBJECT_LABELS[arrear.subject] ?? arrear.subject,
    amountDue: arrear.amountDue,
    paid: arrear.paid,
    outstanding: arrear.outstanding,
    migrantWages: arrear.migrantWagesAmount,
    deliveredOn: arrear.deliveredOn ?? '',
    cause: arrear.cause ?? '',
    disputed: arrear.disputed ? '是' : '否',
    plan: '',
    status: statusLabel(arrear),
    statutoryDueOn: arrear.statutoryDueOn ?? '',
    ageDays: ageOf(arrear.status, arrear.statutoryDueOn, asOf),
  };
}

/** A repayment plan in one cell: revision, signing day, instalments, the last one's date. */
export function planText(plan: FrozenLine['plan']): string {
  if (!plan) return '';
  const last = plan.instalments.at(-1);
  return `第${plan.revision}版，${plan.signedOn}签订，${plan.instalments.length}期${last ? `，末期${last.dueOn}` : ''}`;
}

/** One line of a monthly report in the template's columns, as it was when submitted (账龄 as of
 * the submission). Lines frozen before the snapshot kept every column show what they kept. */
export function frozenRow(
  line: FrozenLine,
  debtorId: string,
  units: ReadonlyMap<string, DirectoryUnit>,
): Row {
  const creditor = units.get(line.creditorId);
  return {
    debtorName: units.get(debtorId)?.name ?? debtorId,
    creditorName: creditor?.name ?? line.creditorId,
    creditorCreditCode: creditor?.creditCode ?? '',
    contractNo: line.contractNo,
    contractSignedOn: line.contractSignedOn ?? '',
    projectName: line.projectName ?? '',
    subject: SUBJECT_LABELS[line.subject] ?? line.subject,
    amountDue: line.amountDue,
    paid: line.paid,
    outstanding: line.outstanding,
    migrantWages: line.migrantWagesAmount ?? '',
    deliveredOn: line.deliveredOn ?? '',
    cause: line.cause ?? '',
    disputed: line.disputed ? '是' : '否',
    plan: planText(line.plan),
    status: statusLabel(line),
    statutoryDueOn: line.statutoryDueOn ?? '',
    ageDays: line.overdueDays ?? '',
  };
}

function dataSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  LEDGER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFCE4D6' : c.exportOnly ? 'FFEDEDED' : 'FFDDEBF7' },
    };
    if (c.note) cell.note = c.note;
  });
  // Text format everywhere: codes keep leading zeros and money keeps its cents.
  for (let i = 1; i <= LEDGER_COLUMNS.length; i++) sheet.getColumn(i).numFmt = '@';
  return sheet;
}

function instructionsSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet('填表说明');
  sheet.columns = [
    { header: '列', key: 'header', width: 18 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '说明', key: 'note', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of LEDGER_COLUMNS)
    sheet.addRow({
      header: c.header,
      required: c.exportOnly ? '仅导出' : c.required ? '是' : '否',
      note: c.note ?? '',
    });
  sheet.addRow({});
  sheet.addRow({
    header: '导入规则',
    note: '第一个工作表第 1 行为表头，每行一笔欠款；同一单位、同一企业、同一合同编号只登记一次，重复导入不会重复登记。',
  });
  sheet.addRow({
    header: '',
    note: '金额以元为单位，最多两位小数，可带千位分隔符（1,234,567.89）；表头写作“应付金额（万元）”等时该列以万元填写。日期可写作 2025-08-05、2025/8/5、2025.8.5 或 2025年8月5日。文件有错误时不导入任何一行，除非选择“只导入正确的行”。',
  });
}

export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '清欠数据枢纽';
  const sheet = dataSheet(workbook);
  const subjectCol = LEDGER_COLUMNS.findIndex((c) => c.key === 'subject') + 1;
  const disputedCol = LEDGER_COLUMNS.findIndex((c) => c.key === 'disputed') + 1;
  for (let r = 2; r <= TEMPLATE_ROWS; r++) {
    sheet.getCell(r, subjectCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"货物,工程,服务"'],
    };
    sheet.getCell(r, disputedCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"是,否"'],
    };
  }
  instructionsSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface LedgerTotals {
  count: number;
  amountDue: string;
  paid: string;
  outstanding: string;
}

export async function ledgerWorkbook(
  rows: readonly Row[],
  title: string,
  totals: LedgerTotals,
  more: readonly { label: string; value: string | number }[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '清欠数据枢纽';
  const sheet = dataSheet(workbook);
  for (const row of rows) sheet.addRow(row);
  // Totals on their own sheet: the data sheet stays importable row for row.
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', key: 'label', width: 24 },
    { header: '数值', key: 'value', width: 24 },
  ];
  summary.getRow(1).font = { bold: true };
  summary.addRows([
    { label: '范围', value: title },
    { label: '计入合计的笔数', value: totals.count },
    { label: '应付金额合计（元）', value: totals.amountDue },
    { label: '已付金额合计（元）', value: totals.paid },
    { label: '欠款余额合计（元）', value: totals.outstanding },
    ...more,
  ]);
  instructionsSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV in the same columns, for those who asked for CSV. */
export function ledgerCsv(rows: readonly Row[]): Buffer {
  return Buffer.from(
    csvDocument(
      LEDGER_COLUMNS.map((c) => c.header),
      rows.map((row) => LEDGER_COLUMNS.map((c) => row[c.key])),
    ),
    'utf8',
  );
}
