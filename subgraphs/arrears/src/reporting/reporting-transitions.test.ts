// The state machines of the reporting chain: a unit's submission (submitted → received or
// returned; received → returned; returned is final: the unit submits a new revision) and a group's
// consolidated report (consolidated → signed → sent, one way).
import { describe, expect, it } from 'vitest';
import { assertMove, canMove } from '@arrears-hub/subgraph-kit';
import {
  GROUP_REPORT_TRANSITIONS,
  GroupReportStatus as G,
  LEDGER_REPORT_TRANSITIONS,
  LedgerReportStatus as L,
} from './reporting.enums.js';

const all = <S extends string>(values: Record<string, S>) => Object.values(values);

describe('a unit’s submission', () => {
  it('is received or returned by the aggregating unit; a received one may still be returned', () => {
    const allowed = all(L).flatMap((from) =>
      all(L)
        .filter((to) => canMove(LEDGER_REPORT_TRANSITIONS, from, to))
        .map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual([
      'RECEIVED→RETURNED',
      'SUBMITTED→RECEIVED',
      'SUBMITTED→RETURNED',
    ]);
  });

  it('refuses any other move with CONFLICT naming the allowed ones', () => {
    expect(() => assertMove(LEDGER_REPORT_TRANSITIONS, L.RETURNED, L.RECEIVED, 'receive')).toThrow(
      /已是最终状态/,
    );
    try {
      assertMove(LEDGER_REPORT_TRANSITIONS, L.RECEIVED, L.RECEIVED, 'receive');
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: 'CONFLICT',
        allowed: ['RETURNED'],
      });
    }
  });
});

describe('a group’s consolidated report', () => {
  it('goes one way: consolidated, signed (审签), sent (报送)', () => {
    const allowed = all(G).flatMap((from) =>
      all(G)
        .filter((to) => canMove(GROUP_REPORT_TRANSITIONS, from, to))
        .map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(['CONSOLIDATED→SIGNED', 'SIGNED→SENT']);
    expect(() => assertMove(GROUP_REPORT_TRANSITIONS, G.CONSOLIDATED, G.SENT, 'send')).toThrow(
      /只能变为 SIGNED/,
    );
  });
});
