// A rectification: the unit reports it done; only an inspector's check closes it (销号) or sends it
// back; closed is final.
import { describe, expect, it } from 'vitest';
import { canMove } from '@arrears-hub/subgraph-kit';
import { RECTIFICATION_TRANSITIONS, RectificationStatus as R } from './audit.enums.js';

describe('rectification states', () => {
  it('open → reported → closed, or back to open; closed is final', () => {
    const allowed = Object.values(R).flatMap((from) =>
      Object.values(R)
        .filter((to) => canMove(RECTIFICATION_TRANSITIONS, from, to))
        .map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual([
      'DONE→CLOSED',
      'DONE→OPEN',
      'OPEN→REPORTED',
      'REPORTED→CLOSED',
      'REPORTED→OPEN',
    ]);
    // A unit's report can never close it by itself: no move from OPEN to CLOSED.
    expect(canMove(RECTIFICATION_TRANSITIONS, R.OPEN, R.CLOSED)).toBe(false);
  });
});
