// The leading group's figures (issue: summaries), checked against the ledger lines themselves.
import { describe, expect, it } from 'vitest';
import { addMoney } from '@arrears-hub/subgraph-kit';
import { ADMIN, data } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';

const SUMMARY = `count outstanding undisputedOutstanding disputedOutstanding migrantWagesOutstanding clearanceRate
  bySubject { subject count outstanding } zeroing { units zeroed rate } clueClosure { accepted closed rate } newAfterZeroing { count amountDue }`;

describe('ledger summaries', () => {
  it('breakdowns add up to the totals, and match the debts listed', async () => {
    const result = await data<any>(
      `{ region(code: "150621") { unitIds arrearsSummary { ${SUMMARY} } } }`,
    );
    const summary = result.region.arrearsSummary;
    expect(summary.bySubject.reduce((n: number, s: any) => n + s.count, 0)).toBe(summary.count);
    expect(addMoney('0', ...summary.bySubject.map((s: any) => s.outstanding))).toBe(
      summary.outstanding,
    );
    expect(addMoney(summary.undisputedOutstanding, '0')).not.toBe(summary.outstanding); // demo has a disputed debt
    const lines = await data<any>(
      `query($ids: [ID!]) { arrears(first: 500, filter: { debtorIds: $ids, inJudicialProcess: false, statuses: [REGISTERED, VERIFIED, PLANNED, REPAYING, CLEARED, DISPUTED] }) {
      totalCount edges { node { outstanding undisputedOutstanding migrantWagesOutstanding debtor { id } } } } }`,
      { ids: result.region.unitIds },
    );
    const nodes = lines.arrears.edges.map((e: any) => e.node);
    expect(lines.arrears.totalCount).toBe(summary.count);
    expect(addMoney('0', ...nodes.map((n: any) => n.undisputedOutstanding))).toBe(
      summary.undisputedOutstanding,
    );
    expect(addMoney('0', ...nodes.map((n: any) => n.migrantWagesOutstanding))).toBe(
      summary.migrantWagesOutstanding,
    );
    const debtors = new Map<string, string>();
    for (const n of nodes)
      debtors.set(n.debtor.id, addMoney(debtors.get(n.debtor.id) ?? '0', n.outstanding));
    expect(summary.zeroing.units).toBe(debtors.size);
    expect(summary.zeroing.zeroed).toBe([...debtors.values()].filter((v) => v === '0.00').length);
  });

  it('counts clue closure for the respondents', async () => {
    const result = await data<any>(
      `{ organisations(first: 1, filter: { nameContains: "五台山风景名胜区旅游发展局" }) { edges { node { arrearsSummary { clueClosure { accepted closed rate } } } } } }`,
    );
    expect(result.organisations.edges[0].node.arrearsSummary.clueClosure).toEqual({
      accepted: 1,
      closed: 1,
      rate: 1,
    });
  });

  it('边清边欠: a debt registered after a zeroing notice shows up; one owed before it is 漏报', async () => {
    const units = await data<any>(`{
      h: organisations(first: 1, filter: { nameContains: "达拉特旗卫生健康委员会" }) { edges { node { id arrearsSummary { newAfterZeroing { count lateRegisteredCount } } } } }
      c: organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`);
    const health = units.h.edges[0].node;
    const register = (contractSignedOn: string) =>
      data(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
        {
          i: {
            debtorId: health.id,
            creditorId: units.c.edges[0].node.id,
            contractNo: unique('NEW'),
            contractSignedOn,
            subject: 'SERVICES',
            amountDue: '12345.67',
          },
        },
        ADMIN,
      );
    // Contracted today, after the zeroing notice of last month: new arrears.
    await register(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
    // Contracted in January, before the notice, registered only now: 漏报, not new arrears.
    await register('2026-01-05');
    const after = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { newAfterZeroing { count amountDue lateRegisteredCount } } } }`,
      { id: health.id },
    );
    expect(after.organisation.arrearsSummary.newAfterZeroing.count).toBe(
      health.arrearsSummary.newAfterZeroing.count + 1,
    );
    expect(after.organisation.arrearsSummary.newAfterZeroing.lateRegisteredCount).toBe(
      health.arrearsSummary.newAfterZeroing.lateRegisteredCount + 1,
    );
  });
});
