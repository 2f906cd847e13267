// Whom the regulation protects: the creditor's size as at the contract's signing (2025 arts. 2–3).
import { describe, expect, it } from 'vitest';
import {
  creditorSizeAtSigning,
  notProtectedBasis,
  SizeAtSigning,
  SizeAtSigningSource,
  sizeFlagged,
  statuteApplies,
} from './creditor-size.js';
import { contractualDueDate, statutoryDueDate } from './due-date.js';

const signed = '2025-07-01';

describe('the creditor’s size at signing (2025 art. 3: 依合同订立时的企业规模类型确定)', () => {
  it('size facts dated on or before the signing decide, unflagged', () => {
    const size = creditorSizeAtSigning({
      contractSignedOn: signed,
      registry: { sizeClass: 'SMALL', sizeFactsAsOf: '2024-12-31', kind: 'PRIVATE_ENTERPRISE' },
    });
    expect(size).toMatchObject({
      creditorSizeAtSigning: 'SMALL',
      creditorSizeSource: 'SIZE_FACTS',
    });
    expect(sizeFlagged(size.creditorSizeSource)).toBe(false);
  });

  it('a firm that has grown since keeps the protection it had when it signed (art. 3)', () => {
    // Large today, but the contract was signed when it was small: declared and flagged.
    const size = creditorSizeAtSigning({
      contractSignedOn: signed,
      declared: 'SMALL',
      registry: { sizeClass: 'LARGE', sizeFactsAsOf: '2026-06-30', kind: 'PRIVATE_ENTERPRISE' },
    });
    expect(size).toMatchObject({ creditorSizeAtSigning: 'SMALL', creditorSizeSource: 'DECLARED' });
    expect(statuteApplies(size.creditorSizeAtSigning)).toBe(true);
  });

  it('a declaration against facts dated before the signing does not win; the basis says so (art. 29)', () => {
    const size = creditorSizeAtSigning({
      contractSignedOn: signed,
      declared: 'SMALL',
      registry: { sizeClass: 'LARGE', sizeFactsAsOf: '2025-01-01' },
    });
    expect(size.creditorSizeAtSigning).toBe('LARGE');
    expect(size.creditorSizeBasis).toMatch(/第二十九条/);
  });

  it('facts dated after the signing are used but flagged; a large kind without facts is large; nothing known is presumed an SME', () => {
    expect(
      creditorSizeAtSigning({
        contractSignedOn: signed,
        registry: { sizeClass: 'MEDIUM', sizeFactsAsOf: '2026-01-01' },
      }),
    ).toMatchObject({
      creditorSizeAtSigning: 'MEDIUM',
      creditorSizeSource: 'SIZE_FACTS_AFTER_SIGNING',
    });
    expect(
      creditorSizeAtSigning({ contractSignedOn: signed, registry: { kind: 'LARGE_ENTERPRISE' } }),
    ).toMatchObject({ creditorSizeAtSigning: 'LARGE', creditorSizeSource: 'ENTERPRISE_KIND' });
    const unknown = creditorSizeAtSigning({ contractSignedOn: signed });
    expect(unknown).toMatchObject({
      creditorSizeAtSigning: 'UNKNOWN',
      creditorSizeSource: 'UNKNOWN',
    });
    expect(statuteApplies(unknown.creditorSizeAtSigning)).toBe(true);
    expect(sizeFlagged(unknown.creditorSizeSource)).toBe(true);
  });

  it('a large creditor’s debt keeps the contract’s own term (no 30-day statutory term, art. 2), and says why', () => {
    const terms = { buyer: 'AGENCY' as const, contractSignedOn: signed, deliveredOn: '2025-07-02' };
    expect(statutoryDueDate(terms, { asOf: '2026-01-01' }).dueOn).toBe('2025-08-01');
    const why = notProtectedBasis({
      creditorSizeAtSigning: SizeAtSigning.LARGE,
      creditorSizeSource: SizeAtSigningSource.SIZE_FACTS,
      creditorSizeBasis: '规模数据为大型企业。',
    });
    const none = contractualDueDate(terms, { asOf: '2026-01-01' }, why);
    expect(none.dueOn).toBeNull();
    expect(none.basis.zh).toMatch(/签订合同时为大型企业（规模数据为大型企业）/);
    expect(none.basis.en).toMatch(/large enterprise when it signed.*not recorded: no due date/);
    const agreed = contractualDueDate(
      { ...terms, agreedTermDays: 90 },
      { asOf: '2026-01-01' },
      why,
    );
    expect(agreed.basis.zh).toMatch(/按合同约定的 90 天（自交付之日 2025-07-02 起算）/);
    // 90 days is beyond an agency's 60-day cap (art. 9¶1), but the cap protects SMEs only.
    expect(agreed.dueOn).toBe('2025-09-30');
  });
});
