// The statutory payment due date (2020 arts. 8–9, 2025 arts. 9–10): when the term starts and how
// long it runs, by buyer kind. Day counting follows 民法典 art. 201 (the starting day is not
// counted) and art. 203 (a last day that is a rest day moves to the next working day).
import { addDays } from '@arrears-hub/protocol/calendar-date';
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { arrearsMessages as msg } from '../messages.js';
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
  /** Why: a catalogue message (stored with the debt in Chinese, see dueDateColumns). */
  basis: Message;
}

export const AGENCY_DEFAULT_DAYS = 30;
export const AGENCY_MAX_DAYS = 60;
export const LARGE_ENTERPRISE_DEFAULT_DAYS_2025 = 60;

/** A reference to an article of the regulation in force: `[article, paragraph?]` in each. */
type ArticleOf = (a2020: ArticleRef, a2025: ArticleRef) => Message;
type ArticleRef = readonly [number, number?];

function termStart(
  terms: PaymentTerms,
  art: ArticleOf,
  asOf: string,
): { start: string | null; why: Message; from: Message } {
  const said = (article: Message, from: Message) => ({
    why: msg.articleSays({ article, text: from }),
    from,
  });
  if (terms.settlementConfirmedOn) {
    return {
      start: terms.settlementConfirmedOn,
      ...said(art([8, 3], [9, 4]), msg.fromSettlement({ day: terms.settlementConfirmedOn })),
    };
  }
  if (terms.paymentOnAcceptance) {
    const deadline = terms.agreedAcceptanceDeadline;
    if (terms.acceptedOn && (!deadline || terms.acceptedOn <= deadline)) {
      return {
        start: terms.acceptedOn,
        ...said(art([9], [10]), msg.fromAcceptance({ day: terms.acceptedOn })),
      };
    }
    if (deadline && (terms.acceptedOn ? terms.acceptedOn > deadline : deadline < asOf)) {
      return {
        start: deadline,
        ...said(art([9], [10]), msg.fromAcceptanceDeadline({ day: deadline })),
      };
    }
    return { start: null, ...said(art([9], [10]), msg.awaitingAcceptance()) };
  }
  if (terms.deliveredOn)
    return {
      start: terms.deliveredOn,
      ...said(art([8], [9]), msg.fromDelivery({ day: terms.deliveredOn })),
    };
  return { start: null, why: msg.noDeliveryDate(), from: msg.noDeliveryDate() };
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
  const art: ArticleOf = (a2020, a2025) => {
    const [article, para] = regime === Regime.R2025 ? a2025 : a2020;
    return msg.article({ year, art: article, para });
  };
  const prefix = beforeRegulation ? msg.signedBeforeRegulation() : null;
  const none = (basis: Message, startOn: string | null = null): DueDate => ({
    dueOn: null,
    startOn,
    termDays: null,
    regime,
    basis: msg.withPrefix({ prefix, text: basis }),
  });

  if (terms.buyer === 'NOT_COVERED') return none(msg.buyerNotCovered());
  const { start, why, from } = termStart(terms, art, options.asOf);
  if (!start) return none(msg.noDueDateYet({ why }));

  let termDays: number;
  let termWhy: Message;
  if (terms.buyer === 'AGENCY' || terms.buyer === 'PUBLIC_INSTITUTION') {
    const agreed = terms.agreedTermDays ?? null;
    const article = art([8, 1], [9, 1]);
    termDays = agreed === null ? AGENCY_DEFAULT_DAYS : Math.min(agreed, AGENCY_MAX_DAYS);
    termWhy =
      agreed === null
        ? msg.termDefaultDays({ article, days: AGENCY_DEFAULT_DAYS })
        : agreed > AGENCY_MAX_DAYS
          ? msg.termCapped({ article, agreed, cap: AGENCY_MAX_DAYS })
          : msg.termAgreedDays({ article, days: agreed });
  } else if (regime === Regime.R2025) {
    const article = msg.article({ year: '2025', art: 9, para: 2 });
    termDays = terms.agreedTermDays ?? LARGE_ENTERPRISE_DEFAULT_DAYS_2025;
    termWhy = terms.agreedTermDays
      ? msg.termAgreedDays({ article, days: termDays })
      : msg.termDefaultDays({ article, days: LARGE_ENTERPRISE_DEFAULT_DAYS_2025 });
  } else if (terms.agreedTermDays) {
    termDays = terms.agreedTermDays;
    termWhy = msg.termAgreedDays({
      article: msg.article({ year: '2020', art: 8, para: 2 }),
      days: termDays,
    });
  } else {
    return none(msg.noDefaultTerm2020(), start);
  }

  let dueOn = addDays(start, termDays);
  let rolled: Message | null = null;
  if (options.isRestDay) {
    const original = dueOn;
    while (options.isRestDay(dueOn)) dueOn = addDays(dueOn, 1);
    if (dueOn !== original) rolled = msg.restDayMoved({ original, dueOn });
  }
  return {
    dueOn,
    startOn: start,
    termDays,
    regime,
    basis: msg.statutoryDueBasis({ prefix, term: termWhy, from, rolled }),
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
  why: Message,
): DueDate {
  const { regime } = regimeFor(terms.contractSignedOn);
  const { start, from } = termStart(terms, () => msg.article({ year: '', art: 0 }), options.asOf);
  if (!start || !terms.agreedTermDays)
    return {
      dueOn: null,
      startOn: start,
      termDays: null,
      regime,
      basis: msg.contractualNoDueDate({ why, from: start ? null : from }),
    };
  let dueOn = addDays(start, terms.agreedTermDays);
  let rolled: Message | null = null;
  if (options.isRestDay) {
    const original = dueOn;
    while (options.isRestDay(dueOn)) dueOn = addDays(dueOn, 1);
    if (dueOn !== original) rolled = msg.restDayMoved({ original, dueOn });
  }
  return {
    dueOn,
    startOn: start,
    termDays: terms.agreedTermDays,
    regime,
    basis: msg.contractualDueBasis({ why, days: terms.agreedTermDays, from, rolled }),
  };
}
