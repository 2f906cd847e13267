// Whom the regulation protects (2025 arts. 2–3, 2020 arts. 2–3): payments to small and medium-sized
// enterprises, the size judged **as at the contract's signing** (依合同订立时的企业规模类型确定).
// The hub records that size on the debt once, from the registry's size facts when they describe
// the signing date, else from what is declared (flagged for checking), and keeps it: a supplier
// that has grown since keeps the protection it had when it signed (docs/domain/regulation.md §1).
// Pure: the facts in, the size, its source and the reasoning out (stored in Chinese, the hub's
// language: the catalogue's English is there for the day the basis is stored by id).
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { arrearsMessages as msg } from '../messages.js';

/** The creditor's size class at signing; UNKNOWN when neither facts nor a declaration say. */
export enum SizeAtSigning {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
  UNKNOWN = 'UNKNOWN',
}

/** Where the size at signing came from. Every source but SIZE_FACTS is flagged for checking. */
export enum SizeAtSigningSource {
  /** The registry's size facts, dated on or before the signing date. */
  SIZE_FACTS = 'SIZE_FACTS',
  /** Declared by whoever registered the debt (or by the complainant of a clue). */
  DECLARED = 'DECLARED',
  /** The registry's size facts, but dated after the signing (or undated): the firm may have grown. */
  SIZE_FACTS_AFTER_SIGNING = 'SIZE_FACTS_AFTER_SIGNING',
  /** No facts: the registry lists the creditor as a large enterprise by kind. */
  ENTERPRISE_KIND = 'ENTERPRISE_KIND',
  /** Nothing known: presumed protected until someone records the size. */
  UNKNOWN = 'UNKNOWN',
}

export const SIZE_NAMES: Readonly<Record<SizeAtSigning, string>> = {
  LARGE: '大型企业',
  MEDIUM: '中型企业',
  SMALL: '小型企业',
  MICRO: '微型企业',
  UNKNOWN: '规模不明',
};

export interface CreditorSizeFacts {
  contractSignedOn: string;
  /** What was declared for the signing date (a registration, a spreadsheet row, a complaint). */
  declared?: string | null;
  /** The registry's facts about the creditor today. */
  registry?: {
    kind?: string | null;
    sizeClass?: string | null;
    sizeFactsAsOf?: string | null;
  } | null;
}

export interface CreditorSize {
  creditorSizeAtSigning: SizeAtSigning;
  creditorSizeSource: SizeAtSigningSource;
  creditorSizeBasis: string;
}

const KNOWN: ReadonlySet<string> = new Set(['LARGE', 'MEDIUM', 'SMALL', 'MICRO']);
const asSize = (value: string | null | undefined): SizeAtSigning | null =>
  value && KNOWN.has(value) ? (value as SizeAtSigning) : null;

/**
 * The creditor's size at signing, in this order: the registry's facts dated on or before the
 * signing; a declaration; the registry's facts dated after it; a large enterprise by its kind;
 * unknown (presumed an SME, flagged). A declaration that contradicts facts dated before the
 * signing does not win: art. 29 leaves disputes about size to the SME department; the basis says so.
 */
export function creditorSizeAtSigning(facts: CreditorSizeFacts): CreditorSize {
  const signed = facts.contractSignedOn;
  const declared = asSize(facts.declared);
  const registry = asSize(facts.registry?.sizeClass);
  const factsOn = facts.registry?.sizeFactsAsOf ?? null;
  const result = (size: SizeAtSigning, source: SizeAtSigningSource, basis: Message) => ({
    creditorSizeAtSigning: size,
    creditorSizeSource: source,
    creditorSizeBasis: basis.zh,
  });
  if (registry && factsOn && factsOn <= signed) {
    return result(
      registry,
      SizeAtSigningSource.SIZE_FACTS,
      msg.sizeFromFacts({
        signed,
        factsOn,
        size: registry,
        declared: declared && declared !== registry ? declared : null,
      }),
    );
  }
  if (declared) {
    return result(declared, SizeAtSigningSource.DECLARED, msg.sizeDeclared({ size: declared }));
  }
  if (registry) {
    return result(
      registry,
      SizeAtSigningSource.SIZE_FACTS_AFTER_SIGNING,
      msg.sizeFactsAfterSigning({ factsOn, signed, size: registry }),
    );
  }
  if (facts.registry?.kind === 'LARGE_ENTERPRISE') {
    return result(SizeAtSigning.LARGE, SizeAtSigningSource.ENTERPRISE_KIND, msg.sizeByKind());
  }
  return result(SizeAtSigning.UNKNOWN, SizeAtSigningSource.UNKNOWN, msg.sizeUnknown());
}

/** Whether the regulation protects the debt: an SME at signing, or a size not yet known (presumed,
 * flagged). A large enterprise's debt keeps the contract's own terms. */
export function statuteApplies(size: SizeAtSigning): boolean {
  return size !== SizeAtSigning.LARGE;
}

/** Whether the size at signing needs a person to check it. */
export function sizeFlagged(source: SizeAtSigningSource): boolean {
  return source !== SizeAtSigningSource.SIZE_FACTS;
}

/** Why the regulation's terms do not apply, in the words a basis carries (the Chinese quotes the
 * stored size basis; the English says it without). */
export function notProtectedBasis(size: CreditorSize): Message {
  return msg.notProtected({ sizeBasis: size.creditorSizeBasis.replace(/。$/, '') });
}
