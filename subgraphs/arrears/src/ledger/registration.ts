// A new ledger line (台账): the rules every new debt must meet and the one mapping from a
// registration to an Arrear, shared by registerArrear, clue verification and the spreadsheet import.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  compareMoney,
  isUuid,
  REPORTING_KINDS,
  todayInChina,
  unitDirectory,
  UserInputError,
  type DirectoryUnit,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArrearStatus } from '../entities/enums.js';
import type { RegisterArrearInput } from '../resolvers/arrear.inputs.js';
import { cleanTerms } from './statutory.js';

/** Every rule a new ledger line must satisfy; each failure names its field. Writes nothing. */
export function validateRegistration(input: RegisterArrearInput): {
  contractNo: string;
  cause: string | null;
  paid: string;
  migrantWages: string;
} {
  if (!isUuid(input.debtorId))
    throw new UserInputError(`"${input.debtorId}" is not a unit id.`, 'input.debtorId');
  if (!isUuid(input.creditorId))
    throw new UserInputError(`"${input.creditorId}" is not a unit id.`, 'input.creditorId');
  if (input.projectId && !isUuid(input.projectId))
    throw new UserInputError(`"${input.projectId}" is not a project id.`, 'input.projectId');
  if (input.debtorId === input.creditorId) {
    throw new UserInputError(
      'The debtor and the creditor must be different units.',
      'input.creditorId',
    );
  }
  const contractNo = input.contractNo.trim();
  if (!contractNo)
    throw new UserInputError('The contract number cannot be empty.', 'input.contractNo');
  if (contractNo.length > 100)
    throw new UserInputError(
      'The contract number has more than 100 characters.',
      'input.contractNo',
    );
  const today = todayInChina();
  if (input.contractSignedOn > today)
    throw new UserInputError(
      'The contract cannot be signed in the future.',
      'input.contractSignedOn',
    );
  if (input.deliveredOn && input.deliveredOn > today)
    throw new UserInputError('Delivery cannot be in the future.', 'input.deliveredOn');
  if (input.acceptedOn) {
    if (input.acceptedOn > today)
      throw new UserInputError('Acceptance cannot be in the future.', 'input.acceptedOn');
    if (input.deliveredOn && input.acceptedOn < input.deliveredOn) {
      throw new UserInputError('Acceptance cannot come before delivery.', 'input.acceptedOn');
    }
  }
  if (compareMoney(input.amountDue, '0') <= 0)
    throw new UserInputError('The amount due must be more than zero.', 'input.amountDue');
  const paid = input.paidSoFar ?? '0.00';
  if (compareMoney(paid, input.amountDue) > 0) {
    throw new UserInputError(
      `Paid so far (${paid}) is more than the amount due (${input.amountDue}).`,
      'input.paidSoFar',
    );
  }
  const cause = input.cause?.trim() || null;
  if (cause && cause.length > 1000)
    throw new UserInputError('The cause has more than 1000 characters.', 'input.cause');
  const migrantWages = input.migrantWagesAmount ?? '0.00';
  if (compareMoney(migrantWages, input.amountDue) > 0) {
    throw new UserInputError(
      'The migrant workers’ wages part cannot exceed the amount due.',
      'input.migrantWagesAmount',
    );
  }
  return { contractNo, cause, paid, migrantWages };
}

/** Who may owe and be owed in this ledger (2025 regulation art. 2; seed 003 counts private enterprises of any size). */
// The units that keep a ledger, plus large enterprises (2025 art. 2) and units of other kinds.
const DEBTOR_KINDS: ReadonlySet<string> = new Set([
  ...REPORTING_KINDS,
  'LARGE_ENTERPRISE',
  'OTHER',
]);
export const CREDITOR_KINDS = new Set(['PRIVATE_ENTERPRISE', 'LARGE_ENTERPRISE']);

/** Only agencies, institutions, state-owned and large enterprises keep a ledger of what they owe. */
export function checkDebtorKind(debtor: DirectoryUnit, field: string): void {
  if (!DEBTOR_KINDS.has(debtor.kind)) {
    throw new UserInputError(
      `${debtor.name} is a ${debtor.kind}: the ledger records debts of agencies, public institutions, state-owned and large enterprises.`,
      field,
    );
  }
}

/** Debtor and creditor must be registered units of the right kinds (organisations subgraph's directory). */
export async function checkParties(input: RegisterArrearInput): Promise<DirectoryUnit> {
  const units = await unitDirectory().get([input.debtorId, input.creditorId]);
  const debtor = units.get(input.debtorId);
  const creditor = units.get(input.creditorId);
  if (!debtor)
    throw new UserInputError(
      `There is no unit with id "${input.debtorId}": register the debtor first.`,
      'input.debtorId',
    );
  if (!creditor)
    throw new UserInputError(
      `There is no unit with id "${input.creditorId}": register the enterprise first.`,
      'input.creditorId',
    );
  checkDebtorKind(debtor, 'input.debtorId');
  if (!CREDITOR_KINDS.has(creditor.kind)) {
    throw new UserInputError(
      `${creditor.name} is a ${creditor.kind}: the creditor must be a private enterprise.`,
      'input.creditorId',
    );
  }
  return debtor;
}

export type CheckedRegistration = ReturnType<typeof validateRegistration>;

/** The Arrear for a checked registration (not yet flushed; the caller sets the due date). Status:
 * in court, cleared when paid in full, else registered — unless `overrides` says otherwise. */
export function createLedgerLine(
  em: EntityManager,
  input: RegisterArrearInput,
  checked: CheckedRegistration,
  debtor: DirectoryUnit,
  registeredBy: string,
  overrides: Partial<
    Pick<Arrear, 'status' | 'cause' | 'disputedAmount' | 'verifiedOn' | 'verificationEvidence'>
  > = {},
): Arrear {
  const cleared = compareMoney(checked.paid, input.amountDue) === 0;
  return em.create(Arrear, {
    id: randomUUID(),
    debtorId: input.debtorId,
    creditorId: input.creditorId,
    debtorKind: debtor.kind,
    migrantWagesAmount: checked.migrantWages,
    contractNo: checked.contractNo,
    contractSignedOn: input.contractSignedOn,
    subject: input.subject,
    amountDue: input.amountDue,
    paid: checked.paid,
    deliveredOn: input.deliveredOn ?? null,
    acceptedOn: input.acceptedOn ?? null,
    cause: checked.cause,
    projectId: input.projectId ?? null,
    disputed: input.disputed,
    inJudicialProcess: input.inJudicialProcess,
    status: input.inJudicialProcess
      ? ArrearStatus.IN_COURT
      : cleared
        ? ArrearStatus.CLEARED
        : ArrearStatus.REGISTERED,
    source: input.source,
    registeredBy,
    contractTerms: cleanTerms(input.terms, 'input.terms'),
    ...overrides,
  } as never);
}
