// The annual assessment cannot be gamed by the unit assessed (docs/domain/assessment.md):
// satisfaction comes only from the enterprise (a supervision follow-up call naming it), never from
// the unit rated; a rectification is closed (销号) by an inspector once the ledger shows it done,
// never by the audited unit; 漏报 (debts owed before a zeroing notice, registered after it) is its
// own figure and a supervision trigger, not 边清边欠.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, type As } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';

const INSPECTOR_YE: As = { roles: ['INSPECTOR'], region: '410422', sub: 'fair-inspector' };
const THIS_YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const PERIOD = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

let unit: { id: string; name: string };
let firm: { id: string; name: string };
const bureau = (): As => ({ roles: ['BUREAU'], org: unit.id, sub: 'fair-bureau' });

const CALL = `mutation($i: RecordFollowUpCallInput!) { recordFollowUpCall(input: $i) { id satisfaction enterpriseId } }`;
const ASSESSMENT = `query($id: ID!) { organisation(id: $id) { assessment { satisfaction newArrearsAfterZeroing lateRegisteredDebts supervisionTriggers }
  assessmentFigures { newArrearsAfterZeroing lateRegisteredDebts clueClosureRate respondentClueClosureRate zeroingRate } } }`;

async function named(name: string) {
  const result = await data<any>(
    `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id name } } } }`,
    { n: name },
  );
  return result.organisations.edges[0].node;
}

beforeAll(async () => {
  // A demo unit no other test touches, with no debt, in a county no test finalises an assessment
  // for (a finalised year would answer instead of the live figures). A unit registered here would
  // reach the other subgraphs' unit directories only within their 30-second cache, and its own
  // bureau's jurisdiction with it.
  unit = await named('叶县审计局');
  firm = await named('恒泰建筑工程有限公司');
});

describe('企业满意度 only from the enterprise', () => {
  it('the unit rated cannot record its own satisfaction; a call must name the enterprise reached', async () => {
    const self = await gql(
      CALL,
      { i: { unitId: unit.id, enterpriseId: firm.id, calledOn: '2026-03-02', satisfaction: 5 } },
      bureau(),
    );
    expect(errorCodes(self)).toEqual(['FORBIDDEN']);
    const anonymous = await gql(
      CALL,
      { i: { unitId: unit.id, calledOn: '2026-03-02', satisfaction: 5 } },
      INSPECTOR_YE,
    );
    expect(errorCodes(anonymous)).toEqual(['BAD_USER_INPUT']);
    expect(anonymous.errors![0]!.extensions!.field).toBe('input.enterpriseId');
    const notAFirm = await gql(
      CALL,
      { i: { unitId: unit.id, enterpriseId: unit.id, calledOn: '2026-03-02', satisfaction: 5 } },
      INSPECTOR_YE,
    );
    expect(notAFirm.errors![0]!.extensions!.field).toBe('input.enterpriseId');
    // An inspector's token that names the unit itself as its own is still the unit rating itself.
    const inside = await gql(
      CALL,
      {
        i: {
          unitId: unit.id,
          enterpriseId: firm.id,
          calledOn: `${THIS_YEAR}-01-05`,
          satisfaction: 5,
        },
      },
      { roles: ['INSPECTOR'], org: unit.id, sub: 'fair-insider' },
    );
    expect(inside.errors![0]!.extensions!.field).toBe('input.unitId');
  });

  it('the supervision follow-up calls naming the enterprise are the score', async () => {
    for (const satisfaction of [3, 4])
      await data<any>(
        CALL,
        {
          i: {
            unitId: unit.id,
            enterpriseId: firm.id,
            calledOn: `${THIS_YEAR}-01-05`,
            satisfaction,
          },
        },
        INSPECTOR_YE,
      );
    const result = await data<any>(ASSESSMENT, { id: unit.id }, INSPECTOR_YE);
    // (3 + 4) / 2 / 5
    expect(result.organisation.assessment.satisfaction).toBe(0.7);
  });
});

