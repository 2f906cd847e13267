// A new ledger line (台账): what a registration says, and the one mapping from a checked
// registration to the data of an Arrear, shared by registerArrear, clue verification and the
// spreadsheet import. No GraphQL here: the input classes satisfy these interfaces.
import type { RequiredEntityData } from '@mikro-orm/core';
import {
  compareMoney,
  nameKey,
  normalizeIdentifier,
  normalizeText,
  REPORTING_KINDS,
  type DirectoryUnit,
} from '@arrears-hub/subgraph-kit';
import type { ContractTermsData } from '../rules/contract-terms.js';
import { creditorSizeAtSigning, type CreditorSize } from '../rules/creditor-size.js';
import { ArrearSource, ArrearStatus, ContractSubject } from './arrear.enums.js';
import type { Arrear } from './arrear.entity.js';
import { cleanTerms } from './contract-terms.validation.js';

/** A debt as the debtor unit's ledger records it. */
export interface Registration {
  debtorId: string;
  creditorId: string;
  contractNo: string;
  contractSignedOn: string;
  subject: ContractSubject;
  amountDue: string;
  paidSoFar?: string | null;
  migrantWagesAmount?: string | null;
  deliveredOn?: string | null;
  acceptedOn?: string | null;
  cause?: string | null;
  projectId?: string | null;
  /** 项目名称 as the ledger line states it. */
  projectName?: string | null;
  terms?: ContractTermsData | null;
  /** The creditor's size class when the contract was signed, as declared (LARGE, MEDIUM, SMALL,
   * MICRO); without it the registry's size facts decide (rules/creditor-size.ts). */
  creditorSizeAtSigning?: string | null;
  disputed: boolean;
  inJudicialProcess: boolean;
  source: ArrearSource;
}

/** A registration's values as the ledger stores them (texts normalised, defaults filled in). */
export interface CheckedRegistration {
  contractNo: string;
  cause: string | null;
  projectName: string | null;
  paid: string;
  migrantWages: string;
}

/** Call after registrationProblems found nothing. */
export function normalizeRegistration(r: Registration): CheckedRegistration {
  return {
    contractNo: normalizeIdentifier(r.contractNo),
    cause: r.cause ? normalizeText(r.cause) || null : null,
    projectName: r.projectName ? normalizeText(r.projectName) || null : null,
    paid: r.paidSoFar ?? '0.00',
    migrantWages: r.migrantWagesAmount ?? '0.00',
  };
}

/** Who may owe in this ledger: the units that keep one (REPORTING_KINDS), large enterprises
 * (2025 art. 2) and units of other kinds (docs/domain/registry.md). */
export const DEBTOR_KINDS: ReadonlySet<string> = new Set([
  ...REPORTING_KINDS,
  'LARGE_ENTERPRISE',
  'OTHER',
]);
/** Who may be owed: enterprises of any size (the Chengqu programme counts private enterprises of
 * any size; docs/programmes.md). */
export const CREDITOR_KINDS: ReadonlySet<string> = new Set([
  'PRIVATE_ENTERPRISE',
  'LARGE_ENTERPRISE',
]);

export type LedgerLineOverrides = Partial<
  Pick<
    RequiredEntityData<Arrear>,
    'status' | 'cause' | 'disputedAmount' | 'verifiedOn' | 'verificationEvidence'
  >
>;

/**
 * The data of the Arrear for a checked registration (the caller adds the due date and creates it).
 * Status: in court, cleared when paid in full, else registered — unless `overrides` says otherwise.
 * The creditor's size at signing comes from its size facts in the registry, or the declaration.
 */
export function ledgerLineData(
  r: Registration,
  checked: CheckedRegistration,
  debtor: Pick<DirectoryUnit, 'kind' | 'regionPath'>,
  creditor: Pick<DirectoryUnit, 'kind' | 'sizeClass' | 'sizeFactsAsOf' | 'name' | 'creditCode'>,
  registeredBy: string,
  overrides: LedgerLineOverrides = {},
): RequiredEntityData<Arrear> & CreditorSize {
  const cleared = compareMoney(checked.paid, r.amountDue) === 0;
  const size = creditorSizeAtSigning({
    contractSignedOn: r.contractSignedOn,
    declared: r.creditorSizeAtSigning,
    registry: creditor,
  });
  return {
    ...size,
    debtorId: r.debtorId,
    // Where the debtor is in the region tree: its region's rollup finds the line by it.
    debtorRegionPath: debtor.regionPath,
    creditorId: r.creditorId,
    debtorKind: debtor.kind,
    // The registry's facts now, for the ledger's slices (filter by kind, search by the creditor's
    // name and code); kept in step with the registry by rollup/debtor-places.ts.
    ...ledgerPartyFacts(debtor, creditor),
    migrantWagesAmount: checked.migrantWages,
    contractNo: checked.contractNo,
    contractSignedOn: r.contractSignedOn,
    subject: r.subject,
    amountDue: r.amountDue,
    paid: checked.paid,
    deliveredOn: r.deliveredOn ?? null,
    acceptedOn: r.acceptedOn ?? null,
    cause: checked.cause,
    projectId: r.projectId ?? null,
    projectName: checked.projectName,
    disputed: r.disputed,
    inJudicialProcess: r.inJudicialProcess,
    status: r.inJudicialProcess
      ? ArrearStatus.IN_COURT
      : cleared
        ? ArrearStatus.CLEARED
        : ArrearStatus.REGISTERED,
    source: r.source,
    registeredBy,
    contractTerms: cleanTerms(r.terms),
    ...overrides,
  };
}

/** The facts of a registration the statutory due date is computed from (with the creditor's size
 * at signing, as ledgerLineData decided it). */
export function factsOf(
  r: Registration,
  debtorKind: string | null | undefined,
  size: CreditorSize,
) {
  return {
    debtorKind,
    creditorSizeAtSigning: size.creditorSizeAtSigning,
    creditorSizeSource: size.creditorSizeSource,
    creditorSizeBasis: size.creditorSizeBasis,
    contractSignedOn: r.contractSignedOn,
    deliveredOn: r.deliveredOn,
    acceptedOn: r.acceptedOn,
    contractTerms: r.terms,
  };
}

/** What a line keeps of its parties for the ledger's filters and search (the registry's now). */
export function ledgerPartyFacts(
  debtor: Pick<DirectoryUnit, 'kind'>,
  creditor: Pick<DirectoryUnit, 'name' | 'creditCode'>,
): { debtorUnitKind: string; creditorNameKey: string; creditorCreditCode: string | null } {
  return {
    debtorUnitKind: debtor.kind,
    creditorNameKey: nameKey(creditor.name),
    creditorCreditCode: creditor.creditCode ?? null,
  };
}
