// How fast each debtor pays (docs/domain/payment-statistics.md), through the gateway: a unit's
// half-year figures against a hand computation on the payments this test makes, a demo unit's
// against a computation on its seeded payments, and the register: drafted from the ledger,
// reviewed by inspectors, published by the leading group, then public and searchable by anyone.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  data,
  errorCodes,
  gql,
  INSPECTOR,
  LEADING_GROUP,
  type As,
} from './harness/client.ts';
import { newDebtorUnit, newEnterprise, unique } from './harness/fixtures.ts';

const FIGURES = `payments paidAmount averageDays medianDays within30 within30Value days31To60 days31To60Value
  over60 over60Value paidLate paidLateValue inDispute overdueUnpaidCount overdueUnpaidAmount`;
const REGIONAL: As = { roles: ['LEADING_GROUP'], region: '150621', sub: 'stats-leading-group' };
let unitId: string;
let unitName: string;

async function debt(
  amountDue: string,
  deliveredOn: string,
): Promise<{ id: string; version: number; due: string }> {
  const r = await data<any>(
    `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version statutoryDueOn paymentTermStartsOn } }`,
    {
      i: {
        debtorId: unitId,
        creditorId: await newEnterprise(30, '2025-06-30'),
        contractNo: unique('STAT'),
        contractSignedOn: '2025-12-01',
        subject: 'SERVICES',
        amountDue,
        deliveredOn,
      },
    },
    ADMIN,
  );
  expect(r.registerArrear.paymentTermStartsOn).toBe(deliveredOn);
  return {
    id: r.registerArrear.id,
    version: r.registerArrear.version,
    due: r.registerArrear.statutoryDueOn,
  };
}
const pay = (arrearId: string, amount: string, paidOn: string) =>
  data(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
    { i: { arrearId, amount, paidOn, method: 'TRANSFER', idempotencyKey: unique('stat') } },
    ADMIN,
  );

beforeAll(async () => {
  unitName = unique('付款统计测试局');
  unitId = await newDebtorUnit(unitName);
  // Four debts of an agency (30 days from delivery, 2025 art. 9¶1), 2026 first half:
  const d1 = await debt('10000.00', '2026-01-05'); // due 02-04
  const d2 = await debt('20000.00', '2026-01-10'); // due 02-09
  const d3 = await debt('30000.00', '2026-02-01'); // due 03-03
  const d4 = await debt('8000.00', '2026-03-01'); // due 03-31
  expect([d1.due, d2.due, d3.due, d4.due]).toEqual([
    '2026-02-04',
    '2026-02-09',
    '2026-03-03',
    '2026-03-31',
  ]);
  await pay(d1.id, '10000.00', '2026-01-25'); // 20 days, on time
  await pay(d2.id, '5000.00', '2026-02-19'); // 40 days, late
  await pay(d2.id, '15000.00', '2026-04-10'); // 90 days, late
  await data(
    `mutation($i: MarkDisputedInput!) { markDisputed(input: $i) { id } }`,
    {
      i: {
        arrearId: d3.id,
        expectedVersion: d3.version,
        disputedAmount: '10000.00',
        reason: '部分服务未验收',
        disputedOn: '2026-02-20',
      },
    },
    ADMIN,
  );
  await pay(d3.id, '20000.00', '2026-03-02'); // 29 days, on time, in dispute (the undisputed part, art. 15)
  await pay(d4.id, '3000.00', '2026-07-02'); // the next half: not counted in H1
});

