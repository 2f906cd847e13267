import { describe, expect, it } from 'vitest';
import { depositFlags } from './deposit-flags.js';

describe('deposit flags (2025 art. 13)', () => {
  it('only bid, performance, quality and migrant-wage deposits are lawful', () => {
    for (const kind of ['BID', 'PERFORMANCE', 'QUALITY', 'MIGRANT_WAGES'])
      expect(depositFlags({ kind }, '2026-01-01').unlawfulKind).toBe(false);
    expect(depositFlags({ kind: 'OTHER' }, '2026-01-01').unlawfulKind).toBe(true);
  });

  it('a refund is overdue after its day, unless it was refunded', () => {
    const due = { kind: 'QUALITY', refundDueOn: '2025-12-31' };
    expect(depositFlags(due, '2025-12-31').refundOverdue).toBe(false);
    expect(depositFlags(due, '2026-01-01').refundOverdue).toBe(true);
    expect(depositFlags({ ...due, refundedOn: '2025-12-30' }, '2026-01-01').refundOverdue).toBe(
      false,
    );
    expect(depositFlags({ kind: 'BID' }, '2026-01-01').refundOverdue).toBe(false);
  });
});
