// The statutory payment due date (2020 arts. 8–9, 2025 arts. 9–10): when the term starts and how
// long it runs, by buyer kind. Day counting follows 民法典 art. 201 (the starting day is not
// counted) and art. 203 (a last day that is a rest day moves to the next working day).
import { addDays } from '@arrears-hub/protocol/calendar-date';
import { label, regimeFor, Regime } from './regime.js';

/** Agencies and public institutions share the agency rule (2025 art. 36: bodies funded by fiscal funds too). */
export type BuyerKind = 'AGENCY' | 'PUBLIC_INSTITUTION' | 'LARGE_ENTERPRISE' | 'NOT_COVERED';

/** The organisations subgraph's kind → the regulation's buyer kind. */
export function buyerKindOf(organisationKind: string | null | undefined): BuyerKind {
  switch (organisationKind) {
    case 'PUBLIC_INSTITUTION':
      return 'PUBLIC_INSTITUTION';
    case 'STATE_OWNED_ENTERPRISE':
    case 'LARGE_ENTERPRISE':
      return 'LARGE_ENTERPRISE';
    case 'GOVERNMENT_DEPARTMENT':
    case 'TOWN_GOVERNMENT':
    case 'SUBDISTRICT_OFFICE':
    case 'DEVELOPMENT_ZONE_COMMITTEE':
    case 'OTHER':
      return 'AGENCY';
    default:
      return 'NOT_COVERED';
  }
}

export interface PaymentTerms {
  buyer: BuyerKind;
  contractSignedOn: string;
  deliveredOn?: string | null;
  /** Payment depends on inspection/acceptance (检验验收). */
  paymentOnAcceptance?: boolean | null;
  acceptedOn?: string | null;
  /** The acceptance period the contract set; if the buyer lets it pass, the term runs from its end. */
  agreedAcceptanceDeadline?: string | null;
  /** Progress or periodic settlement: the day both sides confirmed the settlement amount. */
  settlementConfirmedOn?: string | null;
  /** The payment term the contract agreed, in days. */
  agreedTermDays?: number | null;
}

export interface DueDate {
  dueOn: string | null;
  startOn: string | null;
  termDays: number | null;
  regime: Regime;
  basis: string;
}

export const AGENCY_DEFAULT_DAYS = 30;
export const AGENCY_MAX_DAYS = 60;
export const LARGE_ENTERPRISE_DEFAULT_DAYS_2025 = 60;

function termStart(
  terms: PaymentTerms,
  art: (a2020: string, a2025: string) => string,
  asOf: string,
): { start: string | null; why: string } {
  if (terms.settlementConfirmedOn) {
    return {
      start: terms.settlementConfirmedOn,
      why: `${art('art. 8¶3', 'art. 9¶4')}: from the confirmed settlement ${terms.settlementConfirmedOn}`,
    };
  }
  if (terms.paymentOnAcceptance) {
    const deadline = terms.agreedAcceptanceDeadline;
    if (terms.acceptedOn && (!deadline || terms.acceptedOn <= deadline)) {
      return {
        start: terms.acceptedOn,
        why: `${art('art. 9', 'art. 10')}: from acceptance ${terms.acceptedOn}`,
      };
    }
    if (deadline && (terms.acceptedOn ? terms.acceptedOn > deadline : deadline < asOf)) {
      return {
        start: deadline,
        why: `${art('art. 9', 'art. 10')}: the buyer let the agreed acceptance period end on ${deadline}; the term runs from then`,
      };
    }
    return {
      start: null,
      why: `${art('art. 9', 'art. 10')}: payment waits for acceptance, which has not happened and has no agreed deadline`,
    };
  }
  if (terms.deliveredOn)
    return {
      start: terms.deliveredOn,
      why: `${art('art. 8', 'art. 9')}: from delivery ${terms.deliveredOn}`,
    };
  return { start: null, why: 'no delivery date is recorded' };
}

/**
 * The due date, or null with the reason when none can be set (no delivery yet, a 2020 large-
 * enterprise contract without an agreed term, a buyer the regulation does not cover).
 */