describe('a debtor unit’s figures for 2026-H1 equal the hand computation', () => {
  it('4 payments, 50,000; days 20, 29, 40, 90; bands, late and disputed shares; 2 debts overdue at 30 June', async () => {
    const r = await data<any>(
      `query($id: ID!) { organisation(id: $id) { paymentPerformance(half: "2026-H1") { unitId half ${FIGURES} } } }`,
      { id: unitId },
    );
    expect(r.organisation.paymentPerformance).toEqual({
      unitId,
      half: '2026-H1',
      payments: 4,
      paidAmount: '50000.00',
      averageDays: 44.8, // (20 + 40 + 90 + 29) / 4 = 44.75, one decimal
      medianDays: 34.5, // (29 + 40) / 2
      within30: 0.5, // D1 and D3
      within30Value: 0.6, // 30,000 of 50,000
      days31To60: 0.25,
      days31To60Value: 0.1,
      over60: 0.25,
      over60Value: 0.3,
      paidLate: 0.5, // D2's two payments, after 02-09
      paidLateValue: 0.4,
      inDispute: 0.25, // D3's, while 10,000 of it was disputed
      overdueUnpaidCount: 2, // D3's disputed 10,000 and D4's 8,000 (paid 3,000 only in July)
      overdueUnpaidAmount: '18000.00',
    });
  });

  it('a half with no payments has no shares, only what was overdue at its end; a bad half is refused', async () => {
    const r = await data<any>(
      `query($id: ID!) { organisation(id: $id) { paymentPerformance(half: "2025-H2") { payments averageDays within30 overdueUnpaidCount } } }`,
      { id: unitId },
    );
    expect(r.organisation.paymentPerformance).toEqual({
      payments: 0,
      averageDays: null,
      within30: null,
      overdueUnpaidCount: 0,
    });
    const bad = await gql(
      `query($id: ID!) { organisation(id: $id) { paymentPerformance(half: "2026-Q1") { payments } } }`,
      { id: unitId },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.message).toMatch(/2026-H1/);
  });
});

describe('a demo unit’s figures equal a computation on its seeded payments', () => {
  it('达拉特旗住房和城乡建设局, 2026-H1', async () => {
    const unit = (
      await data<any>(
        `{ organisations(first: 1, filter: { nameContains: "达拉特旗住房和城乡建设局" }) { edges { node { id } } } }`,
      )
    ).organisations.edges[0].node.id;
    const ledger = await data<any>(
      `query($u: ID!) { arrears(first: 200, filter: { debtorIds: [$u] }) { edges { node { status disputed
        paymentTermStartsOn statutoryDueOn periods { kind } payments { amount paidOn } } } } }`,
      { u: unit },
    );
    const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    const rows = ledger.arrears.edges
      .map((e: any) => e.node)
      .filter((d: any) => d.status !== 'WITHDRAWN' && d.paymentTermStartsOn)
      .flatMap((d: any) =>
        d.payments
          .filter((p: any) => p.paidOn >= '2026-01-01' && p.paidOn <= '2026-06-30')
          .map((p: any) => ({
            cents: BigInt(p.amount.replace('.', '')),
            days: Math.max(0, days(d.paymentTermStartsOn, p.paidOn)),
            late: !!d.statutoryDueOn && p.paidOn > d.statutoryDueOn,
          })),
      );
    expect(rows.length).toBeGreaterThan(0);
    const total = rows.reduce((s: bigint, r: any) => s + r.cents, 0n);
    const share = (f: (r: any) => boolean) =>
      Math.round((rows.filter(f).length / rows.length) * 10000) / 10000;
    const r = await data<any>(
      `query($id: ID!) { organisation(id: $id) { paymentPerformance(half: "2026-H1") { payments paidAmount averageDays within30 over60 paidLate } } }`,
      { id: unit },
    );
    const avg = rows.reduce((s: number, r: any) => s + r.days, 0) / rows.length;
    expect(r.organisation.paymentPerformance).toEqual({
      payments: rows.length,
      paidAmount: `${total / 100n}.${String(total % 100n).padStart(2, '0')}`,
      averageDays: Math.round(avg * 10) / 10,
      within30: share((x) => x.days <= 30),
      over60: share((x) => x.days > 60),
      paidLate: share((x) => x.late),
    });
  });
});

