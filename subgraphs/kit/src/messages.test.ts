import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Problems, runInLocale } from '@arrears-hub/protocol';
import { checkCatalogueTexts, checkCatalogueUsage } from './catalogue-check.js';
import { checkText, requireId } from './input-checks.js';
import { kitMessages } from './messages.js';

describe("the kit's catalogue", () => {
  it('every message has Chinese in zh and none in en', () => {
    expect(
      checkCatalogueTexts(kitMessages, {
        roleRequired: { needed: ['BUREAU', 'ADMIN'], held: ['ENTERPRISE'] },
        readOnlyForYou: { record: 'Arrear', writers: ['debtor', 'supervisor'] },
      }),
    ).toEqual([]);
  });

  it('every message is used in the kit', () => {
    expect(checkCatalogueUsage('kit', fileURLToPath(new URL('.', import.meta.url)))).toEqual([]);
  });

  it('the usage check finds an unused key', () => {
    const dir = fileURLToPath(new URL('./contracts', import.meta.url));
    expect(checkCatalogueUsage('kit', dir)).toContain('required');
  });

  it('a check speaks the language of the request, with the message id', () => {
    const problems = new Problems();
    runInLocale('en', () => checkText(problems, 'x'.repeat(5), 'note', { max: 3 }));
    checkText(problems, undefined, 'title', { required: true });
    expect(problems.list).toEqual([
      { field: 'note', message: 'At most 3 characters; 5 given.', messageId: 'kit.tooLong' },
      { field: 'title', message: '此项不能为空。', messageId: 'kit.required' },
    ]);
    const refused = (() => {
      try {
        runInLocale('en', () => requireId('nope', 'id'));
      } catch (error) {
        return error as Error & { extensions: Record<string, unknown> };
      }
    })();
    expect(refused?.message).toBe('"nope" is not a valid id.');
    expect(refused?.extensions).toMatchObject({ field: 'id', messageId: 'kit.notAnId' });
  });
});
