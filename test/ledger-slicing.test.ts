// Issue 18, "Lists an inspector can slice": ArrearFilter's regionCode, debtorKinds, search,
// ageBuckets, planInDefault and documentsMissing, the list's sum over all pages, the OVERDUE_DAYS
// order, and refusals of bad input. Every expectation is computed from data this file registers
// itself (its own region, units and creditors), never from what other files left in the ledger.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, data, gql, leastStatements, type As } from './harness/client.ts';
import { newCreditCode, refreshDirectories, registerRegion, unique } from './harness/fixtures.ts';
import { eventually } from './harness/jobs.ts';

const TAG = Date.now().toString(36).toUpperCase();
/** This file's own region, far from the codes other files register. */
const REGION = '150688';
const TOWN = '150688001';

const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const cents = (money: string) => BigInt(money.replace('.', ''));
const yuan = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

async function registerUnit(input: Record<string, unknown>): Promise<string> {
  const result = await data<any>(
    `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
    { i: input },
    ADMIN,
  );
  return result.registerOrganisation.id;
}

interface Line {
  id: string;
  version: number;
}

async function register(input: Record<string, unknown>): Promise<Line> {
  const result = await data<any>(
    `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version } }`,
    { i: { contractSignedOn: '2024-01-10', subject: 'GOODS', ...input } },
    ADMIN,
  );
  return result.registerArrear;
}

async function verify(line: Line): Promise<Line> {
  const result = await data<any>(
    `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { id version } }`,
    {
      i: {
        arrearId: line.id,
        expectedVersion: line.version,
        verifiedOn: shift(todayInChina(), -1),
        evidence: '合同及验收单核对一致',
      },
    },
    ADMIN,
  );
  return result.verifyArrear;
}

async function plan(
  line: Line,
  signedOn: string,
  instalments: { dueOn: string; amount: string }[],
) {
  const verified = await verify(line);
  await data(
    `mutation($i: AgreeRepaymentPlanInput!) { agreeRepaymentPlan(input: $i) { id } }`,
    {
      i: {
        arrearId: verified.id,
        expectedVersion: verified.version,
        signedOn,
        fundingSource: 'FISCAL_FUNDS',
        instalments,
      },
    },
    ADMIN,
  );
}

async function pay(arrearId: string, amount: string, voucherNo: string | null) {
  await data(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
    {
      i: {
        arrearId,
        amount,
        paidOn: shift(todayInChina(), -2),
        method: 'TRANSFER',
        voucherNo,
        idempotencyKey: unique('slice-pay'),
      },
    },
    ADMIN,
  );
}

const LIST = `query($f: ArrearFilter, $o: ArrearOrder, $n: Int, $after: String) {
  arrears(filter: $f, orderBy: $o, first: $n, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id contractNo amountDue paid outstanding statutoryDueOn overdueDays ageBucket } } } }`;

interface Node {
  id: string;
  contractNo: string;
  amountDue: string;
  paid: string;
  outstanding: string;
  statutoryDueOn: string | null;
  overdueDays: number;
  ageBucket: string;
}

/** Every row of a filtered list, `pageSize` at a time, in the order the pages gave them. */
async function allPages(
  filter: Record<string, unknown>,
  orderBy: Record<string, unknown> | null = null,
  pageSize = 2,
  as: As = ADMIN,
): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: any = await data<any>(LIST, { f: filter, o: orderBy, n: pageSize, after }, as);
    rows.push(...page.arrears.edges.map((e: any) => e.node));
    if (!page.arrears.pageInfo.hasNextPage) return rows;
    after = page.arrears.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

let creditorX: string;
let creditorY: string;
let codeY: string;
let debtorA: string;
let debtorB: string;
let debtorC: string;
const line: Record<string, Line> = {};
/** The lines of this file as the API shows them (their own fields: the independent expectation). */
let mine: Node[];
let mineFilter: Record<string, unknown>;
const nameX = `切片测试建材${TAG}有限公司`;

beforeAll(async () => {
  const today = todayInChina();
  await registerRegion(REGION, '切片测试旗', 'BANNER', '150600');
  await registerRegion(TOWN, '切片测试镇', 'TOWN', REGION);
  debtorA = await registerUnit({
    name: `切片测试局${TAG}`,
    kind: 'GOVERNMENT_DEPARTMENT',
    regionCode: REGION,
  });
  debtorB = await registerUnit({
    name: `切片测试中心${TAG}`,
    kind: 'PUBLIC_INSTITUTION',
    regionCode: TOWN,
  });
  debtorC = await registerUnit({
    name: `切片测试办${TAG}`,
    kind: 'GOVERNMENT_DEPARTMENT',
    regionCode: '150621',
  });
  const enterprise = (name: string, creditCode: string) =>
    registerUnit({
      name,
      kind: 'PRIVATE_ENTERPRISE',
      regionCode: '150621',
      creditCode,
      ownership: 'PRIVATE',
      size: { industry: 'OTHER', employees: 20, asOf: '2023-12-31' },
    });
  creditorX = await enterprise(nameX, newCreditCode());
  codeY = newCreditCode();
  creditorY = await enterprise(`切片测试劳务${TAG}有限公司`, codeY);

  const no = (n: number) => `QP${TAG}-00${n}`;
  // 1: long overdue, a contract on file, a payment with its voucher.
  line.d1 = await register({
    debtorId: debtorA,
    creditorId: creditorX,
    contractNo: no(1),
    amountDue: '1000.00',
    deliveredOn: '2024-02-01',
  });
  // 2: no delivery date (no due date), a payment without a voucher.
  line.d2 = await register({
    debtorId: debtorB,
    creditorId: creditorX,
    contractNo: no(2),
    amountDue: '2000.00',
  });
  // 3: outside the region, overdue by days, its plan in default (an instalment of 2025 unpaid).
  line.d3 = await register({
    debtorId: debtorC,
    creditorId: creditorY,
    contractNo: no(3),
    amountDue: '3000.00',
    deliveredOn: shift(today, -45),
  });
  // 4: paid in full at registration: nothing outstanding, so not overdue.
  line.d4 = await register({
    debtorId: debtorA,
    creditorId: creditorY,
    contractNo: no(4),
    amountDue: '4000.00',
    paidSoFar: '4000.00',
    deliveredOn: '2024-02-01',
  });
  // 5: delivered days ago, not yet due, a plan whose only instalment is still to come.
  line.d5 = await register({
    debtorId: debtorB,
    creditorId: creditorY,
    contractNo: no(5),
    amountDue: '5000.00',
    deliveredOn: shift(today, -3),
  });

  await data(
    `mutation($i: AttachDocumentInput!) { attachDocument(input: $i) { id } }`,
    {
      i: {
        arrearId: line.d1.id,
        kind: 'CONTRACT',
        fileName: '采购合同.pdf',
        mediaType: 'application/pdf',
        contentBase64: Buffer.concat([
          Buffer.from('%PDF-1.4\n'),
          Buffer.from('合同正文 '.repeat(20)),
        ]).toString('base64'),
      },
    },
    ADMIN,
  );
  await pay(line.d1.id, '100.00', `PZ-${TAG}-1`);
  await pay(line.d2.id, '200.00', null);
  await plan(line.d3, '2024-12-01', [
    { dueOn: '2025-01-01', amount: '1000.00' },
    { dueOn: shift(today, 30), amount: '2000.00' },
  ]);
  await plan(line.d5, today, [{ dueOn: shift(today, 10), amount: '5000.00' }]);

  mineFilter = { creditorIds: [creditorX, creditorY] };
  mine = await allPages(mineFilter, null, 10);
}, 300_000);

/** The ids of this file's lines a filter returns (its creditors only), every page read. */
const sliced = async (filter: Record<string, unknown>) =>
  ids(await allPages({ ...mineFilter, ...filter }));
const lines = (...names: string[]) => names.map((n) => line[n]!.id).sort();

describe('ArrearFilter slices', () => {
  it('holds the five lines of this file', () => {
    expect(ids(mine)).toEqual(lines('d1', 'd2', 'd3', 'd4', 'd5'));
  });

  it('regionCode: the debtors of the region and every region below it', async () => {
    expect(ids(await allPages({ regionCode: REGION }))).toEqual(lines('d1', 'd2', 'd4', 'd5'));
    expect(ids(await allPages({ regionCode: TOWN }))).toEqual(lines('d2', 'd5'));
    expect(await sliced({ regionCode: '150621' })).toEqual(lines('d3'));
  });

  it('regionOwnLevel: only the debtors placed in the region itself (本级), not below it', async () => {
    expect(ids(await allPages({ regionCode: REGION, regionOwnLevel: true }))).toEqual(
      lines('d1', 'd4'),
    );
    expect(ids(await allPages({ regionCode: TOWN, regionOwnLevel: true }))).toEqual(
      lines('d2', 'd5'),
    );
    expect(ids(await allPages({ regionCode: REGION, regionOwnLevel: false }))).toEqual(
      lines('d1', 'd2', 'd4', 'd5'),
    );
  });

  it('debtorKinds: the debtor’s kind now, following a re-classed unit', async () => {
    expect(await sliced({ debtorKinds: ['PUBLIC_INSTITUTION'] })).toEqual(lines('d2', 'd5'));
    expect(await sliced({ debtorKinds: ['GOVERNMENT_DEPARTMENT', 'OTHER'] })).toEqual(
      lines('d1', 'd3', 'd4'),
    );
    // Re-class debtor B: the ledger follows the registry (its kind at registration stays).
    const b = await data<any>(`query($id: ID!) { organisation(id: $id) { version } }`, {
      id: debtorB,
    });
    await data(
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { kind: GOVERNMENT_DEPARTMENT }) { id } }`,
      { id: debtorB, v: b.organisation.version },
      ADMIN,
    );
    await refreshDirectories(['arrears']);
    await eventually(async () =>
      (await sliced({ debtorKinds: ['PUBLIC_INSTITUTION'] })).length === 0 ? true : undefined,
    );
    expect(await sliced({ debtorKinds: ['GOVERNMENT_DEPARTMENT'] })).toEqual(
      lines('d1', 'd2', 'd3', 'd4', 'd5'),
    );
    const kept = await data<any>(`query($id: ID!) { arrear(id: $id) { debtorKind } }`, {
      id: line.d2!.id,
    });
    expect(kept.arrear.debtorKind).toBe('PUBLIC_INSTITUTION');
  });

  it('search: contract number contains, creditor name contains, credit code exactly', async () => {
    expect(ids(await allPages({ search: `QP${TAG}-00` }))).toEqual(
      lines('d1', 'd2', 'd3', 'd4', 'd5'),
    );
    // Lower case and full-width forms are the same identifier.
    expect(ids(await allPages({ search: `qp${TAG.toLowerCase()}-003` }))).toEqual(lines('d3'));
    const fullWidth = `${TAG}-005`.replace(/[!-~]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
    expect(ids(await allPages({ search: fullWidth }))).toEqual(lines('d5'));
    // A part of the creditor's name, with a space the name does not have.
    expect(ids(await allPages({ search: `建材 ${TAG}` }))).toEqual(lines('d1', 'd2'));
    // The credit code, as typed with spaces and in lower case.
    const typed = `${codeY.slice(0, 6)} ${codeY.slice(6)}`.toLowerCase();
    expect(ids(await allPages({ search: typed }))).toEqual(lines('d3', 'd4', 'd5'));
    // A renamed creditor is found by its new name.
    const x = await data<any>(`query($id: ID!) { organisation(id: $id) { version } }`, {
      id: creditorX,
    });
    await data(
      `mutation($id: ID!, $v: Int!, $name: String!) { updateOrganisation(id: $id, expectedVersion: $v, input: { name: $name }) { id } }`,
      { id: creditorX, v: x.organisation.version, name: `切片测试钢构${TAG}有限公司` },
      ADMIN,
    );
    await refreshDirectories(['arrears']);
    await eventually(async () =>
      (await allPages({ search: `钢构${TAG}` })).length === 2 ? true : undefined,
    );
    expect(ids(await allPages({ search: `建材${TAG}` }))).toEqual([]);
  });

  it('ageBuckets: the bucket each line shows today', async () => {
    const buckets = [...new Set(mine.map((n) => n.ageBucket))];
    expect(buckets.length).toBeGreaterThanOrEqual(3);
    for (const bucket of buckets) {
      const expected = ids(mine.filter((n) => n.ageBucket === bucket));
      expect(await sliced({ ageBuckets: [bucket] }), bucket).toEqual(expected);
    }
    const two = buckets.slice(0, 2);
    expect(await sliced({ ageBuckets: two })).toEqual(
      ids(mine.filter((n) => two.includes(n.ageBucket))),
    );
    // Lines with nothing outstanding or no due date are NOT_DUE.
    const notDue = await sliced({ ageBuckets: ['NOT_DUE'] });
    expect(notDue).toEqual(expect.arrayContaining(lines('d2', 'd4', 'd5')));
  });

  it('planInDefault: the plan whose 2025 instalment is unpaid, and every other line', async () => {
    expect(await sliced({ planInDefault: true })).toEqual(lines('d3'));
    expect(await sliced({ planInDefault: false })).toEqual(lines('d1', 'd2', 'd4', 'd5'));
  });

  it('documentsMissing: no contract on file; a payment without a voucher', async () => {
    expect(await sliced({ documentsMissing: ['CONTRACT'] })).toEqual(lines('d2', 'd3', 'd4', 'd5'));
    expect(await sliced({ documentsMissing: ['PAYMENT_VOUCHER'] })).toEqual(lines('d2'));
    expect(await sliced({ documentsMissing: ['CONTRACT', 'PAYMENT_VOUCHER'] })).toEqual(
      lines('d2', 'd3', 'd4', 'd5'),
    );
  });
});

