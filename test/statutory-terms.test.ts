// The statutory terms on each debt through the gateway: due date, overdue days, ageing, interest,
// banned terms; and the overdue figures of the summaries.
import { describe, expect, it } from 'vitest';
import { addMoney } from '@arrears-hub/subgraph-kit';
import { ADMIN, data, errorCodes, gql } from './harness/client.ts';
import { demoParties, unique } from './harness/fixtures.ts';

const FIELDS = `id version statutoryDueOn paymentTermBasis overdueDays(asOf: "2025-09-01") ageBucket(asOf: "2025-09-01")
  lateInterest(asOf: "2025-09-01") { amount days basis } violations { code article }`;

describe('statutory terms on a debt', () => {
  it('2025 art. 9¶1 and art. 17: an agency debt delivered 2025-07-02 is due 2025-08-01 and accrues 0.05% a day', async () => {
    const parties = await demoParties(); // a government department owes a private enterprise
    const created = await data<any>(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { ${FIELDS} } }`,
      {
        i: {
          ...parties,
          contractNo: unique('T'),
          contractSignedOn: '2025-06-15',
          subject: 'GOODS',
          amountDue: '100000.00',
          deliveredOn: '2025-07-02',
        },
      },
      ADMIN,
    );
    const arrear = created.registerArrear;
    expect(arrear.statutoryDueOn).toBe('2025-08-01');
    expect(arrear.paymentTermBasis).toMatch(/2025 年条例第九条第一款：30 日，自交付之日/);
    expect(arrear.overdueDays).toBe(31);
    expect(arrear.ageBucket).toBe('DAYS_31_TO_90');
    expect(arrear.lateInterest).toMatchObject({ amount: '1550.00', days: 31 }); // 100000 × 0.0005 × 31
    expect(arrear.violations).toEqual([]);
  });

  it('recording the terms recomputes the due date and flags banned terms with their articles', async () => {
    const parties = await demoParties();
    const created = await data<any>(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version statutoryDueOn } }`,
      {
        i: {
          ...parties,
          contractNo: unique('T'),
          contractSignedOn: '2025-06-15',
          subject: 'WORKS',
          amountDue: '5000.00',
          deliveredOn: '2025-07-02',
        },
      },
      ADMIN,
    );
    const updated = await data<any>(
      `mutation($i: RecordContractTermsInput!) { recordContractTerms(input: $i) { statutoryDueOn violations { code article } contractTerms { agreedTermDays payWhenPaid } } }`,
      {
        i: {
          arrearId: created.registerArrear.id,
          expectedVersion: created.registerArrear.version,
          terms: {
            agreedTermDays: 90,
            payWhenPaid: true,
            auditAsSettlement: true,
            excuses: ['INTERNAL_PAYMENT_PROCESS'],
          },
        },
      },
      ADMIN,
    );
    const result = updated.recordContractTerms;
    // Capped at 60 days: 2025-08-31, a Sunday, so the next working day (民法典 art. 203).
    expect(result.statutoryDueOn).toBe('2025-09-01');
    expect(result.violations.map((v: any) => `${v.code} ${v.article}`).sort()).toEqual([
      'AGENCY_TERM_OVER_60_DAYS 2025 art. 9¶1',
      'AUDIT_AS_SETTLEMENT 2025 art. 12',
      'BANNED_EXCUSE 2025 art. 14',
      'PAY_WHEN_PAID 2025 art. 7',
    ]);
    const bad = await gql(
      `mutation($i: RecordContractTermsInput!) { recordContractTerms(input: $i) { id } }`,
      {
        i: {
          arrearId: created.registerArrear.id,
          expectedVersion: created.registerArrear.version + 1,
          terms: { agreedAnnualRate: 'six percent' },
        },
      },
      ADMIN,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('input.terms.agreedAnnualRate');
  });

  it('the demo ledger shows the banned terms the seeds complain about', async () => {
    const result = await data<any>(
      `{ arrears(first: 500) { edges { node { contractNo violations { code } } } } }`,
    );
    const codes = new Set(
      result.arrears.edges.flatMap((e: any) => e.node.violations.map((v: any) => v.code)),
    );
    for (const code of [
      'BILLS_EXTEND_TERM',
      'PAY_WHEN_PAID',
      'AUDIT_AS_SETTLEMENT',
      'BANNED_EXCUSE',
    ])
      expect(codes).toContain(code);
  });
});

describe('overdue figures', () => {
  it('ageing buckets add up to the outstanding of debts with a balance; overdue is what is past due', async () => {
    // On a past day the buckets hold what was outstanding that day (payments made later added back).
    const result = await data<any>(
      `{ region(code: "150621") { arrearsSummary { outstanding positionOn(date: "2026-11-24") { outstanding overdueOutstanding }
        overdueOutstanding(asOf: "2026-11-24") byAgeBucket(asOf: "2026-11-24") { bucket count outstanding }
        today: byAgeBucket { outstanding } } } }`,
    );
    const s = result.region.arrearsSummary;
    expect(addMoney('0', ...s.byAgeBucket.map((b: any) => b.outstanding))).toBe(
      s.positionOn.outstanding,
    );
    expect(s.overdueOutstanding).toBe(s.positionOn.overdueOutstanding);
    expect(addMoney('0', ...s.today.map((b: any) => b.outstanding))).toBe(s.outstanding);
    expect(s.overdueOutstanding).toBe(
      addMoney(
        '0',
        ...s.byAgeBucket.filter((b: any) => b.bucket !== 'NOT_DUE').map((b: any) => b.outstanding),
      ),
    );
    expect(Number(s.overdueOutstanding)).toBeGreaterThan(0);
  });

  it('lists overdue debts without a repayment plan (what the inspectors look for)', async () => {
    const result = await data<any>(
      `{ arrears(first: 500, filter: { overdueOn: "2026-11-24", hasRepaymentPlan: false }) { edges { node { statutoryDueOn outstanding repaymentPlan { id } } } } }`,
    );
    const nodes = result.arrears.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    for (const n of nodes) {
      expect(n.statutoryDueOn < '2026-11-24').toBe(true);
      expect(Number(n.outstanding)).toBeGreaterThan(0);
      expect(n.repaymentPlan).toBeNull();
    }
  });
});