describe('the public register (reviewed, then published)', () => {
  const REGISTER = `query($s: String, $h: String, $r: ID) { paymentPerformanceRegister(first: 50, search: $s, half: $h, regionCode: $r) {
    totalCount edges { node { id version subject subjectName half status payments averageDays overdueUnpaidAmount unit { id } } } } }`;

  it('drafts from the ledger, reviewed by an inspector, published by the leading group; anonymous visitors find only the published', async () => {
    const drafted = await data<any>(
      `mutation { generatePaymentReports(regionCode: "150621", half: "2026-H1") { id version subject subjectName regionCode status payments averageDays } }`,
      {},
      REGIONAL,
    );
    const reports = drafted.generatePaymentReports;
    const mine = reports.find((r: any) => r.subjectName === unitName);
    expect(mine).toMatchObject({
      subject: 'UNIT',
      status: 'DRAFT',
      payments: 4,
      averageDays: 44.8,
      regionCode: '150621',
    });
    const region = reports.find((r: any) => r.subject === 'REGION' && r.regionCode === '150621');
    const live = await data<any>(
      `{ region(code: "150621") { paymentPerformance(half: "2026-H1") { payments averageDays } } }`,
    );
    expect({ payments: region.payments, averageDays: region.averageDays }).toEqual(
      live.region.paymentPerformance,
    );
    expect(reports.some((r: any) => r.subject === 'REGION' && r.regionCode !== '150621')).toBe(
      true,
    );

    // Anonymous: nothing yet.
    const before = await data<any>(REGISTER, { s: unitName }, null);
    expect(before.paymentPerformanceRegister.totalCount).toBe(0);
    // An inspector reviews but may not publish.
    const reviewed = await data<any>(
      `mutation($id: ID!, $v: Int!) { movePaymentReport(reportId: $id, expectedVersion: $v, status: REVIEWED) { version status } }`,
      { id: mine.id, v: mine.version },
      INSPECTOR,
    );
    const refused = await gql(
      `mutation($id: ID!, $v: Int!) { movePaymentReport(reportId: $id, expectedVersion: $v, status: PUBLISHED) { status } }`,
      { id: mine.id, v: reviewed.movePaymentReport.version },
      INSPECTOR,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    await data(
      `mutation($id: ID!, $v: Int!) { movePaymentReport(reportId: $id, expectedVersion: $v, status: PUBLISHED) { status publishedOn } }`,
      { id: mine.id, v: reviewed.movePaymentReport.version },
      LEADING_GROUP,
    );
    // A second drafting leaves the published report as it is.
    const again = await data<any>(
      `mutation { generatePaymentReports(regionCode: "150621", half: "2026-H1") { id status } }`,
      {},
      REGIONAL,
    );
    expect(again.generatePaymentReports.find((r: any) => r.id === mine.id).status).toBe(
      'PUBLISHED',
    );
    // Anonymous visitors search the register by name, half and region.
    for (const variables of [
      { s: unitName.slice(0, 9) },
      { s: unitName, h: '2026-H1' },
      { s: unitName, r: '150000' },
    ]) {
      const found = await data<any>(REGISTER, variables, null);
      expect(found.paymentPerformanceRegister.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({
          id: mine.id,
          status: 'PUBLISHED',
          payments: 4,
          overdueUnpaidAmount: '18000.00',
          unit: { id: unitId },
        }),
      ]);
    }
    expect(
      (await data<any>(REGISTER, { s: unitName, h: '2025-H2' }, null)).paymentPerformanceRegister
        .totalCount,
    ).toBe(0);
    // The drafts of the other subjects stay out of an anonymous visitor's sight.
    const all = await data<any>(REGISTER, { h: '2026-H1' }, null);
    expect(
      all.paymentPerformanceRegister.edges.every((e: any) => e.node.status === 'PUBLISHED'),
    ).toBe(true);
  });

  it('refuses a half that has not ended, and a region outside the viewer’s reach before anything else', async () => {
    const running = await gql(
      `mutation { generatePaymentReports(regionCode: "150621", half: "2026-H2") { id } }`,
      {},
      REGIONAL,
    );
    expect(errorCodes(running)).toEqual(['BAD_USER_INPUT']);
    expect(running.errors![0]!.extensions!.field).toBe('half');
    const outside = await gql(
      `mutation { generatePaymentReports(regionCode: "410422", half: "2026-H1") { id } }`,
      {},
      REGIONAL,
    );
    expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
  });
});