describe('the sum of a list and its order', () => {
  const SUM = `query($f: ArrearFilter, $n: Int) { arrears(filter: $f, first: $n) { sum { amountDue paid outstanding } } }`;

  const summed = (rows: Node[]) => ({
    amountDue: yuan(rows.reduce((s, r) => s + cents(r.amountDue), 0n)),
    paid: yuan(rows.reduce((s, r) => s + cents(r.paid), 0n)),
    outstanding: yuan(rows.reduce((s, r) => s + cents(r.outstanding), 0n)),
  });

  it('sum is the sum over every page, whatever the page size', async () => {
    for (const filter of [mineFilter, { ...mineFilter, documentsMissing: ['CONTRACT'] }]) {
      const pages = await allPages(filter, null, 2);
      const result = await data<any>(SUM, { f: filter, n: 1 });
      expect(result.arrears.sum).toEqual(summed(pages));
    }
    expect((await data<any>(SUM, { f: mineFilter, n: 1 })).arrears.sum).toEqual({
      amountDue: '15000.00',
      paid: '4300.00',
      outstanding: '10700.00',
    });
  });

  it('sum counts only the rows the viewer may see', async () => {
    const bureauA: As = { roles: ['BUREAU'], org: debtorA, sub: 'slicing-bureau-a' };
    const result = await data<any>(SUM, { f: mineFilter, n: 1 }, bureauA);
    expect(result.arrears.sum).toEqual({
      amountDue: '5000.00',
      paid: '4100.00',
      outstanding: '900.00',
    });
    expect(ids(await allPages(mineFilter, null, 1, bureauA))).toEqual(lines('d1', 'd4'));
  });

  it('every order pages through every line once, OVERDUE_DAYS and STATUTORY_DUE_ON included', async () => {
    for (const field of [
      'REGISTERED_AT',
      'CONTRACT_SIGNED_ON',
      'AMOUNT_DUE',
      'OUTSTANDING',
      'STATUTORY_DUE_ON',
      'OVERDUE_DAYS',
    ]) {
      for (const direction of ['ASC', 'DESC']) {
        const rows = await allPages(mineFilter, { field, direction }, 2);
        expect(ids(rows), `${field} ${direction}`).toEqual(ids(mine));
        if (field === 'OVERDUE_DAYS') {
          const days = rows.map((r) => r.overdueDays);
          const sorted = [...days].sort((a, b) => (direction === 'ASC' ? a - b : b - a));
          expect(days, `${field} ${direction}`).toEqual(sorted);
        }
        if (field === 'STATUTORY_DUE_ON') {
          const due = rows.map((r) => r.statutoryDueOn ?? '9999-12-31');
          const sorted = [...due].sort();
          expect(due).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
        }
      }
    }
  });

  it('the sum is one statement; a page costs the same for 1 row and for 5', async () => {
    const filter = {
      ...mineFilter,
      regionCode: REGION,
      search: `QP${TAG}`,
      ageBuckets: ['NOT_DUE', 'OVER_1_YEAR', 'DAYS_181_TO_365', 'OVER_3_YEARS'],
      planInDefault: false,
      documentsMissing: ['CONTRACT', 'PAYMENT_VOUCHER'],
      debtorKinds: ['GOVERNMENT_DEPARTMENT'],
    };
    const page = `query($f: ArrearFilter, $n: Int) { arrears(filter: $f, first: $n) { edges { node { id contractNo } } } }`;
    const withSum = `query($f: ArrearFilter, $n: Int) { arrears(filter: $f, first: $n) { sum { amountDue paid outstanding } edges { node { id contractNo } } } }`;
    const one = await leastStatements(() => data(page, { f: filter, n: 1 }));
    const five = await leastStatements(() => data(page, { f: filter, n: 5 }));
    const summedOne = await leastStatements(() => data(withSum, { f: filter, n: 1 }));
    console.log(
      `page of 1 → ${JSON.stringify(one)}; of 5 → ${JSON.stringify(five)}; with sum → ${JSON.stringify(summedOne)}`,
    );
    expect(five.arrears).toBe(one.arrears);
    expect(summedOne.arrears).toBe(one.arrears! + 1);
  });
});

