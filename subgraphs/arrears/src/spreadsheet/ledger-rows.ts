// One row of the ledger spreadsheet checked: its cells (required, dates, money, credit code, the
// debtor's and creditor's names) and then the same registration rules as registerArrear, every
// problem of the row at once, each with its column.
import {
  checkCreditCode,
  compareMoney,
  parseCalendarDate,
  parseMoney,
  subtractMoney,
  type DirectoryUnit,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { ArrearSource, ContractSubject } from '../ledger/arrear.enums.js';
import { registrationProblems } from '../ledger/arrear.validation.js';
import {
  CREDITOR_KINDS,
  normalizeRegistration,
  type CheckedRegistration,
  type Registration,
} from '../ledger/registration.js';
import { headerOf, LEDGER_COLUMNS, SIZES, SUBJECTS, type LedgerField } from './ledger-columns.js';
import type { ParsedRow, RowError } from './ledger-sheet.js';

export interface PreparedRow {
  row: number;
  input: Registration;
  checked: CheckedRegistration;
  /** The creditor as the registry knows it (its size facts decide the size at signing). */
  creditor: DirectoryUnit;
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
  projectName: 'projectName',
  migrantWagesAmount: 'migrantWages',
  creditorSizeAtSigning: 'creditorSizeAtSigning',
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
    if (!code.ok) fail('creditorCreditCode', `统一社会信用代码有误（${code.reason}）`);
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
    if (!result.ok) fail(key, `日期有误，请写作 YYYY-MM-DD（${result.reason}）`);
    return result.ok ? result.value : null;
  };
  const amount = (key: LedgerField) => {
    if (!v[key]) return null;
    const result = parseMoney(v[key]!.replace(/[,，\s]/g, ''));
    if (!result.ok) fail(key, `金额有误，以元为单位、最多两位小数（${result.reason}）`);
    return result.ok ? result.value : null;
  };
  const signedOn = date('contractSignedOn');
  const deliveredOn = date('deliveredOn');
  const amountDue = amount('amountDue');
  const paid = amount('paid') ?? '0.00';
  const outstanding = amount('outstanding');
  const migrantWages = amount('migrantWages');
  const subject = v.subject ? SUBJECTS[v.subject] : undefined;
  if (v.subject && !subject) fail('subject', '请填写“货物”“工程”或“服务”。');
  if (v.disputed && ![...YES, ...NO].includes(v.disputed)) fail('disputed', '请填写“是”或“否”。');
  const size = v.creditorSizeAtSigning ? SIZES[v.creditorSizeAtSigning] : undefined;
  if (v.creditorSizeAtSigning && !size)
    fail('creditorSizeAtSigning', '请填写“大型”“中型”“小型”或“微型”，不清楚可留空。');
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
    migrantWagesAmount: migrantWages,
    deliveredOn,
    creditorSizeAtSigning: size ?? null,
    cause: [v.cause, v.plan ? `还款计划：${v.plan}` : ''].filter(Boolean).join('；') || null,
    projectName: v.projectName || null,
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
  return { row: parsed.row, input, checked: normalizeRegistration(input), creditor };
}
