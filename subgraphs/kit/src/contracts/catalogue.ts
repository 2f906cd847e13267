// Every internal contract of the hub, declared once: what each route takes and answers. The owner
// serves it with `serveContract(CONTRACT, handler)`, callers use `callContract(ctx, CONTRACT, q)`;
// neither side restates a type. schema/contracts.yaml, the registry of who calls whom, is written
// from these declarations by scripts/compose.ts (npm run schema) and checked by schema:check.
import { isUuid, parseCalendarDate, parseMoney } from '@arrears-hub/protocol';
import { ContractQueryError, defineContract } from './contract.js';

/** What every subgraph may know about any unit (the registry is public to signed-in viewers). */
export interface DirectoryUnit {
  id: string;
  name: string;
  kind: string;
  status: string;
  regionCode: string;
  /** "/150000/150600/150621/": a region subtree is a prefix. */
  regionPath: string;
  parentId: string | null;
  supervisorId: string | null;
  sizeClass: string | null;
  /** The date the size facts describe ("YYYY-MM-DD"): the ledger judges a creditor's size at
   * contract signing by it (2025 art. 3). */
  sizeFactsAsOf: string | null;
  creditCode: string | null;
}

export interface DirectoryRegion {
  code: string;
  name: string;
  parentCode: string | null;
  /** "/150000/150600/150621/". */
  path: string;
}

export const UNIT_DIRECTORY = defineContract<{ ids: 'uuids' }, DirectoryUnit[]>({
  name: 'unitDirectory',
  owner: 'organisations',
  callers: 'every-subgraph',
  path: '/internal/units',
  params: { ids: 'uuids' },
  scope: 'service',
  chunk: { param: 'ids', size: 500 },
  description:
    'Units by id (no ids: every unit): kind, region, parent, supervisor, size, credit code.',
});

export const REGION_DIRECTORY = defineContract<Record<string, never>, DirectoryRegion[]>({
  name: 'regionDirectory',
  owner: 'organisations',
  callers: 'every-subgraph',
  path: '/internal/regions',
  params: {},
  scope: 'service',
  description: 'Every region with its path in the region tree.',
});

export interface WorkingGroupUnits {
  id: string;
  name: string;
  /** Member units and aggregating units (汇总单位), as the group's ledger gathers them. */
  unitIds: string[];
}

export const WORKING_GROUP_UNITS = defineContract<{ id: 'uuid' }, WorkingGroupUnits | null>({
  name: 'workingGroupUnits',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/working-group-units',
  params: { id: 'uuid' },
  scope: 'person',
  description: 'A working group’s member and aggregating units; null when there is no such group.',
});

/** What another bureau checks about a debt before acting on it. */
export interface ArrearFacts {
  id: string;
  debtorId: string;
  creditorId: string;
  status: string;
  outstanding: string;
  /** What may be paid now: the undisputed outstanding (2025 art. 15), 0 when nothing is payable. */
  payable: string;
}

export const ARREAR_FACTS = defineContract<{ ids: 'uuids' }, ArrearFacts[]>({
  name: 'arrearFacts',
  owner: 'arrears',
  callers: ['finance', 'supervision'],
  path: '/internal/arrears',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Debts by id, only those within the person’s jurisdiction.',
});

/** 2025 art. 18: a unit's overdue unpaid contracts at the end of a year. */
export interface DisclosureFigures {
  unitId: string;
  year: number;
  overdueContracts: number;
  overdueAmount: string;
}

export const DISCLOSURE_FIGURES = defineContract<
  { units: 'uuids'; year: 'int' },
  DisclosureFigures[]
>({
  name: 'disclosureFigures',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/disclosure-figures',
  params: { units: 'uuids', year: 'int' },
  scope: 'person',
  chunk: { param: 'units', size: 200 },
  description:
    'Overdue unpaid contracts per unit at 31 December of the year (units in jurisdiction).',
});

/** The ledger's part of the annual assessment (docs/domain/assessment.md). */
export interface AssessmentFigures {
  unitId: string;
  year: number;
  clueClosureRate: number | null;
  zeroingRate: number | null;
  ledgerTimeliness: number | null;
}

export const ASSESSMENT_FIGURES = defineContract<
  { units: 'uuids'; year: 'int' },
  AssessmentFigures[]
>({
  name: 'assessmentFigures',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/assessment-figures',
  params: { units: 'uuids', year: 'int' },
  scope: 'person',
  chunk: { param: 'units', size: 200 },
  description:
    'Clue closure, zeroing and ledger timeliness per unit for a year (units in jurisdiction).',
});

/** A disbursement (finance) to be recorded as a payment on the ledger (arrears). */
export interface DisbursementPosting {
  /** Finance's disbursement id: the payment is recorded once per disbursement, however often sent. */
  disbursementId: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  voucherNo: string | null;
}

