import { describe, expect, it } from 'vitest';
import { distinctRecipients, inboxOf, recipientKey } from './recipient.js';

const U = '11111111-1111-4111-8111-111111111111';
const E = '22222222-2222-4222-8222-222222222222';

describe('recipients', () => {
  it('one key per recipient', () => {
    expect(recipientKey({ type: 'UNIT', unitId: U })).toBe(`UNIT:${U}`);
    expect(recipientKey({ type: 'POST', postId: E, unitId: U })).toBe(`POST:${E}`);
    expect(recipientKey({ type: 'REGION_OFFICE', regionCode: '150621' })).toBe(
      'REGION_OFFICE:150621',
    );
    expect(recipientKey({ type: 'ENTERPRISE', enterpriseId: E })).toBe(`ENTERPRISE:${E}`);
    expect(recipientKey({ type: 'ADMIN' })).toBe('ADMIN');
  });

  it('a unit named twice (its own supervisor) is told once', () => {
    expect(
      distinctRecipients([
        { type: 'UNIT', unitId: U },
        { type: 'REGION_OFFICE', regionCode: '150621' },
        { type: 'UNIT', unitId: U },
      ]),
    ).toEqual([
      { type: 'UNIT', unitId: U },
      { type: 'REGION_OFFICE', regionCode: '150621' },
    ]);
  });
});

describe('inboxes', () => {
  it('a bureau reads its own unit’s notices, an enterprise its own', () => {
    expect(inboxOf({ roles: ['BUREAU'], organisationId: U })).toEqual([
      { type: 'UNIT', unitId: U },
    ]);
    expect(inboxOf({ roles: ['ENTERPRISE'], organisationId: E })).toEqual([
      { type: 'ENTERPRISE', enterpriseId: E },
    ]);
    expect(inboxOf({ roles: ['BUREAU'] })).toEqual([]);
  });

  it('the leading group and inspectors read the region office’s; ADMIN its own and those', () => {
    expect(inboxOf({ roles: ['LEADING_GROUP'] })).toEqual([{ type: 'REGION_OFFICE' }]);
    expect(inboxOf({ roles: ['INSPECTOR'], organisationId: U })).toEqual([
      { type: 'REGION_OFFICE' },
    ]);
    expect(inboxOf({ roles: ['ADMIN'] })).toEqual([{ type: 'ADMIN' }, { type: 'REGION_OFFICE' }]);
  });

  it('several roles read the union', () => {
    expect(inboxOf({ roles: ['LEADING_GROUP', 'BUREAU'], organisationId: U })).toEqual([
      { type: 'REGION_OFFICE' },
      { type: 'UNIT', unitId: U },
    ]);
  });
});
