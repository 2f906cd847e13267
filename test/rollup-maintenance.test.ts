// The ledger's rollup (issue 19) stays exactly what the ledger gives afresh: through concurrent
// writes on one unit's debts, and for every date its age buckets are moved to — across each bucket
// boundary, forward and back, and by far jumps (a rebuild). ledger_rollup_differences() computes
// the rollup afresh from the ledger lines with the same per-line rule and lists the debtors whose
// stored totals or months differ; here it is read straight from the arrears database, like the
// access oracle reads rows: the hub is not asked to judge itself.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '@arrears-hub/subgraph-kit';
import { ADMIN, data, gql } from './harness/client.ts';
import { query } from './harness/access-oracle.ts';
import {
  demoParties,
  newDebtorUnit,
  refreshDirectories,
  registerRegion,
  unique,
} from './harness/fixtures.ts';

const differences = () => query('arrears', 'select * from ledger_rollup_differences()');
const clock = async () =>
  (await query<{ as_of: string }>('arrears', 'select as_of::text from ledger_rollup_clock'))[0]!
    .as_of;
const advance = (date: string) =>
  query('arrears', 'select ledger_rollup_advance($1::date)', [date]);

describe('the rollup kept by the triggers', () => {
  afterAll(async () => {
    await advance(todayInChina());
  });

  it('ages exactly as the ledger on every date it is moved to, across each bucket boundary', async () => {
    const today = todayInChina();
    const dues = await query<{ d: string }>(
      'arrears',
      `select distinct statutory_due_on::text as d from arrear where statutory_due_on is not null order by 1`,
    );
    expect(dues.length).toBeGreaterThan(5);
    // For a few due dates: the day before, on and after each boundary (0, 30, 90, 180, 365, 1095
    // days past due), in date order, then back again.
    const dates = new Set<string>();
    for (const { d } of [dues[0]!, dues[Math.floor(dues.length / 2)]!, dues.at(-1)!])
      for (const b of [0, 30, 90, 180, 365, 1095])
        for (const e of [-1, 0, 1]) dates.add(addDays(d, b + e));
    const forward = [...dates].sort();
    let checked = 0;
    for (const date of [...forward, ...forward.slice(0, 12).reverse()]) {
      await advance(date);
      expect(await clock()).toBe(date);
      expect(await differences(), `rollup aged to ${date}`).toEqual([]);
      checked++;
    }
    // A far jump rebuilds, and back to today.
    await advance(addDays(today, -1500));
    expect(await differences()).toEqual([]);
    await advance(today);
    expect(await clock()).toBe(today);
    expect(await differences()).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  }, 120_000);

  it('a region read on a new day finds its buckets moved to today first', async () => {
    const before = await data<any>(
      `{ region(code: "150621") { arrearsSummary { byAgeBucket { bucket count outstanding } overdueOutstanding } } }`,
    );
    await advance(addDays(todayInChina(), -45)); // as if the last read had been 45 days ago
    const after = await data<any>(
      `{ region(code: "150621") { arrearsSummary { byAgeBucket { bucket count outstanding } overdueOutstanding } } }`,
    );
    expect(after).toEqual(before);
    expect(await clock()).toBe(todayInChina());
  });

  it('stays in step through concurrent payments and status changes on one unit’s debts', async () => {
    const { debtorId, creditorId } = await demoParties();
    const debts: { id: string; version: number }[] = [];
    for (let n = 0; n < 6; n++) {
      const created = await data<any>(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version } }`,
        {
          i: {
            debtorId,
            creditorId,
            contractNo: unique('CONC'),
            contractSignedOn: '2025-01-10',
            subject: 'GOODS',
            amountDue: '1000.00',
            deliveredOn: '2025-01-20',
          },
        },
        ADMIN,
      );
      debts.push(created.registerArrear);
    }
    const pay = (arrearId: string, amount: string) =>
      gql(
        `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
        {
          i: {
            arrearId,
            amount,
            paidOn: '2026-05-05',
            method: 'TRANSFER',
            idempotencyKey: unique('conc'),
          },
        },
        ADMIN,
      );
    const results = await Promise.all([
      ...debts.flatMap((d) => [pay(d.id, '100.00'), pay(d.id, '150.00'), pay(d.id, '1.00')]),
      gql(
        `mutation($i: TransferToJudicialInput!) { transferToJudicial(input: $i) { status } }`,
        { i: { arrearId: debts[0]!.id, expectedVersion: debts[0]!.version, reference: '仲裁' } },
        ADMIN,
      ),
      gql(
        `mutation($i: WithdrawArrearInput!) { withdrawArrear(input: $i) { status } }`,
        { i: { arrearId: debts[1]!.id, expectedVersion: debts[1]!.version, reason: '登记错误' } },
        ADMIN,
      ),
    ]);
    // Some writes lose a race for a version (CONFLICT) or find the debt gone to court: coded, and
    // whatever was accepted is in the rollup exactly once.
    for (const r of results)
      for (const e of r.errors ?? []) expect(['CONFLICT']).toContain(e.extensions?.code);
    expect(results.filter((r) => !r.errors).length).toBeGreaterThan(10);
    expect(await differences()).toEqual([]);
    const unit = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { count paid } } }`,
      { id: debtorId },
    );
    const lines = await query<{ count: number; paid: string }>(
      'arrears',
      `select count(*)::int as count, coalesce(sum(paid), 0)::numeric(18,2)::text as paid from arrear
        where debtor_id = $1 and not in_judicial_process and status not in ('IN_COURT', 'WITHDRAWN')`,
      [debtorId],
    );
    expect(unit.organisation.arrearsSummary).toEqual(lines[0]);
  });

  it('keeps the payment-times histogram through a payment, a dispute period, corrected terms, withdrawal and a move', async () => {
    // A county of this file's own, so that its figures are this test's payments alone.
    const COUNTY = '150689';
    const OTHER = '150689001';
    await registerRegion(COUNTY, '付款时长测试旗', 'BANNER', '150600');
    await registerRegion(OTHER, '付款时长测试镇', 'TOWN', COUNTY);
    const debtorId = await newDebtorUnit(unique('付款时长测试局'), 'GOVERNMENT_DEPARTMENT', COUNTY);
    await refreshDirectories();
    const { creditorId } = await demoParties();
    const figures = async (code: string) =>
      (
        await data<any>(
          `query($c: ID!) { region(code: $c) { paymentPerformance(half: "2026-H1") { payments paidAmount medianDays paidLate inDispute } } }`,
          { c: code },
          ADMIN,
        )
      ).region.paymentPerformance;
    const line = async (id: string) =>
      (await data<any>(`query($id: ID!) { arrear(id: $id) { version statutoryDueOn } }`, { id }))
        .arrear as { version: number; statutoryDueOn: string };
    const created = await data<any>(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId,
          creditorId,
          contractNo: unique('DAYS'),
          contractSignedOn: '2025-12-20',
          subject: 'SERVICES',
          amountDue: '5000.00',
          deliveredOn: '2026-01-05',
        },
      },
      ADMIN,
    );
    const id = created.registerArrear.id;
    await data(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
      {
        i: {
          arrearId: id,
          amount: '1200.00',
          paidOn: '2026-02-10',
          method: 'TRANSFER',
          idempotencyKey: unique('days'),
        },
      },
      ADMIN,
    );
    expect(await differences()).toEqual([]);
    const due = (await line(id)).statutoryDueOn;
    expect(await figures(COUNTY)).toEqual({
      payments: 1,
      paidAmount: '1200.00',
      medianDays: 36, // 5 January to 10 February
      paidLate: '2026-02-10' > due ? 1 : 0,
      inDispute: 0,
    });
    // The whole league counts it too (every level of the debtor's place).
    expect((await figures('150600')).payments).toBeGreaterThanOrEqual(1);

    // A dispute recorded afterwards from 1 February: the payment was made in dispute.
    await data(
      `mutation($i: MarkDisputedInput!) { markDisputed(input: $i) { id } }`,
      {
        i: {
          arrearId: id,
          expectedVersion: (await line(id)).version,
          disputedAmount: '800.00',
          reason: '服务量有分歧',
          disputedOn: '2026-02-01',
        },
      },
      ADMIN,
    );
    expect(await differences()).toEqual([]);
    expect((await figures(COUNTY)).inDispute).toBe(1);

    // The delivery date corrected to 20 January: 21 days, and a new due date.
    await data(
      `mutation($i: RecordContractTermsInput!) { recordContractTerms(input: $i) { id } }`,
      {
        i: {
          arrearId: id,
          expectedVersion: (await line(id)).version,
          deliveredOn: '2026-01-20',
          terms: {},
        },
      },
      ADMIN,
    );
    expect(await differences()).toEqual([]);
    const corrected = (await line(id)).statutoryDueOn;
    expect(corrected).not.toBe(due);
    expect(await figures(COUNTY)).toMatchObject({
      medianDays: 21,
      paidLate: '2026-02-10' > corrected ? 1 : 0,
    });

    // The unit moves to the township: the county still counts it (its subtree), the township now does.
    const unit = await data<any>(`query($id: ID!) { organisation(id: $id) { version } }`, {
      id: debtorId,
    });
    await data(
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { regionCode: "${OTHER}" }) { id } }`,
      { id: debtorId, v: unit.organisation.version },
      ADMIN,
    );
    if (!(await refreshDirectories())) await new Promise((r) => setTimeout(r, 31_000));
    const place = async () =>
      (
        await query<{ path: string }>(
          'arrears',
          'select debtor_region_path as path from arrear where id = $1',
          [id],
        )
      )[0]!.path;
    for (let i = 0; i < 50 && !(await place()).includes(`/${OTHER}/`); i++)
      await new Promise((r) => setTimeout(r, 200));
    expect(await place()).toContain(`/${OTHER}/`);
    expect(await differences()).toEqual([]);
    expect((await figures(OTHER)).payments).toBe(1);
    expect((await figures(COUNTY)).payments).toBe(1);

    // Withdrawn: its payment counts nowhere.
    await data(
      `mutation($i: WithdrawArrearInput!) { withdrawArrear(input: $i) { id } }`,
      { i: { arrearId: id, expectedVersion: (await line(id)).version, reason: '重复登记' } },
      ADMIN,
    );
    expect(await differences()).toEqual([]);
    expect((await figures(COUNTY)).payments).toBe(0);
    expect((await figures(OTHER)).payments).toBe(0);

    // A histogram row the ledger does not give (as a bulk load with the triggers off would leave
    // it) is found by the check and gone after the one rebuild of every rollup.
    await query(
      'arrears',
      `insert into ledger_region_payment_days (region_code, half, days, payments, paid) values ($1, '1999-01-01', 7, 3, 30)`,
      [COUNTY],
    );
    expect(await differences()).toEqual([
      { debtor_id: null, part: `payment days ${COUNTY} 1999-01-01 7` },
    ]);
    await query('arrears', 'select ledger_rollup_rebuild($1::date)', [todayInChina()]);
    expect(await differences()).toEqual([]);
  }, 120_000);
});
