// Every rule a new ledger line must satisfy, and the checks of the workflow steps that need only
// their input: each returns problems keyed by the domain field (the resolver prefixes "input."; the
// spreadsheet import maps them to its columns), so every broken rule is reported at once.
import {
  checkNotFuture,
  checkText,
  compareMoney,
  isUuid,
  Problems,
  type DirectoryUnit,
  type Message,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { arrearsMessages as msg } from '../messages.js';
import { termsProblems } from './contract-terms.validation.js';
import { CREDITOR_KINDS, DEBTOR_KINDS, type Registration } from './registration.js';

export function registrationProblems(r: Registration): Problem[] {
  const p = new Problems();
  const ids = [
    ['debtorId', r.debtorId, msg.nounUnit()],
    ['creditorId', r.creditorId, msg.nounUnit()],
    ['projectId', r.projectId, msg.nounProject()],
  ] as const;
  for (const [field, id, what] of ids) {
    if (id !== null && id !== undefined && !isUuid(id)) p.add(field, msg.notAnId({ id, what }));
  }
  if (r.debtorId === r.creditorId) p.add('creditorId', msg.debtorIsCreditor());
  checkText(p, r.contractNo, 'contractNo', {
    required: true,
    min: 1,
    max: 100,
    identifier: true,
    message: msg.contractNoRequired(),
  });
  checkNotFuture(p, r.contractSignedOn, 'contractSignedOn', msg.signedInFuture());
  checkNotFuture(p, r.deliveredOn, 'deliveredOn', msg.deliveredInFuture());
  checkNotFuture(p, r.acceptedOn, 'acceptedOn', msg.acceptedInFuture());
  if (r.acceptedOn && r.deliveredOn && r.acceptedOn < r.deliveredOn)
    p.add('acceptedOn', msg.acceptedBeforeDelivery());
  const positive = p.check(
    compareMoney(r.amountDue, '0') > 0,
    'amountDue',
    msg.amountDueNotPositive(),
  );
  const paid = r.paidSoFar ?? '0.00';
  if (positive && compareMoney(paid, r.amountDue) > 0)
    p.add('paidSoFar', msg.paidOverDue({ paid, amountDue: r.amountDue }));
  if (positive && compareMoney(r.migrantWagesAmount ?? '0.00', r.amountDue) > 0)
    p.add('migrantWagesAmount', msg.wagesOverDue());
  checkText(p, r.cause, 'cause', { max: 1000 });
  p.check(
    !r.creditorSizeAtSigning || DECLARABLE_SIZES.has(r.creditorSizeAtSigning),
    'creditorSizeAtSigning',
    msg.sizeNotDeclarable(),
  );
  checkText(p, r.projectName, 'projectName', { max: 200 });
  p.merge(termsProblems(r.terms), 'terms');
  return p.list;
}

/** What may be declared as the creditor's size at signing (UNKNOWN is what the hub records when
 * nothing is known, never a declaration). */
const DECLARABLE_SIZES: ReadonlySet<string> = new Set(['LARGE', 'MEDIUM', 'SMALL', 'MICRO']);

/** Only agencies, institutions, state-owned and large enterprises keep a ledger of what they owe. */
export function debtorKindProblems(debtor: DirectoryUnit, field: string): Problem[] {
  if (DEBTOR_KINDS.has(debtor.kind)) return [];
  return new Problems().add(field, msg.notALedgerDebtor({ name: debtor.name, kind: debtor.kind }))
    .list;
}

/** Debtor and creditor must be registered units of the right kinds (the organisations registry). */
export function partyProblems(
  r: Pick<Registration, 'debtorId' | 'creditorId'>,
  units: ReadonlyMap<string, DirectoryUnit>,
): Problem[] {
  const p = new Problems();
  const debtor = units.get(r.debtorId);
  const creditor = units.get(r.creditorId);
  if (!debtor) p.add('debtorId', msg.noSuchDebtorUnit({ id: r.debtorId }));
  else p.merge(debtorKindProblems(debtor, 'debtorId'));
  if (!creditor) p.add('creditorId', msg.noSuchCreditorUnit({ id: r.creditorId }));
  else if (!CREDITOR_KINDS.has(creditor.kind))
    p.add('creditorId', msg.creditorNotEnterprise({ name: creditor.name, kind: creditor.kind }));
  return p.list;
}

export interface Verification {
  confirmedAmount?: string | null;
  verifiedOn: string;
  evidence: string;
}

export function verificationProblems(v: Verification): Problem[] {
  const p = new Problems();
  checkText(p, v.evidence, 'evidence', {
    required: true,
    message: msg.verificationEvidenceRequired(),
  });
  checkNotFuture(p, v.verifiedOn, 'verifiedOn', msg.verifiedInFuture());
  if (v.confirmedAmount)
    p.check(
      compareMoney(v.confirmedAmount, '0') > 0,
      'confirmedAmount',
      msg.verifiedAmountNotPositive(),
    );
  return p.list;
}

/** The checks of a verification against the debt as it stands (under the row lock). */
export function verificationAgainstDebt(
  v: Verification,
  debt: { paid: string; migrantWagesAmount: string; contractSignedOn: string },
): Problem[] {
  const p = new Problems();
  if (v.confirmedAmount) {
    p.check(
      compareMoney(v.confirmedAmount, debt.paid) >= 0,
      'confirmedAmount',
      msg.verifiedBelowPaid({ paid: debt.paid }),
    );
    p.check(
      compareMoney(v.confirmedAmount, debt.migrantWagesAmount) >= 0,
      'confirmedAmount',
      msg.verifiedBelowWages(),
    );
  }
  p.check(v.verifiedOn >= debt.contractSignedOn, 'verifiedOn', msg.verifiedBeforeContract());
  return p.list;
}

/** A reason a step needs (a dispute, a withdrawal, a court reference). */
export function reasonProblems(
  reason: string,
  field: string,
  message: Message,
  max = 2000,
): Problem[] {
  const p = new Problems();
  checkText(p, reason, field, { required: true, max, message });
  return p.list;
}

export interface TermsCorrection {
  deliveredOn?: string | null;
  acceptedOn?: string | null;
  terms: Parameters<typeof termsProblems>[0];
}

export function termsCorrectionProblems(c: TermsCorrection): Problem[] {
  const p = new Problems();
  p.merge(termsProblems(c.terms), 'terms');
  checkNotFuture(p, c.deliveredOn, 'deliveredOn', msg.deliveredInFuture());
  checkNotFuture(p, c.acceptedOn, 'acceptedOn', msg.acceptedInFuture());
  return p.list;
}
