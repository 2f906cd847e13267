// The ledger's workflows through the gateway: verification, disputes, court, withdrawal, plans,
// payments (concurrent and idempotent), the archive. Every refusal is coded and writes nothing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, INSPECTOR } from './harness/client.ts';
import { newArrear, unique, verified } from './harness/fixtures.ts';

const ARREAR = `query($id: ID!) { arrear(id: $id) { status version amountDue paid outstanding payableNow disputed disputedAmount
  migrantWagesAmount migrantWagesPaid migrantWagesOutstanding payments { amount migrantWagesPart idempotencyKey }
  repaymentPlan { revision total instalments { seq amount covered overdue } } repaymentPlans { revision status } documents { fileName sha256 size } } }`;
const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amount migrantWagesPart arrear { paid status } } }`;
const PLAN = `mutation($i: AgreeRepaymentPlanInput!) { agreeRepaymentPlan(input: $i) { id revision total status instalments { seq amount cumulativeAmount covered overdue } } }`;

const read = async (id: string) => (await data<any>(ARREAR, { id })).arrear;
const pay = (
  arrearId: string,
  amount: string,
  key = unique('pay'),
  extra: Record<string, unknown> = {},
) =>
  gql<any>(
    PAY,
    {
      i: {
        arrearId,
        amount,
        paidOn: '2025-01-15',
        method: 'TRANSFER',
        idempotencyKey: key,
        ...extra,
      },
    },
    ADMIN,
  );

describe('status transitions', () => {
  it('registered → verified → planned → repaying → cleared', async () => {
    const arrear = await verified();
    expect(arrear.status).toBe('VERIFIED');
    const plan = await data<any>(
      PLAN,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version,
          signedOn: '2024-07-01',
          fundingSource: 'FISCAL_FUNDS',
          instalments: [
            { dueOn: '2024-12-31', amount: '400.00' },
            { dueOn: '2025-06-30', amount: '600.00' },
          ],
        },
      },
      ADMIN,
    );
    expect(plan.agreeRepaymentPlan.instalments.map((i: any) => i.cumulativeAmount)).toEqual([
      '400.00',
      '1000.00',
    ]);
    expect((await read(arrear.id)).status).toBe('PLANNED');
    const first = await pay(arrear.id, '400.00');
    expect(first.data!.recordPayment.arrear).toEqual({ paid: '400.00', status: 'REPAYING' });
    const after = await read(arrear.id);
    expect(after.repaymentPlan.instalments.map((i: any) => i.covered)).toEqual([true, false]);
    expect(after.repaymentPlan.instalments[1].overdue).toBe(true); // 2025-06-30 is past and not covered
    const last = await pay(arrear.id, '600.00');
    expect(last.data!.recordPayment.arrear).toEqual({ paid: '1000.00', status: 'CLEARED' });
  });

  it('refuses illegal moves with a coded error and changes nothing', async () => {
    const registered = await newArrear();
    const planOnRegistered = await gql(
      PLAN,
      {
        i: {
          arrearId: registered.id,
          expectedVersion: registered.version,
          signedOn: '2024-07-01',
          fundingSource: 'OWN_FUNDS',
          instalments: [{ dueOn: '2024-12-31', amount: '1000.00' }],
        },
      },
      ADMIN,
    );
    expect(errorCodes(planOnRegistered)).toEqual(['BAD_USER_INPUT']);
    expect(planOnRegistered.errors![0]!.message).toBe(
      '请先核实欠款（verifyArrear），再制定还款计划。',
    );
    expect(planOnRegistered.errors![0]!.extensions!.messageId).toBe(
      'arrears.planBeforeVerification',
    );
    // The same refusal to a client that prefers English.
    const inEnglish = await gql(
      PLAN,
      {
        i: {
          arrearId: registered.id,
          expectedVersion: registered.version,
          signedOn: '2024-07-01',
          fundingSource: 'OWN_FUNDS',
          instalments: [{ dueOn: '2024-12-31', amount: '1000.00' }],
        },
      },
      ADMIN,
      { 'accept-language': 'en' },
    );
    expect(inEnglish.errors![0]!.message).toBe(
      'Verify the debt (verifyArrear) before agreeing a repayment plan.',
    );

    const withdrawn = await data<any>(
      `mutation($i: WithdrawArrearInput!) { withdrawArrear(input: $i) { status version withdrawnReason } }`,
      {
        i: { arrearId: registered.id, expectedVersion: registered.version, reason: '重复登记' },
      },
      ADMIN,
    );
    expect(withdrawn.withdrawArrear).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnReason: '重复登记',
    });
    const verifyWithdrawn = await gql(
      `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { status } }`,
      {
        i: {
          arrearId: registered.id,
          expectedVersion: withdrawn.withdrawArrear.version,
          verifiedOn: '2024-06-01',
          evidence: '合同',
        },
      },
      ADMIN,
    );
    expect(errorCodes(verifyWithdrawn)).toEqual(['CONFLICT']);
    expect(verifyWithdrawn.errors![0]!.message).toMatch(
      /不能办理（核实）：这条欠款的状态是 WITHDRAWN，已是最终状态/,
    );
    const paying = await pay(registered.id, '1.00');
    expect(errorCodes(paying)).toEqual(['CONFLICT']);
    expect((await read(registered.id)).paid).toBe('0.00');
  });

  it('court: the debt leaves the totals; a judgment brings it back verified at the awarded amount', async () => {
    const arrear = await verified({ amountDue: '5000.00' });
    const creditorBefore = await data<any>(
      `query($id: ID!) { arrear(id: $id) { debtor { arrearsSummary { count inJudicialProcessCount } } } }`,
      { id: arrear.id },
    );
    const court = await data<any>(
      `mutation($i: TransferToJudicialInput!) { transferToJudicial(input: $i) { status inJudicialProcess version debtor { arrearsSummary { count inJudicialProcessCount } } } }`,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version,
          reference: '达拉特旗人民法院 (2025)内0621民初123号',
        },
      },
      ADMIN,
    );
    expect(court.transferToJudicial).toMatchObject({ status: 'IN_COURT', inJudicialProcess: true });
    expect(court.transferToJudicial.debtor.arrearsSummary.count).toBe(
      creditorBefore.arrear.debtor.arrearsSummary.count - 1,
    );
    expect(court.transferToJudicial.debtor.arrearsSummary.inJudicialProcessCount).toBe(
      creditorBefore.arrear.debtor.arrearsSummary.inJudicialProcessCount + 1,
    );
    const judged = await data<any>(
      `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { status amountDue inJudicialProcess } }`,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: court.transferToJudicial.version,
          confirmedAmount: '4200.00',
          verifiedOn: '2025-03-01',
          evidence: '判决书',
        },
      },
      ADMIN,
    );
    expect(judged.verifyArrear).toEqual({
      status: 'VERIFIED',
      amountDue: '4200.00',
      inJudicialProcess: false,
    });
  });

  it('a stale version is a CONFLICT', async () => {
    const arrear = await verified();
    const stale = await gql(
      `mutation($i: MarkDisputedInput!) { markDisputed(input: $i) { status } }`,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version - 1,
          disputedAmount: '100.00',
          reason: '金额有分歧',
        },
      },
      ADMIN,
    );
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(arrear.version);
  });

  it('only writers may move a debt (INSPECTOR gets FORBIDDEN)', async () => {
    const arrear = await newArrear();
    const result = await gql(
      `mutation($i: WithdrawArrearInput!) { withdrawArrear(input: $i) { status } }`,
      {
        i: { arrearId: arrear.id, expectedVersion: arrear.version, reason: '测试' },
      },
      INSPECTOR,
    );
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});

describe('payments', () => {
  it('50 simultaneous payments never take paid past the amount due; every refusal says why', async () => {
    const arrear = await verified({ amountDue: '1000.00' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) => pay(arrear.id, '40.00', `concurrent-${arrear.id}-${n}`)),
    );
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(accepted).toHaveLength(25);
    for (const r of refused) {
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(r.errors![0]!.extensions!.code);
      expect(r.errors![0]!.message).toMatch(/未付|CLEARED/);
    }
    const after = await read(arrear.id);
    expect(after).toMatchObject({ paid: '1000.00', outstanding: '0.00', status: 'CLEARED' });
    expect(after.payments).toHaveLength(25); // nothing lost, nothing doubled
  });

  it('the same idempotency key records once; reusing it for another payment is a CONFLICT', async () => {
    const arrear = await verified();
    const key = unique('retry');
    const first = await pay(arrear.id, '100.00', key);
    const again = await pay(arrear.id, '100.00', key);
    expect(again.data!.recordPayment.id).toBe(first.data!.recordPayment.id);
    const different = await pay(arrear.id, '200.00', key);
    expect(errorCodes(different)).toEqual(['CONFLICT']);
    expect((await read(arrear.id)).payments).toHaveLength(1);
  });

  it('pays migrant workers’ wages first', async () => {
    const arrear = await verified({ amountDue: '1000.00', migrantWagesAmount: '300.00' });
    const first = await pay(arrear.id, '200.00');
    expect(first.data!.recordPayment.migrantWagesPart).toBe('200.00');
    const second = await pay(arrear.id, '250.00');
    expect(second.data!.recordPayment.migrantWagesPart).toBe('100.00');
    expect(await read(arrear.id)).toMatchObject({
      migrantWagesPaid: '300.00',
      migrantWagesOutstanding: '0.00',
      paid: '450.00',
    });
  });

  it('while disputed, only the undisputed part can be paid (2025 art. 15)', async () => {
    const arrear = await verified({ amountDue: '1000.00' });
    await data(
      `mutation($i: MarkDisputedInput!) { markDisputed(input: $i) { status } }`,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version,
          disputedAmount: '300.00',
          reason: '部分工程量有争议',
        },
      },
      ADMIN,
    );
    expect((await read(arrear.id)).payableNow).toBe('700.00');
    const tooMuch = await pay(arrear.id, '700.01');
    expect(errorCodes(tooMuch)).toEqual(['BAD_USER_INPUT']);
    expect(tooMuch.errors![0]!.extensions).toMatchObject({
      field: 'input.amount',
      payable: '700.00',
    });
    const ok = await pay(arrear.id, '700.00');
    expect(ok.data!.recordPayment.arrear).toEqual({ paid: '700.00', status: 'DISPUTED' });
  });

  it.each([
    ['a zero amount', { amount: '0.00' }, 'input.amount'],
    ['a future date', { paidOn: '2199-01-01' }, 'input.paidOn'],
    ['an empty idempotency key', { idempotencyKey: ' ' }, 'input.idempotencyKey'],
  ])('refuses %s', async (_label, override, field) => {
    const arrear = await verified();
    const result = await gql(
      PAY,
      {
        i: {
          arrearId: arrear.id,
          amount: '10.00',
          paidOn: '2025-01-15',
          method: 'TRANSFER',
          idempotencyKey: unique('k'),
          ...override,
        },
      },
      ADMIN,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect((await read(arrear.id)).paid).toBe('0.00');
  });
});

describe('repayment plans', () => {
  it('instalments must add up to what is outstanding; a revision supersedes and keeps history', async () => {
    const arrear = await verified({ amountDue: '900.00' });
    const wrong = await gql(
      PLAN,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version,
          signedOn: '2024-07-01',
          fundingSource: 'FISCAL_FUNDS',
          instalments: [{ dueOn: '2024-12-31', amount: '800.00' }],
        },
      },
      ADMIN,
    );
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0]!.extensions).toMatchObject({
      field: 'input.instalments',
      expectedTotal: '900.00',
    });
    const unordered = await gql(
      PLAN,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version,
          signedOn: '2024-07-01',
          fundingSource: 'FISCAL_FUNDS',
          instalments: [
            { dueOn: '2025-12-31', amount: '450.00' },
            { dueOn: '2025-01-31', amount: '450.00' },
          ],
        },
      },
      ADMIN,
    );
    expect(unordered.errors![0]!.extensions!.field).toBe('input.instalments.1.dueOn');
    const first = await data<any>(
      PLAN,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: arrear.version,
          signedOn: '2024-07-01',
          fundingSource: 'FISCAL_FUNDS',
          instalments: [{ dueOn: '2027-01-31', amount: '900.00' }],
        },
      },
      ADMIN,
    );
    expect(first.agreeRepaymentPlan).toMatchObject({ revision: 1, status: 'ACTIVE' });
    const current = await data<any>(`query($id: ID!) { arrear(id: $id) { version } }`, {
      id: arrear.id,
    });
    await data(
      PLAN,
      {
        i: {
          arrearId: arrear.id,
          expectedVersion: current.arrear.version,
          signedOn: '2024-08-01',
          fundingSource: 'STATE_ASSET_DISPOSAL',
          instalments: [
            { dueOn: '2026-01-31', amount: '300.00' },
            { dueOn: '2027-01-31', amount: '600.00' },
          ],
        },
      },
      ADMIN,
    );
    const after = await read(arrear.id);
    expect(after.repaymentPlans).toEqual([
      { revision: 2, status: 'ACTIVE' },
      { revision: 1, status: 'SUPERSEDED' },
    ]);
    expect(after.repaymentPlan.instalments).toHaveLength(2);
  });

  it('the demo ledger shows overdue instalments', async () => {
    const result = await data<any>(
      `{ arrears(first: 100, filter: { statuses: [REPAYING, PLANNED] }) { edges { node { repaymentPlan { overdueInstalments instalments { overdue } } } } } }`,
    );
    const plans = result.arrears.edges.map((e: any) => e.node.repaymentPlan).filter(Boolean);
    expect(plans.length).toBeGreaterThan(3);
    expect(plans.some((p: any) => p.overdueInstalments > 0)).toBe(true);
  });
});

describe('the archive (一笔账一档案)', () => {
  const ATTACH = `mutation($i: AttachDocumentInput!) { attachDocument(input: $i) { id fileName mediaType size sha256 } }`;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('合同正文 '.repeat(50))]);

  it('files a document with its SHA-256 and returns the same bytes', async () => {
    const arrear = await newArrear();
    const attached = await data<any>(
      ATTACH,
      {
        i: {
          arrearId: arrear.id,
          kind: 'CONTRACT',
          fileName: '施工合同.pdf',
          mediaType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        },
      },
      ADMIN,
    );
    expect(attached.attachDocument).toMatchObject({
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const fetched = await data<any>(
      `query($id: ID!) { document(id: $id) { contentBase64 arrear { id } } }`,
      { id: attached.attachDocument.id },
    );
    expect(Buffer.from(fetched.document.contentBase64, 'base64').equals(pdf)).toBe(true);
    expect((await read(arrear.id)).documents).toHaveLength(1);
    const again = await gql(
      ATTACH,
      {
        i: {
          arrearId: arrear.id,
          kind: 'CONTRACT',
          fileName: 'copy.pdf',
          mediaType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        },
      },
      ADMIN,
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it.each([
    ['a file that is not what its type says', { mediaType: 'image/png' }, 'input.mediaType'],
    ['an unaccepted type', { mediaType: 'application/x-msdownload' }, 'input.mediaType'],
    ['a name with folders', { fileName: '../etc/passwd' }, 'input.fileName'],
    [
      'a file over the size limit',
      {
        contentBase64: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(1_100_000)]).toString(
          'base64',
        ),
      },
      'input.contentBase64',
    ],
  ])('refuses %s', async (_label, override, field) => {
    const arrear = await newArrear();
    const result = await gql(
      ATTACH,
      {
        i: {
          arrearId: arrear.id,
          kind: 'INVOICE',
          fileName: 'f.pdf',
          mediaType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
          ...override,
        },
      },
      ADMIN,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect((await read(arrear.id)).documents).toHaveLength(0);
  });
});

describe('registration checks the parties against the organisations registry', () => {
  it('an unknown debtor and a creditor that is not an enterprise are refused', async () => {
    const unknown = await gql(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId: '00000000-0000-4000-8000-000000000001',
          creditorId: '00000000-0000-4000-8000-000000000002',
          contractNo: unique('X'),
          contractSignedOn: '2024-01-01',
          subject: 'GOODS',
          amountDue: '10.00',
        },
      },
      ADMIN,
    );
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions!.field).toBe('input.debtorId');
    const agencies = await data<any>(
      `{ organisations(first: 2, filter: { kinds: [GOVERNMENT_DEPARTMENT] }) { edges { node { id } } } }`,
    );
    const [a, b] = agencies.organisations.edges.map((e: any) => e.node.id);
    const notEnterprise = await gql(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId: a,
          creditorId: b,
          contractNo: unique('X'),
          contractSignedOn: '2024-01-01',
          subject: 'GOODS',
          amountDue: '10.00',
        },
      },
      ADMIN,
    );
    expect(notEnterprise.errors![0]!.extensions!.field).toBe('input.creditorId');
  });
});
