// A list never costs one statement per row: the SQL each subgraph runs for 10 rows and for 100
// rows is the same. Counted with each subgraph's statement counter (GET /debug/stats).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, data, leastStatements as countStatements } from './harness/client.ts';
import { registerRegion } from './harness/fixtures.ts';

/** A parent region with `children` township-level regions, each with one unit owing one debt. */
async function regionWithChildren(
  parentCode: string,
  children: number,
  creditorId: string,
): Promise<void> {
  await registerRegion(parentCode, `测试旗${parentCode}`, 'BANNER', '150600');
  for (let n = 1; n <= children; n++) {
    const code = `${parentCode}${String(n).padStart(3, '0')}`;
    await registerRegion(code, `测试镇${code}`, 'TOWN', parentCode);
    const unit = await data<any>(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      { i: { name: `测试镇${code}人民政府`, kind: 'TOWN_GOVERNMENT', regionCode: code } },
      ADMIN,
    );
    await data(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId: unit.registerOrganisation.id,
          creditorId,
          contractNo: `T-${code}`,
          contractSignedOn: '2024-01-01',
          subject: 'WORKS',
          amountDue: `${n}000.00`,
          paidSoFar: `${n}.00`,
        },
      },
      ADMIN,
    );
  }
}

/** The statements (and the answers) of `query` for the 10-township region and the 100-township one. */
async function regionsTenAndHundred(query: string) {
  let tenRows: any;
  let hundredRows: any;
  const ten = await countStatements(
    async () => (tenRows = await data<any>(query, { p: '150691' })),
  );
  const hundred = await countStatements(
    async () => (hundredRows = await data<any>(query, { p: '150692' })),
  );
  return { ten, hundred, tenRows, hundredRows };
}

