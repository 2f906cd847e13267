// Business dates (contract signed, goods delivered, instalment due) as ISO "YYYY-MM-DD" strings:
// no time zone, no time of day, so a date never shifts by a day between client, server and SQL.
import type { Message } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';
import { now as hubNow } from './clock.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateParseResult = { ok: true; value: string } | { ok: false; reason: Message };

export function parseCalendarDate(input: unknown): DateParseResult {
  if (typeof input !== 'string') return { ok: false, reason: msg.dateNotString() };
  const m = ISO_DATE.exec(input);
  if (!m)
    return {
      ok: false,
      reason: msg.dateBadForm({ input }),
    };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2199) return { ok: false, reason: msg.dateOutOfRange({ input }) };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { ok: false, reason: msg.dateNotReal({ input }) };
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