export interface PostedDisbursement {
  paymentId: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  /** The debt's outstanding once the payment is recorded. */
  outstanding: string;
  /** false when the payment was already on the ledger (a replay): nothing was written. */
  recorded: boolean;
}

function field(raw: Record<string, unknown>, key: string): unknown {
  if (!(key in raw)) throw new ContractQueryError(`missing ${key}`);
  return raw[key];
}

/** The owner's check of a posting: ids, exact money, calendar dates; anything else is refused. */
export function decodeDisbursementPosting(raw: unknown): DisbursementPosting {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ContractQueryError('the body is not an object');
  const body = raw as Record<string, unknown>;
  const id = (key: string) => {
    const value = field(body, key);
    if (typeof value !== 'string' || !isUuid(value))
      throw new ContractQueryError(`${key}: not an id`);
    return value;
  };
  const amount = parseMoney(field(body, 'amount'));
  if (!amount.ok) throw new ContractQueryError(`amount: ${amount.reason}`);
  if (amount.value === '0.00') throw new ContractQueryError('amount: must be more than zero');
  const paidOn = parseCalendarDate(field(body, 'paidOn'));
  if (!paidOn.ok) throw new ContractQueryError(`paidOn: ${paidOn.reason}`);
  const voucherNo = body.voucherNo ?? null;
  if (voucherNo !== null && (typeof voucherNo !== 'string' || voucherNo.length > 100))
    throw new ContractQueryError('voucherNo: not a voucher number');
  return {
    disbursementId: id('disbursementId'),
    arrearId: id('arrearId'),
    amount: amount.value,
    paidOn: paidOn.value,
    voucherNo,
  };
}

export const POST_DISBURSEMENT = defineContract<
  Record<string, never>,
  PostedDisbursement,
  DisbursementPosting
>({
  name: 'postDisbursement',
  owner: 'arrears',
  callers: ['finance'],
  path: '/internal/disbursement-payments',
  method: 'POST',
  params: {},
  body: decodeDisbursementPosting,
  scope: 'person',
  description:
    'Records a disbursement as a payment on the debt, for the person (their jurisdiction), idempotent on the disbursement id; refusals are coded.',
});

/** A payment on the ledger as the finance bureau reconciles it with its disbursements. */
export interface LedgerPaymentFacts {
  id: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  /** The disbursement the payment records; null for a payment the unit recorded itself. */
  disbursementId: string | null;
  recordedBy: string;
}

export const LEDGER_PAYMENTS = defineContract<{ debts: 'uuids' }, LedgerPaymentFacts[]>({
  name: 'ledgerPayments',
  owner: 'arrears',
  callers: ['finance'],
  path: '/internal/ledger-payments',
  params: { debts: 'uuids' },
  scope: 'person',
  chunk: { param: 'debts', size: 200 },
  description:
    'Payments on the given debts; with no debts, every payment that records a disbursement (within the person’s jurisdiction).',
});

/** How fast a debtor (or the debtors of a region) paid in a half-year, after the UK and Australian
 * payment-practice registers (docs/domain/payment-statistics.md). Shares are 0..1, 4 decimals. */
export interface PaymentPerformanceFigures {
  /** The debtor unit; null for a region's figures. */
  unitId: string | null;
  regionCode: string;
  /** "2026-H1" or "2026-H2". */
  half: string;
  payments: number;
  paidAmount: string;
  averageDays: number | null;
  medianDays: number | null;
  within30: number | null;
  within30Value: number | null;
  days31To60: number | null;
  days31To60Value: number | null;
  over60: number | null;
  over60Value: number | null;
  paidLate: number | null;
  paidLateValue: number | null;
  inDispute: number | null;
  /** Debts past their due date and still unpaid at the end of the half. */
  overdueUnpaidCount: number;
  overdueUnpaidAmount: string;
}

export interface PaymentPerformanceSet {
  region: PaymentPerformanceFigures;
  units: PaymentPerformanceFigures[];
}

export const PAYMENT_PERFORMANCE = defineContract<
  { region: 'string'; half: 'string' },
  PaymentPerformanceSet
>({
  name: 'paymentPerformance',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/payment-performance',
  params: { region: 'string', half: 'string' },
  scope: 'person',
  description:
    'Days to pay, bands, late and disputed shares for a region and each of its debtor units in a half-year (debts in jurisdiction).',
});

export const CONTRACTS = [
  UNIT_DIRECTORY,
  REGION_DIRECTORY,
  WORKING_GROUP_UNITS,
  ARREAR_FACTS,
  DISCLOSURE_FIGURES,
  ASSESSMENT_FIGURES,
  POST_DISBURSEMENT,
  LEDGER_PAYMENTS,
  PAYMENT_PERFORMANCE,
] as const;
