import { describe, expect, it } from 'vitest';
import { CASE_TRIGGERS, NOTICE_EVENTS, REGISTER_CREDITORS } from './catalogue.js';
import { ContractQueryError } from './contract.js';

const ID = '11111111-1111-4111-8111-111111111111';
const event = (payload: unknown) => ({
  events: [{ id: ID, source: 'arrears', occurredAt: '2026-12-18T01:00:00.000Z', payload }],
});

describe('the POST contracts check their bodies', () => {
  it('a notice event with its recipients', () => {
    const body = NOTICE_EVENTS.parseBody(
      event({
        kind: 'INSTALMENT_MISSED',
        recipients: [
          { type: 'UNIT', unitId: ID },
          { type: 'REGION_OFFICE', regionCode: '150621' },
        ],
        text: '还款计划第 1 期逾期。',
        link: { type: 'Arrear', id: ID },
      }),
    );
    expect(body.events[0]!.payload.recipients).toEqual([
      { type: 'UNIT', unitId: ID, postId: null, regionCode: null, enterpriseId: null },
      {
        type: 'REGION_OFFICE',
        unitId: null,
        postId: null,
        regionCode: '150621',
        enterpriseId: null,
      },
    ]);
  });

  it.each([
    ['an unknown kind', { kind: 'GOSSIP', recipients: [], text: 'x' }, /kind: not one of/],
    [
      'a unit recipient without its unit',
      { kind: 'TEST', recipients: [{ type: 'UNIT' }], text: 'x' },
      /unitId: required for UNIT/,
    ],
    ['an empty text', { kind: 'TEST', recipients: [], text: '' }, /text: not a text/],
    [
      'a recipient id that is not an id',
      { kind: 'TEST', recipients: [{ type: 'ENTERPRISE', enterpriseId: 'x' }], text: 'x' },
      /enterpriseId: not an id/,
    ],
  ])('refuses %s', (_name, payload, message) => {
    expect(() => NOTICE_EVENTS.parseBody(event(payload))).toThrow(ContractQueryError);
    expect(() => NOTICE_EVENTS.parseBody(event(payload))).toThrow(message);
  });

  it('a case trigger, with its deadline in range', () => {
    const ok = {
      trigger: 'PLAN_DEFAULT',
      targetUnitId: ID,
      description: '还款计划违约',
      deadlineDays: 15,
      arrearIds: [ID],
      source: { type: 'RepaymentPlan', id: ID },
    };
    expect(CASE_TRIGGERS.parseBody(event(ok)).events[0]!.payload.deadlineDays).toBe(15);
    expect(() => CASE_TRIGGERS.parseBody(event({ ...ok, deadlineDays: 0 }))).toThrow(
      /deadlineDays/,
    );
    expect(() => CASE_TRIGGERS.parseBody(event({ ...ok, trigger: 'ESCALATION' }))).toThrow(
      /trigger/,
    );
    expect(() => CASE_TRIGGERS.parseBody({ events: 'x' })).toThrow(/body.events: not a list/);
  });

  it('creditors to register: valid credit codes (normalised) and names', () => {
    const body = REGISTER_CREDITORS.parseBody({
      debtorId: ID,
      creditors: [{ creditCode: '91310110 666007217t', name: '瑞丰建材有限公司' }],
    });
    expect(body.creditors).toEqual([
      { creditCode: '91310110666007217T', name: '瑞丰建材有限公司' },
    ]);
    const bad = { debtorId: ID, creditors: [{ creditCode: '91310110666007217A', name: 'x' }] };
    expect(() => REGISTER_CREDITORS.parseBody(bad)).toThrow(/creditors\[0\]\.creditCode/);
    const nameless = { debtorId: ID, creditors: [{ creditCode: '91310110666007217T', name: '' }] };
    expect(() => REGISTER_CREDITORS.parseBody(nameless)).toThrow(ContractQueryError);
  });
});
