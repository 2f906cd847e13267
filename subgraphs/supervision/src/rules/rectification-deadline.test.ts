import { describe, expect, it } from 'vitest';
import { isRectificationOverdue } from './rectification-deadline.js';

describe('rectification deadlines', () => {
  it('open past the deadline, not on it, not once done', () => {
    expect(isRectificationOverdue('OPEN', '2026-12-15', '2026-12-16')).toBe(true);
    expect(isRectificationOverdue('OPEN', '2026-12-15', '2026-12-15')).toBe(false);
    expect(isRectificationOverdue('DONE', '2026-12-15', '2027-01-01')).toBe(false);
  });
});
