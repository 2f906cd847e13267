// One row of the ledger spreadsheet checked: its cells (required, dates, money, credit code, the
// debtor's and creditor's names) and then the same registration rules as registerArrear, every
// problem of the row at once, each with its column.
import {
  checkCreditCode,
  compareMoney,
  subtractMoney,
  type DirectoryUnit,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { ArrearSource, ContractSubject } from '../ledger/arrear.enums.js';
import { registrationProblems } from '../ledger/arrear.validation.js';
import { parseSheetAmount, parseSheetDate, parseSheetYesNo } from '../rules/sheet-cells.js';
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
function cellOf(problem: Problem, columnName: (key: LedgerField) => string): string {
  const key = COLUMN_OF_FIELD[problem.field];
  return key ? columnName(key) : problem.field;
}

/** A row whose creditor is not in the registry but that names it well enough to register it: a
 * valid credit code and a name (the import's registerUnknownCreditors option). */
export interface UnknownCreditor {
  row: number;
  creditCode: string;
  name: string;
}

/** Checks one row; returns the registration input, or the errors with their columns. */
export function prepareRow(
  parsed: ParsedRow,
  debtor: DirectoryUnit,
  creditorsByCode: ReadonlyMap<string, DirectoryUnit>,
  unknown?: (creditor: UnknownCreditor) => void,
): PreparedRow | RowError[] {
  const v = parsed.values;
  const errors: RowError[] = [];
  const columnName = (key: LedgerField) => parsed.headers?.[key] ?? headerOf(key);
  const fail = (key: LedgerField, message: string) =>
    errors.push({ row: parsed.row, column: columnName(key), message });
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
    if (!code.ok)
      fail(
        'creditorCreditCode',
        `“${v.creditorCreditCode}”不是有效的统一社会信用代码（18 位，末位为校验码）：请核对。`,
      );
    else if (!(creditor = creditorsByCode.get(code.value))) {
      fail(
        'creditorCreditCode',
        v.creditorName
          ? `统一社会信用代码为 ${code.value} 的企业（${v.creditorName}）未在枢纽登记：请先登记该企业，或导入时选择登记未知企业。`
          : `统一社会信用代码为 ${code.value} 的企业未在枢纽登记：请先登记该企业。`,
      );
      if (v.creditorName)
        unknown?.({ row: parsed.row, creditCode: code.value, name: v.creditorName });
    } else if (!CREDITOR_KINDS.has(creditor.kind))
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
    const result = parseSheetDate(v[key]!);
    if (!result.ok) fail(key, result.message);
    return result.ok ? result.value : null;
  };
  const amount = (key: LedgerField) => {
    if (!v[key]) return null;
    const result = parseSheetAmount(v[key]!, parsed.units?.[key] ?? 'YUAN');
    if (!result.ok) fail(key, result.message);
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
  const disputed = v.disputed ? parseSheetYesNo(v.disputed) : null;
  if (disputed && !disputed.ok) fail('disputed', disputed.message);
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
    disputed: !!disputed?.ok && disputed.value,
    inJudicialProcess: false,
    source: ArrearSource.SELF_INSPECTION,
  };
  const faulty = new Set(errors.map((e) => e.column));
  for (const problem of registrationProblems(input)) {
    const column = cellOf(problem, columnName);
    if (faulty.has(column)) continue;
    faulty.add(column);
    errors.push({ row: parsed.row, column, message: problem.message });
  }
  if (errors.length || !creditor) return errors;
  return { row: parsed.row, input, checked: normalizeRegistration(input), creditor };
}
