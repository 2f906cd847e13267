// Business dates (contract signed, goods delivered, instalment due) as ISO "YYYY-MM-DD" strings:
// no time zone, no time of day, so a date never shifts by a day between client, server and SQL.
import { now as hubNow } from './clock.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateParseResult = { ok: true; value: string } | { ok: false; reason: string };

export function parseCalendarDate(input: unknown): DateParseResult {
  if (typeof input !== 'string')
    return { ok: false, reason: 'A date must be a string "YYYY-MM-DD".' };
  const m = ISO_DATE.exec(input);
  if (!m)
    return {
      ok: false,
      reason: `"${input}" is not a date: write it as YYYY-MM-DD, e.g. "2025-06-01".`,
    };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2199)
    return { ok: false, reason: `"${input}" is outside the years 1900–2199.` };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { ok: false, reason: `"${input}" is not a real calendar date.` };
  }
  return { ok: true, value: input };
}

/** Today in China Standard Time (UTC+8), the zone every seed's deadlines are written in, by the
 * hub's clock (clock.ts) unless an instant is given. */
export function todayInChina(now = hubNow()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
