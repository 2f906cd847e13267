// One ledger of money, through the gateway: a disbursement is the payment on the ledger (posted in
// the same step through the POST_DISBURSEMENT contract, for the person), capped by the debt's
// undisputed outstanding at that moment however many race; 100 concurrent disbursements and unit
// payments on one debt; the reconciliation for the finance bureau; a replayed idempotency key
// writes nothing; the kit's POST contract form refuses what it should.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_VIEWER_SECRET, serviceViewer, signViewer } from '@arrears-hub/protocol';
import { query } from './harness/access-oracle.ts';
import { ADMIN, data, errorCodes, gql, hub, type As } from './harness/client.ts';
import { newDebtorUnit, newEnterprise, unique } from './harness/fixtures.ts';

const FINANCE: As = { roles: ['FINANCE'], sub: 'money-ledger-finance' };
const DISBURSE = `mutation($i: DisburseInput!) { disburse(input: $i) { id amount status paymentId } }`;
const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amount } }`;
const DEBT = `query($id: ID!) { arrear(id: $id) { amountDue paid outstanding status
  payments { id amount paidOn disbursementId idempotencyKey } disbursements { id amount status paymentId } } }`;
const RECONCILE = `query($u: [ID!]) { disbursementReconciliation(unitIds: $u) { checked
  unmatchedDisbursements { reason disbursement { id } } unmatchedPayments { reason paymentId }
  possibleDuplicates { paymentId } } }`;
const toCents = (money: string) => BigInt(money.replace('.', ''));
const sum = (amounts: string[]) => amounts.reduce((s, a) => s + toCents(a), 0n);

let debtorId: string;
let creditorId: string;

async function newLine(amount = '10000000.00'): Promise<string> {
  const result = await data<any>(
    `mutation($i: AppropriateInput!) { appropriate(input: $i) { id } }`,
    {
      i: {
        unitId: debtorId,
        fiscalYear: 2026,
        purpose: 'CLEARANCE_FUND',
        fundingSource: 'FISCAL_FUNDS',
        amount,
      },
    },
    FINANCE,
  );
  return result.appropriate.id;
}

async function newDebt(amountDue: string): Promise<string> {
  const result = await data<any>(
    `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
    {
      i: {
        debtorId,
        creditorId,
        contractNo: unique('MONEY'),
        contractSignedOn: '2025-07-01',
        subject: 'WORKS',
        amountDue,
        deliveredOn: '2025-07-02',
      },
    },
    ADMIN,
  );
  return result.registerArrear.id;
}