describe('bad input is refused with its field and a Chinese message', () => {
  const refusal = async (filter: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const result = await gql(LIST, { f: filter, n: 1 }, ADMIN, headers);
    expect(result.errors?.length).toBe(1);
    return result.errors![0]!;
  };

  it('an unknown region code', async () => {
    const error = await refusal({ regionCode: '159999' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
    expect(error.message).toBe(
      '没有代码为“159999”的地区：请填写登记在册的地区代码，例如 "150621"。',
    );
    const english = await refusal({ regionCode: '159999' }, { 'accept-language': 'en' });
    expect(english.message).toMatch(/^There is no region with code "159999"/);
  });

  it('regionOwnLevel without a region', async () => {
    const error = await refusal({ regionOwnLevel: true });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.regionOwnLevel',
    });
    expect(error.message).toMatch(
      /^“只含本级”（regionOwnLevel）须与地区代码（regionCode）同时填写/,
    );
  });

  it('an empty search and a search too long', async () => {
    const empty = await refusal({ search: ' \u200b ' });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(empty.message).toBe(
      '搜索内容为空：请填写合同编号、债权企业名称或统一社会信用代码，或不传 search。',
    );
    const long = await refusal({ search: '合'.repeat(101) });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(long.message).toBe('搜索内容最多 100 个字符，现有 101 个。');
  });
});