export function statutoryDueDate(
  terms: PaymentTerms,
  options: { asOf: string; isRestDay?: (day: string) => boolean },
): DueDate {
  const { regime, beforeRegulation } = regimeFor(terms.contractSignedOn);
  const year = label(regime);
  const art = (a2020: string, a2025: string) =>
    `${year} ${regime === Regime.R2025 ? a2025 : a2020}`;
  const prefix = beforeRegulation
    ? 'Signed before the regulation took effect (2020-09-01); measured by the 2020 terms. '
    : '';
  const none = (basis: string, startOn: string | null = null): DueDate => ({
    dueOn: null,
    startOn,
    termDays: null,
    regime,
    basis: prefix + basis,
  });

  if (terms.buyer === 'NOT_COVERED')
    return none(
      'The regulation covers payments by agencies, public institutions and large enterprises only (art. 2).',
    );
  const { start, why } = termStart(terms, art, options.asOf);
  if (!start) return none(`No due date yet: ${why}.`);

  let termDays: number;
  let termWhy: string;
  if (terms.buyer === 'AGENCY' || terms.buyer === 'PUBLIC_INSTITUTION') {
    const agreed = terms.agreedTermDays ?? null;
    termDays = agreed === null ? AGENCY_DEFAULT_DAYS : Math.min(agreed, AGENCY_MAX_DAYS);
    termWhy =
      agreed === null
        ? `${art('art. 8¶1', 'art. 9¶1')}: 30 days`
        : agreed > AGENCY_MAX_DAYS
          ? `${art('art. 8¶1', 'art. 9¶1')}: the agreed ${agreed} days exceed the 60-day cap; 60 days apply`
          : `${art('art. 8¶1', 'art. 9¶1')}: the agreed ${agreed} days`;
  } else if (regime === Regime.R2025) {
    termDays = terms.agreedTermDays ?? LARGE_ENTERPRISE_DEFAULT_DAYS_2025;
    termWhy = terms.agreedTermDays
      ? `2025 art. 9¶2: the agreed ${termDays} days`
      : '2025 art. 9¶2: 60 days';
  } else if (terms.agreedTermDays) {
    termDays = terms.agreedTermDays;
    termWhy = `2020 art. 8¶2: the agreed ${termDays} days`;
  } else {
    return none(
      '2020 art. 8¶2 sets no default term for large enterprises and no agreed term is recorded.',
      start,
    );
  }

  let dueOn = addDays(start, termDays);
  let rolled = '';
  if (options.isRestDay) {
    const original = dueOn;
    while (options.isRestDay(dueOn)) dueOn = addDays(dueOn, 1);
    if (dueOn !== original)
      rolled = `; ${original} is a rest day, so it moves to ${dueOn} (民法典 art. 203)`;
  }
  return {
    dueOn,
    startOn: start,
    termDays,
    regime,
    basis: `${prefix}${termWhy} ${why.replace(/^[^:]+: /, '')}${rolled}.`,
  };
}

/**
 * The due date of a debt the regulation does not protect (a creditor that was a large enterprise
 * at signing, 2025 arts. 2–3): the contract's own term from the same start (delivery, acceptance
 * or confirmed settlement), with rest days moved as 民法典 art. 203 says for any period; no due
 * date when the contract's term is not recorded. `why` says why the regulation does not apply.
 */
export function contractualDueDate(
  terms: PaymentTerms,
  options: { asOf: string; isRestDay?: (day: string) => boolean },
  why: string,
): DueDate {
  const { regime } = regimeFor(terms.contractSignedOn);
  const { start, why: from } = termStart(terms, () => '', options.asOf);
  const startWhy = from.replace(/^[^:]*: /, '');
  if (!start || !terms.agreedTermDays)
    return {
      dueOn: null,
      startOn: start,
      termDays: null,
      regime,
      basis: `${why}；${start ? '合同约定的付款期限未登记' : `尚无起算日（${startWhy}）`}，无到期日。`,
    };
  let dueOn = addDays(start, terms.agreedTermDays);
  let rolled = '';
  if (options.isRestDay) {
    const original = dueOn;
    while (options.isRestDay(dueOn)) dueOn = addDays(dueOn, 1);
    if (dueOn !== original)
      rolled = `；${original} 为休息日，顺延至 ${dueOn}（民法典第二百零三条）`;
  }
  return {
    dueOn,
    startOn: start,
    termDays: terms.agreedTermDays,
    regime,
    basis: `${why}的 ${terms.agreedTermDays} 天（${startWhy}）${rolled}。`,
  };
}
