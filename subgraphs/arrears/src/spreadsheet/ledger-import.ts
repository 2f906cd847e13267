// Ledger import: every row of a clerk's XLSX is checked with the same rules as registerArrear, and
// each problem of a row is reported at once with its row and column. A file with errors imports
// nothing unless the clerk asks for the good rows only. Idempotent on unit + creditor + contract
// number: a row already in the ledger is left as it is (changes go through the workflow, with
// their history). New lines are written with createEntities: one flush for the whole file.
import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkCreditCode,
  compareMoney,
  createEntities,
  inTransaction,
  type DirectoryUnit,
  type RegisteredCreditor,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { restDaysSpanning } from '../calendar/working-days.js';
import { chainOfPath } from '../region-settings/region-layers.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { factsOf, ledgerLineData } from '../ledger/registration.js';
import { dueDateColumns } from '../ledger/statutory-terms.js';
import { headerOf } from './ledger-columns.js';
import { prepareRow, type PreparedRow, type UnknownCreditor } from './ledger-rows.js';
import {
  readLedger,
  type ImportOutcome,
  type NewCreditor,
  type ParsedRow,
  type RowError,
} from './ledger-sheet.js';
import { arrearsMessages as msg } from '../messages.js';

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
    chainOfPath(debtor.regionPath),
  );
  const notices: RowError[] = [];
  const lines: RequiredEntityData<Arrear>[] = [];
  for (const { row, input, checked, creditor } of rows) {
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
          message: msg
            .rowAlreadyInLedger({ amountDue: already.amountDue, paid: already.paid })
            .text(),
        });
      }
      continue;
    }
    const data = ledgerLineData(input, checked, debtor, creditor, ctx.viewer.id);
    lines.push({ ...data, ...dueDateColumns(factsOf(input, debtor.kind, data), isRestDay) });
    known.set(key, { amountDue: input.amountDue, paid: checked.paid });
  }
  await createEntities(ctx, Arrear, lines, {
    em,
    action: 'IMPORT',
    reason: 'spreadsheet import',
  });
  return { imported: lines.length, unchanged: rows.length - lines.length, notices };
}

/** Where the import finds creditors, and (registerUnknownCreditors) registers new ones. */
export interface CreditorRegistry {
  byCreditCode(codes: string[]): Promise<ReadonlyMap<string, DirectoryUnit>>;
  register(debtor: DirectoryUnit, creditors: UnknownCreditor[]): Promise<RegisteredCreditor[]>;
}

export interface ImportOptions {
  goodRowsOnly: boolean;
  registerUnknownCreditors: boolean;
}

interface CheckedRows {
  good: PreparedRow[];
  errors: RowError[];
  /** Rows whose one problem is a creditor the registry lacks, named well enough to register it. */
  unknown: UnknownCreditor[];
}

/** Every row checked against the creditors known so far; every problem of every row. */
function checkRows(
  rows: readonly ParsedRow[],
  debtor: DirectoryUnit,
  creditorsByCode: ReadonlyMap<string, DirectoryUnit>,
): CheckedRows {
  const good: PreparedRow[] = [];
  const errors: RowError[] = [];
  const unknown: UnknownCreditor[] = [];
  const firstRowOf = new Map<string, number>();
  for (const parsed of rows) {
    let missing: UnknownCreditor | undefined;
    const prepared = prepareRow(parsed, debtor, creditorsByCode, (c) => (missing = c));
    if (Array.isArray(prepared)) {
      errors.push(...prepared);
      if (missing && prepared.length === 1) unknown.push(missing);
      continue;
    }
    // The same debt twice in one file is a copy-paste slip, not two debts.
    const key = `${prepared.input.creditorId}|${prepared.checked.contractNo}`;
    const first = firstRowOf.get(key);
    if (first) {
      errors.push({
        row: parsed.row,
        column: parsed.headers?.contractNo ?? headerOf('contractNo'),
        message: msg.rowDuplicate({ first }).text(),
      });
      continue;
    }
    firstRowOf.set(key, parsed.row);
    good.push(prepared);
  }
  return { good, errors, unknown };
}

