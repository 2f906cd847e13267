import { describe, expect, it } from 'vitest';
import { stableId } from './ids.js';

describe('stableId', () => {
  it('is a deterministic version-5 UUID per key', () => {
    expect(stableId('dalad.finance')).toBe(stableId('dalad.finance'));
    expect(stableId('dalad.finance')).not.toBe(stableId('dalad.energy'));
    expect(stableId('dalad.finance')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