/** The debtor's current figures as the rollup keeps them (an ADMIN reads the rollup's row). */
const rollupOf = async () =>
  (
    await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { paid outstanding
        clearedByMonth(from: "2026-05", to: "2026-05") { month payments paid } } } }`,
      { id: debtorId },
    )
  ).organisation.arrearsSummary;

/** Where the triggers' rollup of this debtor differs from the ledger recomputed (none expected). */
const rollupDifferences = () =>
  query<{ debtor_id: string; part: string }>(
    'arrears',
    'select debtor_id::text, part from ledger_rollup_differences() where debtor_id = $1',
    [debtorId],
  );

const auditCount = async (subgraph: string) =>
  (await query<{ n: number }>(subgraph, 'select count(*)::int as n from audit_trail'))[0]!.n;

beforeAll(async () => {
  debtorId = await newDebtorUnit(unique('拨付测试局'));
  creditorId = await newEnterprise(40, '2025-01-01');
});

describe('a disbursement is a payment on the ledger', () => {
  it('is posted in the same step: the debt’s outstanding and the unit’s funding gap move at once', async () => {
    const line = await newLine('500000.00');
    const arrearId = await newDebt('300000.00');
    const gapOf = async () =>
      (
        await data<any>(
          `query($id: ID!) { organisation(id: $id) { fundingGap { outstanding availableForClearance gap } } }`,
          { id: debtorId },
        )
      ).organisation.fundingGap;
    const before = await gapOf();
    const rollupBefore = await rollupOf();
    const d = (
      await data<any>(
        DISBURSE,
        {
          i: {
            budgetLineId: line,
            arrearId,
            amount: '120000.00',
            paidOn: '2026-05-01',
            voucherNo: '达财〔2026〕7号',
          },
        },
        FINANCE,
      )
    ).disburse;
    expect(d).toMatchObject({ status: 'POSTED', amount: '120000.00' });
    const debt = (await data<any>(DEBT, { id: arrearId })).arrear;
    expect(debt).toMatchObject({ paid: '120000.00', outstanding: '180000.00', status: 'REPAYING' });
    expect(debt.payments).toEqual([
      {
        id: d.paymentId,
        amount: '120000.00',
        paidOn: '2026-05-01',
        disbursementId: d.id,
        idempotencyKey: `disbursement:${d.id}`,
      },
    ]);
    expect(debt.disbursements).toEqual([
      { id: d.id, amount: '120000.00', status: 'POSTED', paymentId: d.paymentId },
    ]);
    // Both sides of the gap moved by the same amount: no more overstated gap until someone keys it.
    const after = await gapOf();
    expect(toCents(before.outstanding) - toCents(after.outstanding)).toBe(12_000_000n);
    expect(toCents(before.availableForClearance) - toCents(after.availableForClearance)).toBe(
      12_000_000n,
    );
    expect(after.gap).toBe(before.gap);
    // The disbursement moved the rollup (totals and the month's payments) like any payment.
    const rollupAfter = await rollupOf();
    expect(toCents(rollupAfter.paid) - toCents(rollupBefore.paid)).toBe(12_000_000n);
    expect(toCents(rollupBefore.outstanding) - toCents(rollupAfter.outstanding)).toBe(12_000_000n);
    const may = (s: any) => s.clearedByMonth[0] ?? { payments: 0, paid: '0.00' };
    expect(may(rollupAfter).payments - may(rollupBefore).payments).toBe(1);
    expect(toCents(may(rollupAfter).paid) - toCents(may(rollupBefore).paid)).toBe(12_000_000n);
    expect(await rollupDifferences()).toEqual([]);
  });

  it('four disbursements of ¥1.6 m on a ¥2.67 m debt, from four lines at once: one is accepted, three refused with the field, nothing written for them', async () => {
    const lines = await Promise.all([1, 2, 3, 4].map(() => newLine('2000000.00')));
    const arrearId = await newDebt('2670000.00');
    const financeAudit = await auditCount('finance');
    const results = await Promise.all(
      lines.map((budgetLineId) =>
        gql<any>(
          DISBURSE,
          { i: { budgetLineId, arrearId, amount: '1600000.00', paidOn: '2026-05-02' } },
          FINANCE,
        ),
      ),
    );
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0]!.extensions!.field).toBe('input.amount');
      expect(refused.errors![0]!.message).toMatch(/1070000\.00/);
    }
    const debt = (await data<any>(DEBT, { id: arrearId })).arrear;
    expect(debt).toMatchObject({ paid: '1600000.00', outstanding: '1070000.00' });
    expect(debt.payments).toHaveLength(1);
    const lineRows = await data<any>(
      `{ budgetLines(first: 500, filter: { fiscalYears: [2026] }) { edges { node { id disbursed } } } }`,
      {},
      FINANCE,
    );
    const disbursed = lineRows.budgetLines.edges
      .filter((e: any) => lines.includes(e.node.id))
      .map((e: any) => e.node.disbursed);
    expect(sum(disbursed)).toBe(160_000_000n);
    // The accepted one: its disbursement, its line's change (two entries); the refused: nothing.
    expect(await auditCount('finance')).toBe(financeAudit + 2);
  });

  it('100 concurrent disbursements and unit payments on one debt: paid never exceeds what is owed, every accepted amount is on the ledger once, every refusal is coded, the reconciliation is empty', async () => {
    const lines = await Promise.all([1, 2, 3, 4, 5].map(() => newLine('100000.00')));
    const arrearId = await newDebt('10000.00');
    const attempts = Array.from({ length: 100 }, (_, i) => {
      if (i % 2 === 0)
        return {
          kind: 'disbursement' as const,
          run: () =>
            gql<any>(
              DISBURSE,
              {
                i: { budgetLineId: lines[i % 5], arrearId, amount: '150.00', paidOn: '2026-05-03' },
              },
              FINANCE,
            ),
        };
      const key = unique('unit-pay');
      return {
        kind: 'payment' as const,
        run: () =>
          gql<any>(
            PAY,
            {
              i: {
                arrearId,
                amount: '130.00',
                paidOn: '2026-05-04',
                method: 'TRANSFER',
                idempotencyKey: key,
              },
            },
            ADMIN,
          ),
      };
    });
    const results = await Promise.all(attempts.map((a) => a.run()));
    const codes = new Set<string>();
    const acceptedDisbursements: { id: string; amount: string; paymentId: string }[] = [];
    const acceptedPayments: { id: string; amount: string }[] = [];
    results.forEach((r, i) => {
      if (r.errors) {
        codes.add(String(r.errors[0]!.extensions?.code));
        return;
      }
      if (attempts[i]!.kind === 'disbursement') acceptedDisbursements.push(r.data.disburse);
      else acceptedPayments.push(r.data.recordPayment);
    });
    // Refusals are the coded ones a clerk can act on: too much (BAD_USER_INPUT), already cleared (CONFLICT).
    expect([...codes].every((c) => c === 'BAD_USER_INPUT' || c === 'CONFLICT')).toBe(true);
    const debt = (await data<any>(DEBT, { id: arrearId })).arrear;
    const accepted = sum([...acceptedDisbursements, ...acceptedPayments].map((x) => x.amount));
    expect(toCents(debt.paid)).toBe(accepted);
    expect(toCents(debt.paid)).toBeLessThanOrEqual(1_000_000n);
    expect(toCents(debt.paid)).toBeGreaterThan(1_000_000n - 15_000n); // filled to within one attempt
    // Every accepted amount is on the ledger exactly once.
    expect(debt.payments).toHaveLength(acceptedDisbursements.length + acceptedPayments.length);
    for (const d of acceptedDisbursements)
      expect(
        debt.payments.filter((p: any) => p.disbursementId === d.id).map((p: any) => p.id),
      ).toEqual([d.paymentId]);
    const ids = new Set(debt.payments.map((p: any) => p.id));
    for (const p of acceptedPayments) expect(ids.has(p.id)).toBe(true);
    expect(debt.disbursements.every((d: any) => d.status === 'POSTED')).toBe(true);
    expect(debt.disbursements).toHaveLength(acceptedDisbursements.length);
    const reconciliation = (await data<any>(RECONCILE, { u: [debtorId] }, FINANCE))
      .disbursementReconciliation;
    expect(reconciliation.checked).toBeGreaterThanOrEqual(acceptedDisbursements.length);
    expect(reconciliation.unmatchedDisbursements).toEqual([]);
    expect(reconciliation.unmatchedPayments).toEqual([]);
    expect(reconciliation.possibleDuplicates).toEqual([]);
    // The rollup the triggers kept through the concurrent postings equals the ledger recomputed.
    expect(await rollupDifferences()).toEqual([]);
    console.log(
      `100 concurrent: ${acceptedDisbursements.length} disbursements and ${acceptedPayments.length} unit payments accepted, paid ${debt.paid} of ${debt.amountDue}, refusals ${[...codes].join(', ')}`,
    );
  }, 120_000);

  it('the reconciliation lists a unit’s second keying of a disbursement as a possible duplicate', async () => {
    const line = await newLine('10000.00');
    const arrearId = await newDebt('5000.00');
    const d = (
      await data<any>(
        DISBURSE,
        { i: { budgetLineId: line, arrearId, amount: '800.00', paidOn: '2026-05-05' } },
        FINANCE,
      )
    ).disburse;
    const keyed = (
      await data<any>(
        PAY,
        {
          i: {
            arrearId,
            amount: '800.00',
            paidOn: '2026-05-05',
            method: 'TRANSFER',
            idempotencyKey: unique('twice'),
          },
        },
        ADMIN,
      )
    ).recordPayment;
    const r = (await data<any>(RECONCILE, { u: [debtorId] }, FINANCE)).disbursementReconciliation;
    expect(r.possibleDuplicates).toEqual([{ paymentId: keyed.id }]);
    expect(r.unmatchedDisbursements.map((u: any) => u.disbursement.id)).not.toContain(d.id);
  });

  it('a debt that can no longer be paid refuses the disbursement with the ledger’s code; nothing is written', async () => {
    const line = await newLine('10000.00');
    const arrearId = await newDebt('1000.00');
    const debt = await data<any>(`query($id: ID!) { arrear(id: $id) { version } }`, {
      id: arrearId,
    });
    await data(
      `mutation($i: WithdrawArrearInput!) { withdrawArrear(input: $i) { id } }`,
      { i: { arrearId, expectedVersion: debt.arrear.version, reason: '重复登记' } },
      ADMIN,
    );
    const before = [await auditCount('finance'), await auditCount('arrears')];
    const refused = await gql(
      DISBURSE,
      { i: { budgetLineId: line, arrearId, amount: '100.00', paidOn: '2026-05-06' } },
      FINANCE,
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toMatch(/0\.00/);
    expect([await auditCount('finance'), await auditCount('arrears')]).toEqual(before);
  });
});

describe('the person’s jurisdiction on both sides', () => {
  const REGIONAL_FINANCE: As = {
    roles: ['FINANCE'],
    region: '150621',
    sub: 'money-ledger-regional',
  };

  async function debtInYeCounty(): Promise<string> {
    const found = await data<any>(`{ organisations(first: 20, filter: { regionCode: "410422" }) {
      edges { node { arrearsOwed(first: 5) { edges { node { id outstanding } } } } } } }`);
    return found.organisations.edges
      .flatMap((e: any) => e.node.arrearsOwed.edges.map((x: any) => x.node))
      .find((d: any) => Number(d.outstanding) > 100).id;
  }

  it('finance refuses a debt outside the viewer’s region before anything else, and writes nothing', async () => {
    const line = await newLine('10000.00');
    const outside = await debtInYeCounty();
    const before = [await auditCount('finance'), await auditCount('arrears')];
    const refused = await gql(
      DISBURSE,
      { i: { budgetLineId: line, arrearId: outside, amount: '100.00', paidOn: '2026-05-09' } },
      REGIONAL_FINANCE,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.message).not.toMatch(/\d+\.\d{2}/); // nothing about that debt
    expect([await auditCount('finance'), await auditCount('arrears')]).toEqual(before);
  });

  it('the ledger applies the same person’s reach to the posting itself', async () => {
    const outside = await debtInYeCounty();
    const person = {
      id: REGIONAL_FINANCE.sub!,
      roles: REGIONAL_FINANCE.roles,
      regionCode: '150621',
    };
    const response = await fetch(
      new URL('/internal/disbursement-payments', hub().subgraphUrls.arrears!),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-viewer': signViewer(serviceViewer('finance', person), DEVELOPMENT_VIEWER_SECRET),
        },
        body: JSON.stringify({
          disbursementId: randomUUID(),
          arrearId: outside,
          amount: '1.00',
          paidOn: '2026-05-09',
          voucherNo: null,
        }),
      },
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('a replayed idempotent write returns the original and writes nothing', () => {
  it('150 replays of a payment’s key: one payment, one pair of audit entries', async () => {
    const arrearId = await newDebt('9000.00');
    const key = unique('replay');
    const input = {
      arrearId,
      amount: '900.00',
      paidOn: '2026-05-07',
      method: 'TRANSFER',
      idempotencyKey: key,
    };
    const before = await auditCount('arrears');
    const first = (await data<any>(PAY, { i: input }, ADMIN)).recordPayment;
    expect(await auditCount('arrears')).toBe(before + 2); // the payment's CREATE, the debt's PAYMENT
    for (let wave = 0; wave < 6; wave++) {
      const replies = await Promise.all(
        Array.from({ length: 25 }, () => data<any>(PAY, { i: input }, ADMIN)),
      );
      for (const r of replies) expect(r.recordPayment).toEqual(first);
    }
    expect(await auditCount('arrears')).toBe(before + 2);
    const debt = (await data<any>(DEBT, { id: arrearId })).arrear;
    expect(debt).toMatchObject({ paid: '900.00' });
    expect(debt.payments).toHaveLength(1);
  });
});

describe('the kit’s POST contract form (POST_DISBURSEMENT)', () => {
  const url = () => new URL('/internal/disbursement-payments', hub().subgraphUrls.arrears!);
  const person = { id: 'contract-test-admin', roles: ['ADMIN' as const] };
  const signed = (service: string) =>
    signViewer(serviceViewer(service, person), DEVELOPMENT_VIEWER_SECRET);
  const post = (body: unknown, service = 'finance', method = 'POST') =>
    fetch(url(), {
      method,
      headers: { 'x-hub-viewer': signed(service), 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
    });

  it('records once per disbursement id: the replay answers recorded: false and writes nothing', async () => {
    const arrearId = await newDebt('700.00');
    const body = {
      disbursementId: randomUUID(),
      arrearId,
      amount: '70.00',
      paidOn: '2026-05-08',
      voucherNo: null,
    };
    const first = (await (await post(body)).json()) as any;
    expect(first).toMatchObject({
      arrearId,
      amount: '70.00',
      outstanding: '630.00',
      recorded: true,
    });
    const audit = await auditCount('arrears');
    const again = (await (await post(body)).json()) as any;
    expect(again).toMatchObject({ paymentId: first.paymentId, recorded: false });
    expect(await auditCount('arrears')).toBe(audit);
    // The same disbursement with another amount is a coded conflict (422 → the caller's error).
    const other = await post({ ...body, amount: '71.00' });
    expect(other.status).toBe(422);
    expect(((await other.json()) as any).errors[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses GET, a caller that is not registered, and a body that is not a posting', async () => {
    expect((await post(undefined, 'finance', 'GET')).status).toBe(405);
    expect((await post({}, 'supervision')).status).toBe(403);
    const bad = await post({
      disbursementId: 'x',
      arrearId: randomUUID(),
      amount: '1',
      paidOn: '2026-01-01',
    });
    expect(bad.status).toBe(400);
    const money = await post({
      disbursementId: randomUUID(),
      arrearId: randomUUID(),
      amount: 1.5,
      paidOn: '2026-01-01',
    });
    expect(money.status).toBe(400);
  });
});
