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
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { restDaysSpanning } from '../calendar/working-days.js';
import { chainOfPath } from '../region-settings/region-layers.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { factsOf, ledgerLineData } from '../ledger/registration.js';
import { dueDateColumns } from '../ledger/statutory-terms.js';
import { headerOf } from './ledger-columns.js';
import { prepareRow, type PreparedRow } from './ledger-rows.js';
import { readLedger, type ImportOutcome, type RowError } from './ledger-sheet.js';

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
          message: `台账中已有此合同（应付 ${already.amountDue}，已付 ${already.paid}），未按文件修改：核实、付款请在枢纽中办理。`,
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
