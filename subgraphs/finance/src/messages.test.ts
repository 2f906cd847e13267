// The finance catalogue, with the kit's shared checks: every entry Chinese in zh and without Chinese in
// en, and every entry used by the code (an unused one is a message nobody reads; a misspelt key
// fails the build).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCatalogueTexts, checkCatalogueUsage } from '@arrears-hub/subgraph-kit';
import { financeMessages } from './messages.js';

describe('the finance catalogue', () => {
  it('has Chinese in zh and none in en, for every entry', () => {
    expect(Object.keys(financeMessages).length).toBeGreaterThan(0);
    const names = [financeMessages.project()];
    expect(
      checkCatalogueTexts(financeMessages, { flagsUnacknowledged: { names, flags: ['F'] } }),
    ).toEqual([]);
  });

  it('uses every entry in the code', () => {
    expect(checkCatalogueUsage('finance', fileURLToPath(new URL('.', import.meta.url)))).toEqual(
      [],
    );
  });
});
