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
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { termsProblems } from './contract-terms.validation.js';
import { CREDITOR_KINDS, DEBTOR_KINDS, type Registration } from './registration.js';

export function registrationProblems(r: Registration): Problem[] {
  const p = new Problems();
  const ids = [
    ['debtorId', r.debtorId, '单位'],
    ['creditorId', r.creditorId, '单位'],
    ['projectId', r.projectId, '项目'],
  ] as const;
  for (const [field, id, what] of ids) {
    if (id !== null && id !== undefined && !isUuid(id))
      p.add(field, `“${id}”不是有效的${what}编号（not an id）。`);
  }
  if (r.debtorId === r.creditorId)
    p.add(
      'creditorId',
      '欠款单位与债权企业不能是同一单位（the debtor and the creditor must be different units）。',
    );
  checkText(p, r.contractNo, 'contractNo', {
    required: true,
    min: 1,
    max: 100,
    identifier: true,
    message: '合同编号不能为空（the contract number cannot be empty）。',
  });
  checkNotFuture(
    p,
    r.contractSignedOn,
    'contractSignedOn',
    '合同签订日期不能晚于今天（the contract cannot be signed in the future）。',
  );
  checkNotFuture(
    p,
    r.deliveredOn,
    'deliveredOn',
    '交付日期不能晚于今天（delivery cannot be in the future）。',
  );
  checkNotFuture(
    p,
    r.acceptedOn,
    'acceptedOn',
    '验收日期不能晚于今天（acceptance cannot be in the future）。',
  );
  if (r.acceptedOn && r.deliveredOn && r.acceptedOn < r.deliveredOn)
    p.add('acceptedOn', '验收日期不能早于交付日期（acceptance cannot come before delivery）。');
  const positive = p.check(
    compareMoney(r.amountDue, '0') > 0,
    'amountDue',
    '应付金额必须大于零（the amount due must be more than zero）。',
  );
  const paid = r.paidSoFar ?? '0.00';
  if (positive && compareMoney(paid, r.amountDue) > 0)
    p.add(
      'paidSoFar',
      `已付金额 ${paid} 超过应付金额 ${r.amountDue}（paid so far is more than the amount due）。`,
    );
  if (positive && compareMoney(r.migrantWagesAmount ?? '0.00', r.amountDue) > 0)
    p.add(
      'migrantWagesAmount',
      '农民工工资部分不能超过应付金额（the migrant workers’ wages part cannot exceed the amount due）。',
    );
  checkText(p, r.cause, 'cause', { max: 1000 });
  p.check(
    !r.creditorSizeAtSigning || DECLARABLE_SIZES.has(r.creditorSizeAtSigning),
    'creditorSizeAtSigning',
    '签订时企业规模只能申报为大型、中型、小型或微型（LARGE, MEDIUM, SMALL, MICRO）；不清楚请留空，按规模数据判断。',
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
  return [
    {
      field,
      message: `${debtor.name}（${debtor.kind}）不是台账登记的欠款主体：台账登记机关、事业单位、国有企业和大型企业的欠款（not a debtor the ledger records）。`,
    },
  ];
}

/** Debtor and creditor must be registered units of the right kinds (the organisations registry). */
export function partyProblems(
  r: Pick<Registration, 'debtorId' | 'creditorId'>,
  units: ReadonlyMap<string, DirectoryUnit>,
): Problem[] {
  const p = new Problems();
  const debtor = units.get(r.debtorId);
  const creditor = units.get(r.creditorId);
  if (!debtor)
    p.add(
      'debtorId',
      `没有编号为“${r.debtorId}”的单位：请先登记欠款单位（there is no such unit）。`,
    );
  else p.merge(debtorKindProblems(debtor, 'debtorId'));
  if (!creditor)
    p.add(
      'creditorId',
      `没有编号为“${r.creditorId}”的单位：请先登记该企业（there is no such unit）。`,
    );
  else if (!CREDITOR_KINDS.has(creditor.kind))
    p.add(
      'creditorId',
      `${creditor.name}（${creditor.kind}）不是企业，不能作为债权人（the creditor must be an enterprise）。`,
    );
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
    message: '请说明核实依据（say what the verification rests on）。',
  });
  checkNotFuture(
    p,
    v.verifiedOn,
    'verifiedOn',
    '核实日期不能晚于今天（verification cannot be dated in the future）。',
  );
  if (v.confirmedAmount)
    p.check(
      compareMoney(v.confirmedAmount, '0') > 0,
      'confirmedAmount',
      '核实金额必须大于零（the confirmed amount must be more than zero）。',
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
      `核实金额少于已付金额 ${debt.paid}（the confirmed amount is less than what was already paid）。`,
    );
    p.check(
      compareMoney(v.confirmedAmount, debt.migrantWagesAmount) >= 0,
      'confirmedAmount',
      '核实金额少于其中的农民工工资部分（the confirmed amount is less than its migrant workers’ wages part）。',
    );
  }
  p.check(
    v.verifiedOn >= debt.contractSignedOn,
    'verifiedOn',
    '核实日期不能早于合同签订日期（verification cannot predate the contract）。',
  );
  return p.list;
}

/** A reason a step needs (a dispute, a withdrawal, a court reference). */
export function reasonProblems(
  reason: string,
  field: string,
  message: string,
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
  checkNotFuture(
    p,
    c.deliveredOn,
    'deliveredOn',
    '交付日期不能晚于今天（delivery cannot be in the future）。',
  );
  checkNotFuture(
    p,
    c.acceptedOn,
    'acceptedOn',
    '验收日期不能晚于今天（acceptance cannot be in the future）。',
  );
  return p.list;
}
