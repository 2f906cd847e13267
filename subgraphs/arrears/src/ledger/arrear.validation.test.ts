import { describe, expect, it } from 'vitest';
import { ArrearSource, ContractSubject } from './arrear.enums.js';
import {
  partyProblems,
  registrationProblems,
  verificationAgainstDebt,
  verificationProblems,
} from './arrear.validation.js';
import { normalizeRegistration, type Registration } from './registration.js';
import type { DirectoryUnit } from '@arrears-hub/subgraph-kit';

const base: Registration = {
  debtorId: '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10',
  creditorId: '7e2d2f63-4d9f-4e1c-8b62-1c1e8f4f7b21',
  contractNo: ' HT-2024-001 ',
  contractSignedOn: '2024-03-01',
  subject: ContractSubject.WORKS,
  amountDue: '1000.00',
  disputed: false,
  inJudicialProcess: false,
  source: ArrearSource.SELF_INSPECTION,
};

const fields = (r: Partial<Registration>) =>
  registrationProblems({ ...base, ...r }).map((p) => p.field);

describe('registrationProblems', () => {
  it('finds nothing wrong with a good registration, which is normalised', () => {
    expect(registrationProblems(base)).toEqual([]);
    expect(normalizeRegistration({ ...base, contractNo: ' ＨＴ-2024-001 ' })).toEqual({
      contractNo: 'HT-2024-001',
      cause: null,
      projectName: null,
      paid: '0.00',
      migrantWages: '0.00',
    });
  });

  it('names the field at fault', () => {
    expect(fields({ creditorId: base.debtorId })).toEqual(['creditorId']);
    expect(fields({ amountDue: '0.00' })).toEqual(['amountDue']);
    expect(fields({ paidSoFar: '1000.01' })).toEqual(['paidSoFar']);
    expect(fields({ contractNo: 'x'.repeat(101) })).toEqual(['contractNo']);
    expect(fields({ contractNo: '   ' })).toEqual(['contractNo']);
    expect(fields({ deliveredOn: '2024-05-02', acceptedOn: '2024-05-01' })).toEqual(['acceptedOn']);
    expect(fields({ cause: '因'.repeat(1001) })).toEqual(['cause']);
    expect(fields({ migrantWagesAmount: '1000.01' })).toEqual(['migrantWagesAmount']);
    expect(fields({ debtorId: 'dalad.finance' })).toEqual(['debtorId']);
    expect(fields({ terms: { agreedTermDays: 4000 } })).toEqual(['terms.agreedTermDays']);
    expect(fields({ paidSoFar: '1000.00' })).toEqual([]);
  });

  it('reports every broken rule at once, each with its message in Chinese', () => {
    const problems = registrationProblems({
      ...base,
      contractNo: '',
      contractSignedOn: '2199-01-01',
      amountDue: '0.00',
      cause: 'a\u0000b',
      terms: { agreedAnnualRate: 'abc', agreedAcceptanceDeadline: '2024-05-01' },
    });
    expect(problems.map((p) => p.field)).toEqual([
      'contractNo',
      'contractSignedOn',
      'amountDue',
      'cause',
      'terms.agreedAnnualRate',
      'terms.paymentOnAcceptance',
    ]);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('partyProblems', () => {
  const unit = (id: string, kind: string): DirectoryUnit => ({
    id,
    name: kind,
    kind,
    status: 'ACTIVE',
    regionCode: '150621',
    regionPath: '/150000/150600/150621/',
    parentId: null,
    supervisorId: null,
    sizeClass: null,
    sizeFactsAsOf: null,
    creditCode: null,
  });

  it('wants a debtor that keeps a ledger and an enterprise as creditor, both registered', () => {
    const good = new Map([
      [base.debtorId, unit(base.debtorId, 'GOVERNMENT_DEPARTMENT')],
      [base.creditorId, unit(base.creditorId, 'PRIVATE_ENTERPRISE')],
    ]);
    expect(partyProblems(base, good)).toEqual([]);
    expect(partyProblems(base, new Map()).map((p) => p.field)).toEqual(['debtorId', 'creditorId']);
    const wrongKinds = new Map([
      [base.debtorId, unit(base.debtorId, 'PRIVATE_ENTERPRISE')],
      [base.creditorId, unit(base.creditorId, 'GOVERNMENT_DEPARTMENT')],
    ]);
    expect(partyProblems(base, wrongKinds).map((p) => p.field)).toEqual(['debtorId', 'creditorId']);
  });
});

describe('verification', () => {
  it('checks the input and then the debt, reporting every problem', () => {
    expect(
      verificationProblems({
        verifiedOn: '2199-01-01',
        evidence: ' ',
        confirmedAmount: '0.00',
      }).map((p) => p.field),
    ).toEqual(['evidence', 'verifiedOn', 'confirmedAmount']);
    expect(
      verificationAgainstDebt(
        { verifiedOn: '2023-01-01', evidence: '合同', confirmedAmount: '100.00' },
        { paid: '200.00', migrantWagesAmount: '150.00', contractSignedOn: '2024-01-01' },
      ).map((p) => p.field),
    ).toEqual(['confirmedAmount', 'confirmedAmount', 'verifiedOn']);
  });
});
