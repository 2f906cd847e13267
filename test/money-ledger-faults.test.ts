// One ledger of money with the ledger killed in the middle, on a private hub (its own PostgreSQL
// and processes): 100 disbursements and unit payments on one debt while the arrears subgraph is
// SIGKILLed and restarted. Disbursements made while it is down are held PENDING and completed when
// it is back (completePendingDisbursements, idempotent: run it twice); unit payments that failed are
// retried with their idempotency key, as a client would; one pending disbursement is recorded by
// the ledger behind finance's back (an answer lost in transit) and must not be recorded twice. Then: paid never exceeds what is owed,
// every accepted amount is on the ledger exactly once, every refusal is coded, the reconciliation
// is empty, and the budget lines hold exactly what was posted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_VIEWER_SECRET, serviceViewer, signViewer } from '@arrears-hub/protocol';
import type { As, GraphQLResponse } from './harness/client.ts';
import { ADMIN } from './harness/client.ts';
import { newCreditCode, unique } from './harness/fixtures.ts';
import { startPrivateHub, type PrivateHub } from './harness/private-hub.ts';

let hub: PrivateHub;
const FINANCE: As = { roles: ['FINANCE'], sub: 'faults-finance' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DISBURSE = `mutation($i: DisburseInput!) { disburse(input: $i) { id amount status paymentId } }`;
const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amount } }`;
const COMPLETE = `mutation { completePendingDisbursements { posted refused stillPending disbursements { id status paymentId refusalCode } } }`;
const toCents = (money: string) => BigInt(money.replace('.', ''));

async function ok<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  as: As = ADMIN,
): Promise<T> {
  const result = await hub.gql<T>(query, variables, as);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

async function eventually(query: string, as: As = ADMIN, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const result = await hub.gql(query, {}, as).catch(() => ({ errors: [{}] }) as GraphQLResponse);
    if (!result.errors?.length) return;
    if (Date.now() > deadline) throw new Error(`still failing: ${JSON.stringify(result)}`);
    await sleep(500);
  }
}

let debtorId: string;
let arrearId: string;
let lostAnswer: { disbursementId: string; paymentId: string; recorded: boolean };
let spareLine: string;
let oversized: { id: string; status: string };
const lines: string[] = [];

beforeAll(async () => {
  hub = await startPrivateHub();
  await eventually(`{ arrears(first: 1) { totalCount } }`);
  debtorId = (
    await ok(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      {
        i: { name: unique('故障拨付测试局'), kind: 'GOVERNMENT_DEPARTMENT', regionCode: '150621' },
      },
    )
  ).registerOrganisation.id;
  const creditorId = (
    await ok(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      {
        i: {
          name: unique('故障测试企业'),
          kind: 'PRIVATE_ENTERPRISE',
          regionCode: '150621',
          creditCode: newCreditCode(),
          size: { industry: 'OTHER', employees: 20, asOf: '2025-01-01' },
        },
      },
    )
  ).registerOrganisation.id;
  arrearId = (
    await ok(`mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`, {
      i: {
        debtorId,
        creditorId,
        contractNo: unique('FAULT'),
        contractSignedOn: '2025-07-01',
        subject: 'WORKS',
        amountDue: '10000.00',
        deliveredOn: '2025-07-02',
      },
    })
  ).registerArrear.id;
  for (let i = 0; i < 5; i++)
    lines.push(
      (
        await ok(
          `mutation($i: AppropriateInput!) { appropriate(input: $i) { id } }`,
          {
            i: {
              unitId: debtorId,
              fiscalYear: 2026,
              purpose: 'CLEARANCE_FUND',
              fundingSource: 'FISCAL_FUNDS',
              amount: '100000.00',
            },
          },
          FINANCE,
        )
      ).appropriate.id,
    );
  spareLine = (
    await ok(
      `mutation($i: AppropriateInput!) { appropriate(input: $i) { id } }`,
      {
        i: {
          unitId: debtorId,
          fiscalYear: 2026,
          purpose: 'CLEARANCE_FUND',
          fundingSource: 'FISCAL_FUNDS',
          amount: '100000.00',
        },
      },
      FINANCE,
    )
  ).appropriate.id;
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

describe('arrears killed and restarted in the middle of 100 disbursements and payments', () => {
  it('pending disbursements complete; nothing is lost or doubled; the reconciliation is empty', async () => {
    interface Attempt {
      kind: 'disbursement' | 'payment';
      key?: string;
      result?: GraphQLResponse<any>;
    }
    const attempts: Attempt[] = Array.from({ length: 100 }, (_, i) =>
      i % 2 === 0 ? { kind: 'disbursement' } : { kind: 'payment', key: unique('fault-pay') },
    );
    const run = (a: Attempt, i: number) =>
      a.kind === 'disbursement'
        ? hub.gql(
            DISBURSE,
            { i: { budgetLineId: lines[i % 5], arrearId, amount: '150.00', paidOn: '2026-05-03' } },
            FINANCE,
          )
        : hub.gql(
            PAY,
            {
              i: {
                arrearId,
                amount: '130.00',
                paidOn: '2026-05-04',
                method: 'TRANSFER',
                idempotencyKey: a.key,
              },
            },
            ADMIN,
          );
    // Ten waves of ten; arrears is killed while the fourth is in flight and started again before
    // the seventh.
    for (let wave = 0; wave < 10; wave++) {
      if (wave === 6) {
        await hub.start('arrears');
        await eventually(`{ arrears(first: 1) { totalCount } }`);
        // A posting whose answer was lost: the ledger recorded one pending disbursement, finance
        // never heard. Completing it must find that payment, not record a second one.
        const held = attempts
          .map((a) => a.result?.data?.disburse)
          .find((d) => d?.status === 'PENDING');
        const response = await fetch(
          new URL('/internal/disbursement-payments', hub.subgraphUrls.arrears),
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-hub-viewer': signViewer(
                serviceViewer('finance', { id: FINANCE.sub!, roles: FINANCE.roles }),
                DEVELOPMENT_VIEWER_SECRET,
              ),
            },
            body: JSON.stringify({
              disbursementId: held.id,
              arrearId,
              amount: held.amount,
              paidOn: '2026-05-03',
              voucherNo: null,
            }),
          },
        );
        lostAnswer = {
          disbursementId: held.id,
          ...((await response.json()) as { paymentId: string; recorded: boolean }),
        };
        expect(lostAnswer.recorded).toBe(true);
      }
      const slice = attempts.slice(wave * 10, wave * 10 + 10);
      const running = Promise.all(slice.map((a, j) => run(a, wave * 10 + j)));
      if (wave === 3) {
        await sleep(40);
        await hub.signal('arrears', 'SIGKILL');
        await hub.exited('arrears');
      }
      const results = await running;
      slice.forEach((a, j) => (a.result = results[j] as GraphQLResponse<any>));
      if (wave === 4) {
        // More than the debt owes, while the ledger cannot say so: held, then refused on completion.
        oversized = (
          await ok(
            DISBURSE,
            { i: { budgetLineId: spareLine, arrearId, amount: '50000.00', paidOn: '2026-05-03' } },
            FINANCE,
          )
        ).disburse;
        expect(oversized.status).toBe('PENDING');
      }
    }
    const pending = attempts
      .map((a) => a.result?.data?.disburse)
      .filter((d) => d?.status === 'PENDING')
      .map((d) => d.id as string);
    const pendingMade = pending.length;
    expect(pendingMade).toBeGreaterThan(0);
    // A client retries the payments that failed because the ledger was down, with the same key.
    for (const a of attempts.filter((x) => x.kind === 'payment')) {
      if (a.result?.errors?.[0]?.extensions?.code !== 'SUBGRAPH_UNAVAILABLE') continue;
      a.result = (await hub.gql(
        PAY,
        {
          i: {
            arrearId,
            amount: '130.00',
            paidOn: '2026-05-04',
            method: 'TRANSFER',
            idempotencyKey: a.key,
          },
        },
        ADMIN,
      )) as GraphQLResponse<any>;
    }
    // Every refusal is coded, and none is an outage any more.
    const codes = new Set(
      attempts
        .filter((a) => a.result?.errors)
        .map((a) => String(a.result!.errors![0]!.extensions?.code)),
    );
    expect([...codes].every((c) => c === 'BAD_USER_INPUT' || c === 'CONFLICT')).toBe(true);

    // Complete what waited (the first disbursements after the restart have done part of it
    // already, opportunistically); a second run finds nothing left and changes nothing.
    const first = (await ok(COMPLETE, {}, FINANCE)).completePendingDisbursements;
    expect(first.stillPending).toBe(0);
    const second = (await ok(COMPLETE, {}, FINANCE)).completePendingDisbursements;
    expect(second).toEqual({ posted: 0, refused: 0, stillPending: 0, disbursements: [] });

    const debt = (
      await ok(
        `query($id: ID!) { arrear(id: $id) { amountDue paid payments { id amount disbursementId idempotencyKey }
          disbursements { id amount status paymentId } } }`,
        { id: arrearId },
        FINANCE,
      )
    ).arrear;
    // Paid never exceeds what is owed, and is exactly what is on the ledger.
    const onLedger = debt.payments.reduce((s: bigint, p: any) => s + toCents(p.amount), 0n);
    expect(toCents(debt.paid)).toBe(onLedger);
    expect(toCents(debt.paid)).toBeLessThanOrEqual(toCents(debt.amountDue));
    // Every posted disbursement is on the ledger exactly once; no refused or pending one is.
    expect(
      debt.disbursements.every((d: any) => d.status === 'POSTED' || d.status === 'REFUSED'),
    ).toBe(true);
    const completed = debt.disbursements.filter((d: any) => pending.includes(d.id));
    expect(completed).toHaveLength(pendingMade);
    // The one the ledger had already recorded is posted with that payment, once.
    expect(debt.disbursements.find((d: any) => d.id === lostAnswer.disbursementId).paymentId).toBe(
      lostAnswer.paymentId,
    );
    // The oversized one was refused by the ledger with its code, and its money went back to its line.
    const spare = (
      await ok(
        `query($l: [ID!]) { disbursements(first: 5, budgetLineIds: $l) { edges { node { id status refusalCode refusalMessage paymentId budgetLine { disbursed available } } } } }`,
        { l: [spareLine] },
        FINANCE,
      )
    ).disbursements.edges.map((e: any) => e.node);
    expect(spare).toEqual([
      {
        id: oversized.id,
        status: 'REFUSED',
        refusalCode: 'BAD_USER_INPUT',
        refusalMessage: expect.stringMatching(/只剩/),
        paymentId: null,
        budgetLine: { disbursed: '0.00', available: '100000.00' },
      },
    ]);
    const refusals = await ok(
      `query($ids: [ID!]) { disbursements(first: 500, arrearIds: $ids) { edges { node { id status refusalCode } } } }`,
      { ids: [arrearId] },
      FINANCE,
    );
    for (const { node } of refusals.disbursements.edges)
      if (node.status === 'REFUSED')
        expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(node.refusalCode);
    for (const d of debt.disbursements) {
      const recorded = debt.payments.filter((p: any) => p.disbursementId === d.id);
      expect(recorded.map((p: any) => p.id)).toEqual(d.status === 'POSTED' ? [d.paymentId] : []);
    }
    expect(debt.payments.filter((p: any) => p.disbursementId).length).toBe(
      debt.disbursements.filter((d: any) => d.status === 'POSTED').length,
    );
    // Every accepted unit payment is on the ledger exactly once (by its key).
    for (const a of attempts.filter((x) => x.kind === 'payment' && !x.result?.errors))
      expect(debt.payments.filter((p: any) => p.idempotencyKey === a.key)).toHaveLength(1);
    // The lines hold what was posted, no more: refused ones gave their money back.
    const rows = (
      await ok(
        `{ budgetLines(first: 500, filter: { fiscalYears: [2026] }) { edges { node { id disbursed } } } }`,
        {},
        FINANCE,
      )
    ).budgetLines.edges.filter((e: any) => lines.includes(e.node.id));
    const disbursed = rows.reduce((s: bigint, e: any) => s + toCents(e.node.disbursed), 0n);
    const posted = debt.disbursements
      .filter((d: any) => d.status === 'POSTED')
      .reduce((s: bigint, d: any) => s + toCents(d.amount), 0n);
    expect(disbursed).toBe(posted);
    const reconciliation = (
      await ok(
        `query($u: [ID!]) { disbursementReconciliation(unitIds: $u) { unmatchedDisbursements { reason } unmatchedPayments { reason } } }`,
        { u: [debtorId] },
        FINANCE,
      )
    ).disbursementReconciliation;
    expect(reconciliation).toEqual({ unmatchedDisbursements: [], unmatchedPayments: [] });
    console.log(
      `arrears killed mid-way: ${pendingMade} disbursements held pending, completed as ${completed.filter((d: any) => d.status === 'POSTED').length} posted and ${completed.filter((d: any) => d.status === 'REFUSED').length} refused, plus one oversized refused with its code; paid ${debt.paid} of ${debt.amountDue} in ${debt.payments.length} payments; refusals ${[...codes].join(', ')}`,
    );
  }, 180_000);
});