// Issue 19: a region's lists are asked by its code, never by the ids of its units (a province's
// region holds tens of thousands of units, more than any id-list filter takes). The answers are
// those of the id lists they replace.
describe('clues and cases of a region by its code', () => {
  const CLUES = `query($f: ClueFilter) { clues(first: 500, filter: $f) { totalCount edges { node { id } } } }`;
  const CASES = `query($f: CaseFilter) { cases(first: 500, filter: $f) { totalCount edges { node { id } } } }`;
  const idsOf = (page: { edges: { node: { id: string } }[] }) =>
    page.edges.map((e) => e.node.id).sort();
  let unitIds: string[];
  beforeAll(async () => {
    const region = await data<any>(`{ region(code: "150621") { unitIds } }`);
    unitIds = region.region.unitIds;
    expect(unitIds.length).toBeGreaterThan(0);
    expect(unitIds.length).toBeLessThanOrEqual(500);
  });

  it('ClueFilter.respondentRegionCode: the clues about the units of the region', async () => {
    const byCode = (await data<any>(CLUES, { f: { respondentRegionCode: '150621' } })).clues;
    const byIds = (await data<any>(CLUES, { f: { respondentIds: unitIds } })).clues;
    expect(byCode.totalCount).toBeGreaterThan(0);
    expect(idsOf(byCode)).toEqual(idsOf(byIds));
    const elsewhere = (await data<any>(CLUES, { f: { respondentRegionCode: REGION } })).clues;
    expect(idsOf(elsewhere).filter((id) => idsOf(byCode).includes(id))).toEqual([]);
  });

  it('CaseFilter.targetRegionCode: the cases on the units of the region', async () => {
    const byCode = (await data<any>(CASES, { f: { targetRegionCode: '150621' } })).cases;
    const byIds = (await data<any>(CASES, { f: { targetUnitIds: unitIds } })).cases;
    expect(byCode.totalCount).toBeGreaterThan(0);
    expect(idsOf(byCode)).toEqual(idsOf(byIds));
  });

  it('an unknown region code is refused on the field that names it', async () => {
    for (const [query, f, field] of [
      [CLUES, { respondentRegionCode: '159999' }, 'filter.respondentRegionCode'],
      [CASES, { targetRegionCode: '159999' }, 'filter.targetRegionCode'],
    ] as const) {
      const result = await gql(query, { f }, ADMIN);
      expect(result.data?.clues ?? result.data?.cases ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message).toBe(
        '没有代码为“159999”的地区：请填写登记在册的地区代码，例如 "150621"。',
      );
    }
  });
});
