// Figures for a past date, through the gateway: one debt built with the API, paid in four parts,
// disputed for a month and before a court for a while, then asked about eight days, each vector
// computed by hand and citing its article (docs/domain/regulation.md §4); the same days in the
// unit's summary (the as-of module); the statements an as-of summary costs at 10 and 100 units.
//   agency contract signed 2025-07-01, delivered 2025-07-02 → due 2025-08-01 (2025 art. 9¶1)
//   ¥1,000,000, no agreed rate → 0.05 % a day (2025 art. 17)
//   paid 200,000 on 08-20, 300,000 on 09-10, 100,000 on 10-31, 100,000 on 11-20
//   150,000 disputed 09-15 → 10-15 (art. 15); in court 11-05 → 12-01
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, countStatements, data, errorCodes, gql } from './harness/client.ts';
import { newDebtorUnit, newEnterprise, unique } from './harness/fixtures.ts';

let arrearId: string;
let debtorId: string;
let version: number;

const step = async (mutation: string, input: string, i: Record<string, unknown>) => {
  const result = await data<any>(
    `mutation($i: ${input}!) { r: ${mutation}(input: $i) { version } }`,
    { i: { arrearId, expectedVersion: version, ...i } },
    ADMIN,
  );
  version = result.r.version;
};
const pay = async (amount: string, paidOn: string) => {
  const result = await data<any>(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { arrear { version } } }`,
    { i: { arrearId, amount, paidOn, method: 'TRANSFER', idempotencyKey: unique('asof') } },
    ADMIN,
  );
  version = result.recordPayment.arrear.version;
};

beforeAll(async () => {
  debtorId = await newDebtorUnit(unique('往日测试局'));
  const creditorId = await newEnterprise(50, '2025-06-30'); // small on the signing date
  const registered = await data<any>(
    `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version statutoryDueOn creditorSizeAtSigning creditorSizeSource } }`,
    {
      i: {
        debtorId,
        creditorId,
        contractNo: unique('ASOF'),
        contractSignedOn: '2025-07-01',
        subject: 'GOODS',
        amountDue: '1000000.00',
        deliveredOn: '2025-07-02',
      },
    },
    ADMIN,
  );
  expect(registered.registerArrear).toMatchObject({
    statutoryDueOn: '2025-08-01',
    creditorSizeAtSigning: 'SMALL',
    creditorSizeSource: 'SIZE_FACTS',
  });
  arrearId = registered.registerArrear.id;
  version = registered.registerArrear.version;
  const evidence = '合同及验收单核对一致';
  await step('verifyArrear', 'VerifyArrearInput', { verifiedOn: '2025-07-10', evidence });
  await pay('200000.00', '2025-08-20');
  await pay('300000.00', '2025-09-10');
  await step('markDisputed', 'MarkDisputedInput', {
    disputedAmount: '150000.00',
    reason: '对部分货物数量有异议',
    disputedOn: '2025-09-15',
  });
  await step('verifyArrear', 'VerifyArrearInput', { verifiedOn: '2025-10-15', evidence });
  await pay('100000.00', '2025-10-31');
  await step('transferToJudicial', 'TransferToJudicialInput', {
    reference: '达拉特旗人民法院（2025）内0621民初1234号',
    transferredOn: '2025-11-05',
  });
  await pay('100000.00', '2025-11-20');
  await step('verifyArrear', 'VerifyArrearInput', { verifiedOn: '2025-12-01', evidence });
});

const VECTORS = [
  // [day, outstanding, overdue days, bucket, interest, counted, article and working]
  ['2025-07-31', '1000000.00', 0, 'NOT_DUE', '0.00', true, 'art. 9¶1: not due yet'],
  ['2025-08-15', '1000000.00', 14, 'UP_TO_30_DAYS', '7000.00', true, 'art. 17: 14 × 500'],
  [
    '2025-08-20',
    '800000.00',
    19,
    'UP_TO_30_DAYS',
    '9500.00',
    true,
    'art. 17: paid that day, 19 × 500',
  ],
  [
    '2025-09-10',
    '500000.00',
    40,
    'DAYS_31_TO_90',
    '17900.00',
    true,
    'art. 17: 19 × 500 + 21 × 400',
  ],
  [
    '2025-09-30',
    '500000.00',
    60,
    'DAYS_31_TO_90',
    '21775.00',
    true,
    'art. 15: 9,500 + 8,400 + 5 × 250 + 15 × 175',
  ],
  [
    '2025-10-31',
    '400000.00',
    91,
    'DAYS_91_TO_180',
    '28400.00',
    true,
    'art. 17: 9,500 + 8,400 + 1,250 + 30 × 175 + 16 × 250',
  ],
  [
    '2025-11-10',
    '400000.00',
    101,
    'DAYS_91_TO_180',
    '30400.00',
    false,
    'in court: out of the totals; 28,400 + 10 × 200',
  ],
  [
    '2025-12-31',
    '300000.00',
    152,
    'DAYS_91_TO_180',
    '38550.00',
    true,
    'art. 17: 28,400 + 20 × 200 + 41 × 150',
  ],
] as const;

describe('one debt on a past day', () => {
  it.each(VECTORS)(
    '%s: outstanding %s, %s days overdue, %s, interest %s (%s; %s)',
    async (day, outstanding, overdueDays, bucket, interest, counted) => {
      const result = await data<any>(
        `query($id: ID!, $d: Date!) { arrear(id: $id) {
        positionOn(date: $d) { outstanding overdueDays ageBucket counted lateInterest { amount } }
        overdueDays(asOf: $d) ageBucket(asOf: $d) lateInterest(asOf: $d) { amount days } } }`,
        { id: arrearId, d: day },
      );
      const a = result.arrear;
      expect(a.positionOn).toEqual({
        outstanding,
        overdueDays,
        ageBucket: bucket,
        counted,
        lateInterest: { amount: interest },
      });
      // The debt's own fields with asOf agree with its position that day.
      expect([a.overdueDays, a.ageBucket, a.lateInterest.amount]).toEqual([
        overdueDays,
        bucket,
        interest,
      ]);
    },
  );

  it('the dispute and the court case are dated on the debt', async () => {
    const result = await data<any>(
      `query($id: ID!) { arrear(id: $id) { outstanding status periods { kind startedOn endedOn disputedAmount } } }`,
      { id: arrearId },
    );
    expect(result.arrear.outstanding).toBe('300000.00');
    expect(result.arrear.periods).toEqual([
      {
        kind: 'DISPUTE',
        startedOn: '2025-09-15',
        endedOn: '2025-10-15',
        disputedAmount: '150000.00',
      },
      { kind: 'JUDICIAL', startedOn: '2025-11-05', endedOn: '2025-12-01', disputedAmount: null },
    ]);
  });
});

describe('the unit’s summary on a past day (the as-of module)', () => {
  const SUMMARY = `query($id: ID!, $d: Date!) { organisation(id: $id) { arrearsSummary {
    positionOn(date: $d) { count outstanding undisputedOutstanding disputedOutstanding overdueOutstanding paid }
    overdueOutstanding(asOf: $d) byAgeBucket(asOf: $d) { bucket count outstanding } } } }`;
  const summaryOn = async (d: string) =>
    (await data<any>(SUMMARY, { id: debtorId, d })).organisation.arrearsSummary;
  const bucketOf = (s: any, bucket: string) => s.byAgeBucket.find((b: any) => b.bucket === bucket);

  it('2025-08-15: the whole million was outstanding and overdue (not the 800,000 of later)', async () => {
    const s = await summaryOn('2025-08-15');
    expect(s.positionOn).toMatchObject({ count: 1, outstanding: '1000000.00', paid: '0.00' });
    expect(s.overdueOutstanding).toBe('1000000.00');
    expect(bucketOf(s, 'UP_TO_30_DAYS')).toEqual({
      bucket: 'UP_TO_30_DAYS',
      count: 1,
      outstanding: '1000000.00',
    });
  });

  it('2025-09-30, in dispute: 350,000 undisputed of 500,000 (art. 15)', async () => {
    const s = await summaryOn('2025-09-30');
    expect(s.positionOn).toMatchObject({
      count: 1,
      outstanding: '500000.00',
      undisputedOutstanding: '350000.00',
      disputedOutstanding: '500000.00',
      overdueOutstanding: '500000.00',
    });
    expect(bucketOf(s, 'DAYS_31_TO_90').outstanding).toBe('500000.00');
  });

  it('2025-11-10, before a court: left out of the totals', async () => {
    const s = await summaryOn('2025-11-10');
    expect(s.positionOn).toMatchObject({ count: 0, outstanding: '0.00' });
    expect(s.byAgeBucket.every((b: any) => b.count === 0)).toBe(true);
  });

  it('2025-12-31, judged and back: 300,000 in the 91–180 bucket', async () => {
    const s = await summaryOn('2025-12-31');
    expect(s.positionOn).toMatchObject({
      count: 1,
      outstanding: '300000.00',
      overdueOutstanding: '300000.00',
    });
    expect(bucketOf(s, 'DAYS_91_TO_180').outstanding).toBe('300000.00');
  });

  it('today, the as-of figures equal the current ones for the whole region', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const result = await data<any>(
      `query($d: Date!) { region(code: "150621") { arrearsSummary { count outstanding undisputedOutstanding
        positionOn(date: $d) { count outstanding undisputedOutstanding } } } }`,
      { d: today },
    );
    const s = result.region.arrearsSummary;
    expect(s.positionOn).toEqual({
      count: s.count,
      outstanding: s.outstanding,
      undisputedOutstanding: s.undisputedOutstanding,
    });
  });

  it('a step dated in the future is refused with its field', async () => {
    const result = await gql(
      `mutation($i: MarkDisputedInput!) { markDisputed(input: $i) { id } }`,
      {
        i: {
          arrearId,
          expectedVersion: version,
          disputedAmount: '1.00',
          reason: '测试',
          disputedOn: '2099-01-01',
        },
      },
      ADMIN,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe('input.disputedOn');
  });

  it('costs the same statements for 10 and for 100 units', async () => {
    const query = `query($n: Int!) { organisations(first: $n) { edges { node { arrearsSummary {
      positionOn(date: "2025-12-31") { outstanding } byAgeBucket(asOf: "2025-12-31") { outstanding } } } } } }`;
    const ten = await countStatements(() => data(query, { n: 10 }));
    const hundred = await countStatements(() => data(query, { n: 100 }));
    console.log(
      `as-of summaries: 10 units → ${JSON.stringify(ten)}; 100 units → ${JSON.stringify(hundred)}`,
    );
    expect(hundred).toEqual(ten);
  });
});