describe('SQL statements per request do not grow with the rows', () => {
  beforeAll(async () => {
    const creditor = await data<any>(
      `{ organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`,
    );
    const creditorId = creditor.organisations.edges[0].node.id;
    await regionWithChildren('150691', 10, creditorId);
    await regionWithChildren('150692', 100, creditorId);
    // The first 10 units by name must hold a unit with a parent, or the 10-row request skips the
    // parent loader and the comparison depends on which units other test files registered: a
    // sub-unit named to sort first makes it hold whatever else is in the registry.
    const parent = await data<any>(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      { i: { name: '!SQL计数上级单位', kind: 'GOVERNMENT_DEPARTMENT', regionCode: '150691' } },
      ADMIN,
    );
    await data(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      {
        i: {
          name: '!SQL计数下属单位',
          kind: 'PUBLIC_INSTITUTION',
          regionCode: '150691',
          parentId: parent.registerOrganisation.id,
        },
      },
      ADMIN,
    );
  }, 300_000);

  it('organisations(first: 10 | 100) { arrearsSummary … }', async () => {
    const query = `query($n: Int!) { organisations(first: $n) { edges { node { name region { name } parent { name } arrearsSummary { count outstanding } arrearsOwed(first: 3) { totalCount edges { node { contractNo creditor { name } } } } } } } }`;
    const ten = await countStatements(() => data(query, { n: 10 }));
    const hundred = await countStatements(() => data(query, { n: 100 }));
    console.log(
      `organisations(first: 10) → ${JSON.stringify(ten)}; organisations(first: 100) → ${JSON.stringify(hundred)}`,
    );
    expect(hundred).toEqual(ten);
    expect(ten.arrears).toBeLessThanOrEqual(3);
  });

  it('arrears(first: 10 | 100) with debtor, creditor, plan, payments, archive and summaries', async () => {
    const query = `query($n: Int!) { arrears(first: $n) { totalCount edges { node { contractNo outstanding payableNow
      debtor { name arrearsSummary { outstanding } } creditor { name creditCode arrearsSummary(as: CREDITOR) { count } }
      repaymentPlan { revision instalments { amount overdue } } payments { amount } documents { fileName } } } } }`;
    let hundredRows: any;
    const ten = await countStatements(() => data(query, { n: 10 }));
    const hundred = await countStatements(
      async () => (hundredRows = await data<any>(query, { n: 100 })),
    );
    console.log(
      `arrears(first: 10) → ${JSON.stringify(ten)}; arrears(first: 100) → ${JSON.stringify(hundred)}`,
    );
    expect(hundredRows.arrears.edges).toHaveLength(100);
    expect(hundred).toEqual(ten);
  });

  it('regions(parentCode) { arrearsSummary } for 10 and for 100 regions', async () => {
    const query = `query($p: ID!) { regions(parentCode: $p) { code name units(first: 5) { totalCount } arrearsSummary { count amountDue paid outstanding undisputedOutstanding bySubject { subject outstanding } zeroing { rate } clueClosure { rate } newAfterZeroing { count } } } }`;
    const { ten, hundred, tenRows, hundredRows } = await regionsTenAndHundred(query);
    console.log(`regions ×10 → ${JSON.stringify(ten)}; regions ×100 → ${JSON.stringify(hundred)}`);
    expect(tenRows.regions).toHaveLength(10);
    expect(hundredRows.regions).toHaveLength(100);
    // Each township's one debt of n000.00 with n.00 paid is summed exactly.
    const seventh = hundredRows.regions.find((r: any) => r.code === '150692007');
    expect(seventh.arrearsSummary).toMatchObject({
      count: 1,
      amountDue: '7000.00',
      paid: '7.00',
      outstanding: '6993.00',
      zeroing: { rate: 0 },
    });
    expect(hundred).toEqual(ten);
    // The rollup's row per debtor gives totals, subjects and zeroing in one statement; clues and
    // new-after-zeroing one each.
    expect(ten.arrears).toBe(3);
  });

  it('regions(parentCode) with funds, funding warnings and payment times for 10 and for 100 regions', async () => {
    const query = `query($p: ID!) { regions(parentCode: $p) { code funds { availableForClearance }
      fundingWarningCount fundingWarnings(first: 3) { unit { id } gap } paymentPerformance(half: "2026-H1") { payments } } }`;
    const { ten, hundred, tenRows, hundredRows } = await regionsTenAndHundred(query);
    console.log(
      `regions ×10 with funds → ${JSON.stringify(ten)}; ×100 → ${JSON.stringify(hundred)}`,
    );
    expect(hundredRows.regions).toHaveLength(100);
    // Each township's government owes its one debt and has no clearance funds: one warning each,
    // its gap the whole outstanding.
    const seventh = hundredRows.regions.find((r: any) => r.code === '150692007');
    expect(seventh).toMatchObject({
      fundingWarningCount: 1,
      fundingWarnings: [{ gap: '6993.00' }],
      paymentPerformance: { payments: 0 },
    });
    expect(tenRows.regions.every((r: any) => r.fundingWarningCount === 1)).toBe(true);
    expect(hundred).toEqual(ten);
  });

  it('a region’s figures and the Dashboard cost the same statements however many lines there are', async () => {
    const dashboard = readFileSync(
      fileURLToPath(new URL('../gateway/operations/Dashboard.graphql', import.meta.url)),
      'utf8',
    );
    const overview = `query($c: ID!) { region(code: $c) { arrearsSummary { count outstanding overdueOutstanding clearanceRate
      byAgeBucket { bucket count outstanding } bySubject { subject outstanding } zeroing { rate } clearedByMonth(from: "2025-12", to: "2026-11") { paid } }
      unitOutstanding { unitId outstanding } overdueUnplannedDebtors { id } funds { availableForClearance } supervision { openCases } } }`;
    const variables = { regionCode: '150691', from: '2025-12', to: '2026-11', half: '2026-H1' };
    // Once unmeasured: a subgraph's copy of the registry may be due for its reload (30 s), which
    // costs the organisations subgraph its own statements once.
    await data(overview, { c: '150691' });
    await data(dashboard, variables);
    const overviewBefore = await countStatements(() => data(overview, { c: '150691' }));
    const dashboardBefore = await countStatements(() => data(dashboard, variables));
    const units = await data<any>(
      `{ organisations(first: 10, filter: { regionCode: "150691" }) { edges { node { id } } } }`,
    );
    const creditor = await data<any>(
      `{ organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`,
    );
    const before = await data<any>(`{ region(code: "150691") { arrearsSummary { count } } }`);
    // Forty more lines on the region's debtors: five times as many as it had.
    for (let n = 0; n < 40; n++) {
      await data(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
        {
          i: {
            debtorId: units.organisations.edges[n % units.organisations.edges.length].node.id,
            creditorId: creditor.organisations.edges[0].node.id,
            contractNo: `MORE-${n}`,
            contractSignedOn: '2024-03-01',
            subject: ['GOODS', 'WORKS', 'SERVICES'][n % 3],
            amountDue: `${100 + n}.00`,
            deliveredOn: '2024-03-10',
          },
        },
        ADMIN,
      );
    }
    const after = await data<any>(`{ region(code: "150691") { arrearsSummary { count } } }`);
    expect(after.region.arrearsSummary.count).toBe(before.region.arrearsSummary.count + 40);
    const overviewAfter = await countStatements(() => data(overview, { c: '150691' }));
    const dashboardAfter = await countStatements(() => data(dashboard, variables));
    console.log(
      `region overview → ${JSON.stringify(overviewBefore)} (then ${JSON.stringify(overviewAfter)}); Dashboard → ${JSON.stringify(dashboardBefore)} (then ${JSON.stringify(dashboardAfter)})`,
    );
    expect(overviewAfter).toEqual(overviewBefore);
    expect(dashboardAfter).toEqual(dashboardBefore);
  });
});
