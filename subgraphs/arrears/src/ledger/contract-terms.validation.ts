// The contract terms a clerk records: each broken rule is a problem keyed by its field, so a form
// shows them all at once (docs/domain/regulation.md says what each term decides).
import { Problems, type Problem } from '@arrears-hub/subgraph-kit';
import type { ContractTermsData } from '../rules/contract-terms.js';
import { parsePercent } from '../rules/interest.js';
import { arrearsMessages as msg } from '../messages.js';

export function termsProblems(terms: ContractTermsData | null | undefined): Problem[] {
  const p = new Problems();
  if (!terms) return p.list;
  const days = terms.agreedTermDays;
  if (days !== null && days !== undefined)
    p.check(
      Number.isInteger(days) && days >= 0 && days <= 3650,
      'agreedTermDays',
      msg.agreedTermOutOfRange(),
    );
  for (const key of ['agreedAnnualRate', 'lprAtSigning'] as const) {
    const value = terms[key];
    if (value === null || value === undefined) continue;
    let ok: boolean;
    try {
      ok = parsePercent(value) <= 1_000_000n;
    } catch {
      ok = false;
    }
    p.check(ok, key, msg.notARate({ value }));
  }
  p.check(
    !terms.agreedAcceptanceDeadline || !!terms.paymentOnAcceptance,
    'paymentOnAcceptance',
    msg.acceptanceDeadlineWithoutAcceptance(),
  );
  return p.list;
}

/** The terms as stored (a plain copy without GraphQL's prototype). Call after termsProblems. */
export function cleanTerms(terms: ContractTermsData | null | undefined): ContractTermsData | null {
  if (!terms) return null;
  return JSON.parse(JSON.stringify(terms)) as ContractTermsData;
}
