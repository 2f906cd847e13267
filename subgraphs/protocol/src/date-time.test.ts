import { describe, expect, it } from 'vitest';
import { formatChinaDateTime, parseDateTime } from './date-time.js';

describe('date-times in China Standard Time', () => {
  it('formats an instant at +08:00 with milliseconds', () => {
    expect(formatChinaDateTime(new Date('2026-12-02T03:40:05.123Z'))).toBe(
      '2026-12-02T11:40:05.123+08:00',
    );
    // Across midnight: the China date is the next day.
    expect(formatChinaDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01T00:00:00.000+08:00');
    expect(formatChinaDateTime(0)).toBe('1970-01-01T08:00:00.000+08:00');
  });

  it('accepts any ISO 8601 offset and keeps the instant', () => {
    const at = Date.parse('2026-12-02T03:40:05.123Z');
    for (const input of [
      '2026-12-02T03:40:05.123Z',
      '2026-12-02T11:40:05.123+08:00',
      '2026-12-02T11:40:05.123+0800',
      '2026-12-01T22:40:05.123-05:00',
      '2026-12-02t03:40:05.123456z',
    ]) {
      const parsed = parseDateTime(input);
      expect(parsed.ok && parsed.value.getTime(), input).toBe(at);
    }
    const noSeconds = parseDateTime('2026-12-02T11:40+08:00');
    expect(noSeconds.ok && noSeconds.value.toISOString()).toBe('2026-12-02T03:40:00.000Z');
  });

  it('refuses what is not an ISO date-time with an offset', () => {
    for (const input of [
      '2026-12-02',
      '2026-12-02T11:40:05',
      '2026-02-30T10:00:00Z',
      '2026-12-02T24:00:00Z',
      '2026-12-02T11:60:00Z',
      'yesterday',
      '',
    ]) {
      const parsed = parseDateTime(input);
      expect(parsed.ok, input).toBe(false);
      if (!parsed.ok) expect(parsed.reason.zh).toContain('时间');
    }
    expect(parseDateTime(12).ok).toBe(false);
  });

  it('round-trips: what it formats, it parses to the same instant', () => {
    const at = new Date('2026-06-30T23:59:59.999Z');
    const parsed = parseDateTime(formatChinaDateTime(at));
    expect(parsed.ok && parsed.value.getTime()).toBe(at.getTime());
  });
});
