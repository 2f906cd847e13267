// One text normaliser for every text input and identifier. Clerks paste contract numbers from
// Word, WeChat and spreadsheets: full-width digits, zero-width spaces and stray control characters
// would otherwise make the same contract two different ledger lines. NUL is refused outright
// (PostgreSQL cannot store it in text) rather than silently dropped.

/** Zero-width and invisible formatting characters that change no visible text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
/** C0 and C1 control characters except tab and line feed (kept in long texts). Matching control
 * characters is the point of this expression. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** A UTF-16 surrogate without its pair: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasNul(value: string): boolean {
  return value.includes('\u0000');
}

/** Whether a string can be stored as text at all (no NUL, no lone surrogate). */
export function isStorableText(value: string): boolean {
  return !hasNul(value) && !LONE_SURROGATE.test(value);
}

/**
 * Prose as the hub keeps it (facts, reasons, names as written): NFC, invisible and control
 * characters removed, CRLF as LF, trimmed. Not NFKC: that would turn Chinese full-width
 * punctuation (，：（）) into ASCII in every sentence a clerk writes. Call `isStorableText` first:
 * this function does not decide about NUL.
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .trim();
}

/** An identifier (contract number, reference, credit code) as people read it: NFKC (full-width
 * digits and letters become ordinary ones), invisible characters removed, inner whitespace
 * collapsed to one space. Two identifiers are the same when their normal forms are equal. */
export function normalizeIdentifier(value: string): string {
  return normalizeText(value.normalize('NFKC')).replace(/\s+/g, ' ');
}

/** A name compared for matching (not for storing): NFKC, no whitespace at all, so that
 * "达拉特旗 教育体育局" and "达拉特旗教育体育局（演示）" compare on their characters. */
export function nameKey(value: string): string {
  return normalizeIdentifier(value).replace(/\s/g, '');
}
