// Cells of a spreadsheet as clerks fill them in (docs/spreadsheets.md): dates as 2025-08-05,
// 2025/8/5, 2025.8.5, 2025年8月5日, 20250805 or an Excel day number; yes and no as 是/否, 有/无,
// 有分歧/无分歧; amounts with thousands separators, full-width digits, in 元 or in 万元 when the
// column's header says so. Pure: text in, a canonical value or a Chinese message out. Money stays
// a decimal string from end to end (万元 are shifted by four places as digits, never multiplied
// as a float).
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { formatCents, parseMoney } from '@arrears-hub/protocol/money';
import { arrearsMessages as msg } from '../messages.js';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
/** A refusal, its text in the request's language. */
const bad = <T>(message: Message): CellResult<T> => ({ ok: false, message: message.text() });

/** Full-width ASCII (１２３，．（）) to half-width, the ideographic space to a space. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────

/** Excel's day numbers the import takes for a date: 1954-10-03 (20000) to 2119-01-10 (80000).
 * Outside that a number is far more likely a slip (a year, an amount) than a date. */
export const EXCEL_SERIAL_RANGE = [20_000, 80_000] as const;

/** The calendar day of an Excel day number (the 1900 date system: day 1 is 1900-01-01, and
 * Excel counts a 1900-02-29 that never was, so from day 61 on the epoch is 1899-12-30). */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60) return null;
  const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

function calendarDay(text: string, y: string, m: string, d: string): CellResult<string> {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (year < 1900 || year > 2199) return bad(msg.cellYearOutOfRange({ text, year }));
  if (month < 1 || month > 12) return bad(msg.cellNoSuchMonth({ text, month }));
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return bad(msg.cellNoSuchDay({ text, year, month, last }));
  return ok(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/**
 * A date cell to "YYYY-MM-DD". Takes 2025-08-05, 2025-8-5, 2025/8/5, 2025.8.5 (one separator,
 * used twice), 2025年8月5日 (日 may be left off), 20250805, an Excel day number, and a time of day
 * after any of these (dropped: the ledger keeps days); full-width digits and spaces anywhere.
 */
export function parseSheetDate(input: string): CellResult<string> {
  const text = halfWidth(input).trim();
  const compact = text.replace(/\s+/g, '');
  // A time of day after the date ("2025/8/5 0:00:00", "2025-08-05T00:00") is dropped.
  const day = text.replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '').replace(/\s+/g, '');
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(day);
  if (m) return calendarDay(input.trim(), m[1]!, m[3]!, m[4]!);
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(day);
  if (m) return calendarDay(input.trim(), m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (m) return calendarDay(input.trim(), m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,7})(?:\.0+)?$/.exec(compact);
  if (m) {
    const serial = Number(m[1]);
    const [low, high] = EXCEL_SERIAL_RANGE;
    if (serial >= low && serial <= high) return ok(excelSerialDate(serial)!);
    return bad(msg.cellSerialOutOfRange({ text: input.trim() }));
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(day))
    return bad(msg.cellYearNotFirst({ text: input.trim() }));
  return bad(msg.cellNotADate({ text: input.trim() }));
}

// ── Yes and no ──────────────────────────────────────────────────────────────────────────────────

/** What clerks write for yes and for no (是否有分歧: 有分歧 / 无分歧, 有 / 无, 是 / 否 …). */
export const YES_WORDS = ['是', '有', '有分歧', '存在分歧', 'Y', 'YES', '1', '√'] as const;
export const NO_WORDS = ['否', '无', '无分歧', '没有', '没有分歧', 'N', 'NO', '0', '×'] as const;

export function parseSheetYesNo(input: string): CellResult<boolean> {
  const word = halfWidth(input).replace(/\s+/g, '').toUpperCase();
  if ((YES_WORDS as readonly string[]).includes(word)) return ok(true);
  if ((NO_WORDS as readonly string[]).includes(word)) return ok(false);
  return bad(msg.cellNotYesNo({ text: input.trim() }));
}

// ── Amounts ─────────────────────────────────────────────────────────────────────────────────────

/** The unit a money column is written in: 元 (the template's), or 万元 when the header says so. */
export type AmountUnit = 'YUAN' | 'WAN_YUAN';

/** Decimals a cell may carry in each unit: fen are the smallest amount (0.000001 万元 = 0.01 元). */
const DECIMALS: Record<AmountUnit, number> = { YUAN: 2, WAN_YUAN: 6 };

/**
 * An amount cell to yuan with two decimals ("1234567.89"). Takes 1,234,567.89, 1234567.89,
 * full-width digits and commas (１，２３４．５), a leading ¥ and, in a 元 column, a trailing 元.
 * Thousands separators must group by three. In a 万元 column the value is shifted four places:
 * "12.3456" 万元 is "123456.00" 元 exactly; more than six decimals there (less than a fen) is refused.
 */
export function parseSheetAmount(input: string, unit: AmountUnit = 'YUAN'): CellResult<string> {
  const shown = input.trim();
  let text = halfWidth(input)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/^[¥￥]/, '');
  if (unit === 'YUAN') text = text.replace(/元$/, '');
  if (/^[-−(（]/.test(text) || /[)）]$/.test(text)) return bad(msg.cellNegative({ text: shown }));
  if (text.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text))
      return bad(msg.cellBadSeparators({ text: shown }));
    text = text.replace(/,/g, '');
  }
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return bad(msg.cellNotAnAmount({ text: shown, wan: unit === 'WAN_YUAN' }));
  const [, whole, fraction = ''] = m;
  const decimals = DECIMALS[unit];
  if (fraction.length > decimals)
    return bad(
      unit === 'YUAN'
        ? msg.cellTooManyDecimalsYuan({ text: shown })
        : msg.cellTooManyDecimalsWan({ text: shown }),
    );
  // The amount as whole fen: 元 with two decimals, 万元 with six (four places more).
  const fen = BigInt(whole! + fraction.padEnd(decimals, '0'));
  const money = parseMoney(formatCents(fen));
  if (!money.ok) return bad(msg.cellAmountTooLarge({ text: shown }));
  return ok(money.value);
}

/**
 * A number Excel hands over (a double) as the decimal text it was typed as: the shortest form with
 * at most `decimals` places when the double is within rounding of it (1200.5 → "1200.50" for 元,
 * 12.3456 → "12.3456" for 万元), else its full text so that the amount rule refuses it rather than
 * rounding money away.
 */
export function numberCellText(value: number, unit: AmountUnit = 'YUAN'): string {
  const decimals = DECIMALS[unit];
  const fixed = value.toFixed(decimals);
  if (Math.abs(Number(fixed) - value) > Math.abs(value) * 1e-12 + 1e-9) return String(value);
  if (unit === 'YUAN') return fixed;
  return fixed.replace(/\.?0+$/, '');
}

/** A money column's header: its label and the unit it declares, "应付金额（万元）" → 应付金额, 万元;
 * "应付金额" alone → 应付金额, no unit (the template's 元). Brackets may be half- or full-width. */
export function amountHeader(header: string): { label: string; unit: AmountUnit | null } {
  const text = halfWidth(header).replace(/\s+/g, '');
  const m = /^(.*?)[([](元|万元|人民币元|人民币万元)[)\]]$/.exec(text);
  if (!m) return { label: text, unit: null };
  return { label: m[1]!, unit: m[2]!.endsWith('万元') ? 'WAN_YUAN' : 'YUAN' };
}
