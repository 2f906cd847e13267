import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCatalogueTexts, checkCatalogueUsage } from '@arrears-hub/protocol/catalogue-check';
import { gatewayMessages } from './messages.js';

describe("the gateway's catalogue", () => {
  it('every message has Chinese in zh and none in en', () => {
    const reduce = { pages: [{ field: 'units', size: 500 }], nested: ['debts'] };
    const original = 'graphql-js English text.';
    expect(
      checkCatalogueTexts(gatewayMessages, {
        tokenUnknownRoles: { roles: ['ROOT'] },
        registeredOnly: { roles: ['BUREAU'] },
        costExceeded: { cost: 200000, max: 100000, reduce },
        valuesExceeded: { values: 300000, max: 250000, reduce },
        unknownOperationName: { name: 'C', names: ['A', null] },
        operationNameNeeded: { names: ['A', null] },
        exportUnknownOperation: { name: 'X', registered: ['Overview'] },
        syntaxError: { original, description: 'Expected Name, found <EOF>.' },
        cannotQueryField: { original, field: 'x', type: 'Y', suggestions: ['z'] },
        unknownArgument: { original, argument: 'a', on: 'Query.b', directive: false },
        expectedValue: { original, type: 'Int', found: '"x"' },
        expectedType: { original, type: 'Money' },
        invalidVariable: { original, variable: 'input', at: 'input.x', inner: '“x”不是金额。' },
        unknownInputField: { original, field: 'x', type: 'T', suggestions: ['y'] },
        notInEnum: { original, value: '"PAID"', type: 'Status', suggestions: ['OPEN'] },
        unknownType: { original, type: 'Strin', suggestions: ['String'] },
      }),
    ).toEqual([]);
  });

  it('every message is used in the gateway', () => {
    expect(checkCatalogueUsage('gateway', fileURLToPath(new URL('.', import.meta.url)))).toEqual(
      [],
    );
  });
});