describe('边清边欠 and 漏报 after a zeroing notice', () => {
  it('a debt owed before the notice and registered after it is 漏报 (a supervision trigger), one arising after it is 边清边欠', async () => {
    const creditor = firm.id;
    const register = (contractSignedOn: string, deliveredOn: string, paidSoFar?: string) =>
      data<any>(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id statutoryDueOn } }`,
        {
          i: {
            debtorId: unit.id,
            creditorId: creditor,
            contractNo: unique('ZQ'),
            contractSignedOn,
            subject: 'GOODS',
            amountDue: '3000.00',
            deliveredOn,
            ...(paidSoFar ? { paidSoFar } : {}),
          },
        },
        ADMIN,
      );
    // Everything paid: the unit announces zeroing for this month.
    await register('2025-01-10', '2025-02-01', '3000.00');
    await data<any>(
      `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) { id kind } }`,
      { i: { unitId: unit.id, period: PERIOD, kind: 'ZEROING' } },
      bureau(),
    );
    // Then: one debt owed since 2025 (registered late: 漏报), one contracted today (due after the
    // notice: 边清边欠).
    await register('2025-04-01', '2025-05-01');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await register(today, today);
    const result = await data<any>(ASSESSMENT, { id: unit.id }, INSPECTOR_YE);
    expect(result.organisation.assessmentFigures).toMatchObject({
      newArrearsAfterZeroing: 1,
      lateRegisteredDebts: 1,
      // 欠款清零率 of the unit: 1 of its 3 counted debts paid in full.
      zeroingRate: 0.3333,
    });
    expect(result.organisation.assessment).toMatchObject({
      newArrearsAfterZeroing: 1,
      lateRegisteredDebts: 1,
      supervisionTriggers: ['CONCEALMENT'],
    });
    const summary = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { newAfterZeroing { count amountDue lateRegisteredCount lateRegisteredAmountDue } } } }`,
      { id: unit.id },
    );
    expect(summary.organisation.arrearsSummary.newAfterZeroing).toEqual({
      count: 1,
      amountDue: '3000.00',
      lateRegisteredCount: 1,
      lateRegisteredAmountDue: '3000.00',
    });
  });
});

describe('销号: the inspector closes a rectification after checking the ledger', () => {
  it('the unit reports it done; only an inspector closes it, and only once the ledger shows it', async () => {
    const debt = (
      await data<any>(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
        {
          i: {
            debtorId: unit.id,
            creditorId: firm.id,
            contractNo: unique('ZG'),
            contractSignedOn: '2025-06-01',
            subject: 'WORKS',
            amountDue: '2000.00',
            deliveredOn: '2025-06-10',
          },
        },
        ADMIN,
      )
    ).registerArrear;
    const created = (
      await data<any>(
        `mutation { createAudit(input: { title: "销号测试审计", regionCode: "410422", periodEnd: "2025-12-31" }) { id version } }`,
        {},
        INSPECTOR_YE,
      )
    ).createAudit;
    await data<any>(
      `mutation($id: ID!, $v: Int!) { moveAudit(auditId: $id, expectedVersion: $v, status: IN_PROGRESS) { status } }`,
      { id: created.id, v: created.version },
      INSPECTOR_YE,
    );
    const audit = created;
    const finding = (
      await data<any>(
        `mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }`,
        {
          i: {
            auditId: audit.id,
            unitId: unit.id,
            category: 'PROJECT_SETTLEMENT',
            description: '结算后未付款',
            arrearIds: [debt.id],
          },
        },
        INSPECTOR_YE,
      )
    ).recordFinding;
    const ordered = (
      await data<any>(
        `mutation($i: OrderRectificationInput!) { orderRectification(input: $i) { id version status } }`,
        { i: { findingId: finding.id, measure: 'TIME_BOUND_CLEARANCE', deadline: '2027-03-31' } },
        INSPECTOR_YE,
      )
    ).orderRectification;
    const REPORT = `mutation($i: CompleteRectificationInput!) { reportRectification(input: $i) { id version status } }`;
    const CLOSE = `mutation($i: ReviewRectificationInput!) { closeRectification(input: $i) { id version status closedOn closedBy reviewNote } }`;
    const reported = (
      await data<any>(
        REPORT,
        {
          i: {
            rectificationId: ordered.id,
            expectedVersion: ordered.version,
            completedOn: '2026-11-30',
            evidence: '已安排资金，近期支付',
          },
        },
        bureau(),
      )
    ).reportRectification;
    expect(reported.status).toBe('REPORTED');
    const byUnit = await gql(
      CLOSE,
      { i: { rectificationId: ordered.id, expectedVersion: reported.version, note: '已整改' } },
      bureau(),
    );
    expect(errorCodes(byUnit)).toEqual(['FORBIDDEN']);
    // The debt is still owed: the ledger does not show 限时清欠 done.
    const early = await gql(
      CLOSE,
      { i: { rectificationId: ordered.id, expectedVersion: reported.version, note: '核查台账' } },
      INSPECTOR_YE,
    );
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0]!.message).toMatch(/尚未清偿/);
    await data<any>(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
      {
        i: {
          arrearId: debt.id,
          amount: '2000.00',
          paidOn: '2026-11-30',
          method: 'TRANSFER',
          idempotencyKey: unique('pay'),
        },
      },
      ADMIN,
    );
    const closed = (
      await data<any>(
        CLOSE,
        {
          i: {
            rectificationId: ordered.id,
            expectedVersion: reported.version,
            note: '核对台账：欠款已于 2026-11-30 全额支付。',
          },
        },
        INSPECTOR_YE,
      )
    ).closeRectification;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedBy: INSPECTOR_YE.sub,
      reviewNote: '核对台账：欠款已于 2026-11-30 全额支付。',
    });
    // Closed is final: reporting it again is a CONFLICT.
    const again = await gql(
      REPORT,
      {
        i: {
          rectificationId: ordered.id,
          expectedVersion: closed.version,
          completedOn: '2026-11-30',
          evidence: '再报一次',
        },
      },
      bureau(),
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });
});
