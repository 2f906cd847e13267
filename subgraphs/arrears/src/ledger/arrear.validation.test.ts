import { describe, expect, it } from 'vitest';
import { ArrearSource, ContractSubject } from '../entities/enums.js';
import type { RegisterArrearInput } from './arrear.inputs.js';
import { validateRegistration } from '../workflow/registration.js';

const base: RegisterArrearInput = {
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

function fieldOf(input: Partial<RegisterArrearInput>): string | undefined {
  try {
    validateRegistration({ ...base, ...input });
    return undefined;
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
}

describe('validateRegistration', () => {
  it('trims the contract number and defaults paid to zero', () => {
    expect(validateRegistration(base)).toEqual({
      contractNo: 'HT-2024-001',
      cause: null,
      paid: '0.00',
      migrantWages: '0.00',
    });
  });

  it('names the field at fault', () => {
    expect(fieldOf({ creditorId: base.debtorId })).toBe('input.creditorId');
    expect(fieldOf({ amountDue: '0.00' })).toBe('input.amountDue');
    expect(fieldOf({ paidSoFar: '1000.01' })).toBe('input.paidSoFar');
    expect(fieldOf({ contractNo: 'x'.repeat(101) })).toBe('input.contractNo');
    expect(fieldOf({ deliveredOn: '2024-05-02', acceptedOn: '2024-05-01' })).toBe(
      'input.acceptedOn',
    );
    expect(fieldOf({ cause: '因'.repeat(1001) })).toBe('input.cause');
    expect(fieldOf({ migrantWagesAmount: '1000.01' })).toBe('input.migrantWagesAmount');
    expect(fieldOf({ paidSoFar: '1000.00' })).toBeUndefined();
  });
});
