// Instants as the API shows them: ISO 8601 in China Standard Time, e.g.
// "2026-12-02T11:40:05.123+08:00" (UTC+8 all year: China keeps no summer time). Inputs accept any
// ISO 8601 offset ("Z", "+08:00", "-05:00"); the instant is what counts.
import type { Message } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** `2026-12-02T11:40:05.123+08:00` for the instant given (a Date, an ISO string or epoch ms). */
export function formatChinaDateTime(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`Not an instant: ${String(value)}`);
  return `${new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

// Date, "T" (or a space), hours and minutes, optional seconds and fraction, then the offset.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;

export type DateTimeParseResult = { ok: true; value: Date } | { ok: false; reason: Message };

/** An ISO 8601 date-time with an offset (any offset), checked field by field. */
export function parseDateTime(input: unknown): DateTimeParseResult {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return { ok: true, value: input };
  if (typeof input !== 'string') return { ok: false, reason: msg.dateTimeNotString() };
  const m = ISO_DATE_TIME.exec(input.trim());
  if (!m) return { ok: false, reason: msg.dateTimeBadForm({ input }) };
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const real = new Date(Date.UTC(year!, month! - 1, day!));
  const offset = m[8]!.toUpperCase() === 'Z' ? 'Z' : m[8]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  if (
    real.getUTCFullYear() !== year ||
    real.getUTCMonth() !== month! - 1 ||
    real.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59 ||
    (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59))
  )
    return { ok: false, reason: msg.dateTimeBadForm({ input }) };
  // The fraction keeps milliseconds (a Date holds no more).
  const fraction = (m[7] ?? '.000').padEnd(4, '0').slice(0, 4);
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${fraction}${offset}`;
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return { ok: false, reason: msg.dateTimeBadForm({ input }) };
  return { ok: true, value };
}
