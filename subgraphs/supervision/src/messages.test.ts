// The supervision catalogue, with the kit's shared checks: every entry Chinese in zh and without Chinese in
// en, and every entry used by the code (an unused one is a message nobody reads; a misspelt key
// fails the build).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCatalogueTexts, checkCatalogueUsage } from '@arrears-hub/subgraph-kit';
import { supervisionMessages } from './messages.js';

describe('the supervision catalogue', () => {
  it('has Chinese in zh and none in en, for every entry', () => {
    expect(Object.keys(supervisionMessages).length).toBeGreaterThan(0);
    expect(
      checkCatalogueTexts(supervisionMessages, {
        ledgerDoesNotShowItDone: { objections: [supervisionMessages.measureSupervisionNotice()] },
        noticeDisclosureMissing: {
          deadline: '2026-01-31',
          count: 2,
          year: 2025,
          names: ['A', 'B'],
        },
      }),
    ).toEqual([]);
  });

  it('uses every entry in the code', () => {
    expect(
      checkCatalogueUsage('supervision', fileURLToPath(new URL('.', import.meta.url))),
    ).toEqual([]);
  });
});
