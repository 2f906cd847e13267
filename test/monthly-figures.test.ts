// The two summary figures the leading group's dashboard draws: payments by month (清偿进度) and
// the clocks of running clues (线索时限). Each test reads the figure, changes the ledger through the
// API, and checks the figure moved by exactly that change (the suite shares one database).
import { describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql } from './harness/client.ts';
import { unique, verified } from './harness/fixtures.ts';

const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`;
const BY_MONTH = `query($from: String!, $to: String!) {
  region(code: "150621") { arrearsSummary { clearedByMonth(from: $from, to: $to) { month payments paid } } } }`;
const toCents = (money: string) => BigInt(money.replace('.', ''));

async function byMonth(from: string, to: string) {
  return (await data<any>(BY_MONTH, { from, to })).region.arrearsSummary.clearedByMonth as {
    month: string;
    payments: number;
    paid: string;
  }[];
}

describe('clearedByMonth', () => {
  it('shows the demo ledger’s repayments in every month of the past year; each repaying debt’s payments cover its first instalment', async () => {
    const months = await byMonth('2025-12', '2026-10');
    expect(months.every((m) => m.payments > 0)).toBe(true);
    const debts =
      await data<any>(`{ arrears(first: 100, filter: { statuses: [REPAYING] }) { edges { node { contractNo
      payments { amount recordedBy } repaymentPlan { instalments { seq amount covered } } } } } }`);
    const demo = debts.arrears.edges
      .map((e: any) => e.node)
      .filter((d: any) => d.payments.some((p: any) => p.recordedBy === 'demo-data'));
    expect(demo.length).toBeGreaterThanOrEqual(4);
    for (const debt of demo) {
      const paid = debt.payments
        .filter((p: any) => p.recordedBy === 'demo-data')
        .reduce((sum: bigint, p: any) => sum + toCents(p.amount), 0n);
      const first = debt.repaymentPlan.instalments[0];
      expect(paid, debt.contractNo).toBe(toCents(first.amount));
      expect(first.covered, debt.contractNo).toBe(true);
    }
  });

  it('has one row per month and moves by exactly the payments recorded in each month', async () => {
    const before = await byMonth('2024-12', '2025-03');
    expect(before.map((r) => r.month)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03']);
    const arrear = await verified(); // a debt of a 达拉特旗 department
    const pay = (amount: string, paidOn: string) =>
      data(
        PAY,
        {
          i: {
            arrearId: arrear.id,
            amount,
            paidOn,
            method: 'TRANSFER',
            idempotencyKey: unique('pay'),
          },
        },
        ADMIN,
      );
    await pay('100.00', '2025-02-01');
    await pay('250.50', '2025-02-28');
    await pay('49.50', '2025-03-31');
    const after = await byMonth('2024-12', '2025-03');
    const delta = after.map((r, i) => ({
      month: r.month,
      payments: r.payments - before[i]!.payments,
      cents: toCents(r.paid) - toCents(before[i]!.paid),
    }));
    expect(delta).toEqual([
      { month: '2024-12', payments: 0, cents: 0n },
      { month: '2025-01', payments: 0, cents: 0n },
      { month: '2025-02', payments: 2, cents: 35050n },
      { month: '2025-03', payments: 1, cents: 4950n },
    ]);
    // Across a year boundary, and the same figure on the debtor unit itself.
    const unit = await data<any>(
      `query($id: ID!) { arrear(id: $id) { debtor { arrearsSummary { clearedByMonth(from: "2024-11", to: "2025-02") { month } } } } }`,
      { id: arrear.id },
    );
    expect(unit.arrear.debtor.arrearsSummary.clearedByMonth.map((r: any) => r.month)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });

  it('refuses bad ranges with the field named', async () => {
    for (const [from, to, field] of [
      ['2025-13', '2025-12', 'from'],
      ['2025-05', '2025-04', 'from'],
      ['2022-01', '2025-01', 'to'],
    ] as const) {
      const result = await gql<any>(BY_MONTH, { from, to });
      expect(errorCodes(result), `${from}..${to}`).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
    }
  });
});

const FILE = `mutation($i: FileClueInput!) { fileClue(input: $i) { id clock { daysLeft overdue } } }`;
const CLOCKS = `query($id: ID!, $days: Int!) { organisation(id: $id) { arrearsSummary { clueClocks(dueSoonDays: $days) { onTime dueSoon overdue } } } }`;
const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('clueClocks', () => {
  it('counts running clues as on time, due soon or overdue, as their own clock says', async () => {
    const units = await data<any>(`{
      e: organisations(first: 1, filter: { nameContains: "瑞丰建材" }) { edges { node { id name } } }
      a: organisations(first: 1, filter: { nameContains: "达拉特旗住房和城乡建设局" }) { edges { node { id name } } } }`);
    const enterprise = units.e.edges[0].node;
    const agency = units.a.edges[0].node;
    const clocks = async (days: number) =>
      (await data<any>(CLOCKS, { id: agency.id, days })).organisation.arrearsSummary.clueClocks;
    const file = async (receivedOn: string) =>
      (
        await data<any>(
          FILE,
          {
            i: {
              channel: 'HOTLINE_12345',
              externalRef: unique('12345'),
              receivedOn,
              complainantId: enterprise.id,
              complainantName: enterprise.name,
              respondentId: agency.id,
              respondentName: agency.name,
              amountClaimed: '1000.00',
              contractNo: unique('HT'),
              facts: '货款逾期未付。',
              notInOtherProceedings: true,
            },
          },
          ADMIN,
        )
      ).fileClue;

    const [before3, before90] = [await clocks(3), await clocks(90)];
    const fresh = await file(todayInChina()); // 10 working days to review: at least 14 calendar days left
    const late = await file('2025-09-26'); // reviewed by 2025-10-16 at the latest: long past
    expect(fresh.clock.daysLeft).toBeGreaterThan(3);
    expect(fresh.clock.daysLeft).toBeLessThanOrEqual(90);
    expect(late.clock.overdue).toBe(true);
    const [after3, after90] = [await clocks(3), await clocks(90)];
    expect({
      onTime: after3.onTime - before3.onTime,
      dueSoon: after3.dueSoon - before3.dueSoon,
      overdue: after3.overdue - before3.overdue,
    }).toEqual({ onTime: 1, dueSoon: 0, overdue: 1 });
    expect({
      onTime: after90.onTime - before90.onTime,
      dueSoon: after90.dueSoon - before90.dueSoon,
      overdue: after90.overdue - before90.overdue,
    }).toEqual({ onTime: 0, dueSoon: 1, overdue: 1 });
  });

  it('refuses an unreasonable dueSoonDays', async () => {
    const result = await gql<any>(
      `{ region(code: "150621") { arrearsSummary { clueClocks(dueSoonDays: 365) { onTime } } } }`,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
