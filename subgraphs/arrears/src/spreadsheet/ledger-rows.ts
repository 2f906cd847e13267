// One row of the ledger spreadsheet checked: its cells (required, dates, money, credit code, the
// debtor's and creditor's names) and then the same registration rules as registerArrear, every
// problem of the row at once, each with its column.
import {
  checkCreditCode,
  compareMoney,
  subtractMoney,
  type DirectoryUnit,
  type Problem,
  messageText,
  type Message,
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
import { arrearsMessages as msg } from '../messages.js';

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
  const fail = (key: LedgerField, message: Message | string) =>
    errors.push({ row: parsed.row, column: columnName(key), message: messageText(message) });
  for (const column of LEDGER_COLUMNS)
    if (column.required && !v[column.key]) fail(column.key, msg.cellRequired());
  if (v.debtorName && v.debtorName !== debtor.name)
    fail('debtorName', msg.rowOtherDebtor({ rowDebtor: v.debtorName, debtor: debtor.name }));
  let creditor: DirectoryUnit | undefined;
  if (v.creditorCreditCode) {
    const code = checkCreditCode(v.creditorCreditCode);
    if (!code.ok)
      fail('creditorCreditCode', msg.rowCreditCodeInvalid({ code: v.creditorCreditCode }));
    else if (!(creditor = creditorsByCode.get(code.value))) {
      fail(
        'creditorCreditCode',
        v.creditorName
          ? msg.rowCreditorUnknownNamed({ code: code.value, name: v.creditorName })
          : msg.rowCreditorUnknown({ code: code.value }),
      );
      if (v.creditorName)
        unknown?.({ row: parsed.row, creditCode: code.value, name: v.creditorName });
    } else if (!CREDITOR_KINDS.has(creditor.kind))
      fail(
        'creditorCreditCode',
        msg.rowCreditorNotPrivate({ name: creditor.name, kind: creditor.kind }),
      );
    else if (v.creditorName && v.creditorName !== creditor.name)
      fail(
        'creditorName',
        msg.rowCreditorOtherName({ registered: creditor.name, given: v.creditorName }),
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
  if (v.subject && !subject) fail('subject', msg.rowSubjectWords());
  const disputed = v.disputed ? parseSheetYesNo(v.disputed) : null;
  if (disputed && !disputed.ok) fail('disputed', disputed.message);
  const size = v.creditorSizeAtSigning ? SIZES[v.creditorSizeAtSigning] : undefined;
  if (v.creditorSizeAtSigning && !size) fail('creditorSizeAtSigning', msg.rowSizeWords());
  if (amountDue && outstanding && compareMoney(subtractMoney(amountDue, paid), outstanding) !== 0) {
    fail(
      'outstanding',
      msg.rowOutstandingMismatch({ amountDue, paid, expected: subtractMoney(amountDue, paid) }),
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
