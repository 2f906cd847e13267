import { describe, expect, it } from 'vitest';
import { supervisionTriggers } from './supervision-triggers.js';

describe('supervision triggers from the assessment figures', () => {
  it('漏报 is concealment; none without it', () => {
    expect(supervisionTriggers({ lateRegisteredDebts: 2 })).toEqual(['CONCEALMENT']);
    expect(supervisionTriggers({ lateRegisteredDebts: 0 })).toEqual([]);
  });
});