/** The unknown creditors to register: one per credit code; a code the file gives two names is
 * not registered, and each of its rows says so on the name column. */
function creditorsToRegister(unknown: readonly UnknownCreditor[], rows: readonly ParsedRow[]) {
  const byCode = new Map<string, UnknownCreditor[]>();
  for (const c of unknown) byCode.set(c.creditCode, [...(byCode.get(c.creditCode) ?? []), c]);
  const register: UnknownCreditor[] = [];
  const errors: RowError[] = [];
  const nameColumn = rows[0]?.headers?.creditorName ?? headerOf('creditorName');
  for (const [code, named] of byCode) {
    const names = [...new Set(named.map((c) => c.name))];
    if (names.length === 1) register.push(named[0]!);
    else
      for (const c of named)
        errors.push({
          row: c.row,
          column: nameColumn,
          message: msg.creditCodeTwoNames({ code, names }).text(),
        });
  }
  return { register, errors };
}

const nothingWritten = (rows: number, rejected: number, errors: RowError[]): ImportOutcome => ({
  rows,
  imported: 0,
  unchanged: 0,
  rejected,
  errors,
  notices: [],
  writtenNothing: true,
  newCreditors: [],
});

/**
 * The whole import: the file read and every row checked first; with registerUnknownCreditors, the
 * creditors the registry lacks registered (organisations' REGISTER_CREDITORS) when nothing else
 * stops the import, and their rows checked again; then the rows written in one transaction.
 */
export async function importLedgerFile(
  ctx: SubgraphContext,
  debtor: DirectoryUnit,
  file: Buffer,
  registry: CreditorRegistry,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const read = await readLedger(file);
  if (read.errors.length) return nothingWritten(0, 0, read.errors);
  const codes = read.rows
    .map((r) => checkCreditCode(r.values.creditorCreditCode ?? ''))
    .flatMap((c) => (c.ok ? [c.value] : []));
  let creditorsByCode = await registry.byCreditCode([...new Set(codes)]);
  let checked = checkRows(read.rows, debtor, creditorsByCode);
  const newCreditors: NewCreditor[] = [];
  if (options.registerUnknownCreditors && checked.unknown.length) {
    const { register, errors: nameErrors } = creditorsToRegister(checked.unknown, read.rows);
    const onlyUnknown = checked.errors.length === checked.unknown.length && !nameErrors.length;
    // A file that will not be imported registers nobody: the clerk fixes it first.
    if (register.length && (onlyUnknown || options.goodRowsOnly)) {
      const registered = await registry.register(debtor, register);
      const merged = new Map(creditorsByCode);
      for (const { unit } of registered) if (unit.creditCode) merged.set(unit.creditCode, unit);
      creditorsByCode = merged;
      const rowOf = new Map(register.map((c) => [c.creditCode, c.row]));
      for (const { unit, created } of registered)
        if (created)
          newCreditors.push({
            row: rowOf.get(unit.creditCode ?? '') ?? 0,
            id: unit.id,
            name: unit.name,
            creditCode: unit.creditCode ?? '',
          });
      checked = checkRows(read.rows, debtor, creditorsByCode);
    }
    checked.errors.push(...nameErrors);
    checked.errors.sort((a, b) => a.row - b.row);
  }
  const { good, errors } = checked;
  const rejected = read.rows.length - good.length;
  if (errors.length && !options.goodRowsOnly)
    return { ...nothingWritten(read.rows.length, rejected, errors), newCreditors };
  const written = await inTransaction(ctx, (em) => writeRows(ctx, em, debtor, good));
  return {
    rows: read.rows.length,
    ...written,
    rejected,
    errors,
    writtenNothing: written.imported === 0,
    newCreditors,
  };
}
