// The finance subgraph through the gateway: funds, projects and restrictions beside the ledger,
// exact and bounded disbursements, project flags, early warnings.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  countStatements,
  data,
  errorCodes,
  gql,
  INSPECTOR,
  type As,
} from './harness/client.ts';
import { toCents } from '@arrears-hub/subgraph-kit';
import { unique } from './harness/fixtures.ts';

const FINANCE: As = { roles: ['FINANCE'], sub: 'finance-clerk' };
let ids: Record<string, string> = {};

async function unitId(name: string): Promise<string> {
  const result = await data<any>(
    `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id } } } }`,
    { n: name },
  );
  return result.organisations.edges[0].node.id;
}

beforeAll(async () => {
  ids = {
    housing: await unitId('达拉特旗住房和城乡建设局'),
    agency: await unitId('达拉特旗政府投资项目代建中心'),
    education: await unitId('达拉特旗教育体育局'),
  };
  // The 20-vs-200 measurement needs at least 200 units.
  const total = (await data<any>(`{ organisations(first: 1) { totalCount } }`)).organisations
    .totalCount;
  for (let i = total; i < 205; i++) {
    await data(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      { i: { name: `财政测试单位${i}`, kind: 'PUBLIC_INSTITUTION', regionCode: '150621' } },
      ADMIN,
    );
  }
}, 120_000);

describe('the cross-domain query', () => {
  const query = `query($n: Int!) { organisations(first: $n) { edges { node { name arrearsSummary { outstanding }
    funds { available } projects { name flags } restrictions { measure } } } } }`;

  it('answers with funds, projects and restrictions next to the ledger', async () => {
    const result = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { outstanding } funds(year: 2026) { appropriated available availableForClearance }
      projects { name flags arrears { totalCount } arrearsSummary { outstanding } } restrictions { measure } fundingGap { outstanding availableForClearance gap warning } } }`,
      { id: ids.agency },
    );
    const unit = result.organisation;
    expect(unit.funds).toEqual({
      appropriated: '5000000.00',
      available: '5000000.00',
      availableForClearance: '5000000.00',
    });
    expect(unit.projects[0].flags).toEqual([
      'STARTED_WITHOUT_FUNDS',
      'CONTRACTOR_PREFINANCED',
      'ESTIMATE_OVERRUN',
      'AUDIT_SCOPE',
    ]);
    expect(unit.projects[0].arrears.totalCount).toBeGreaterThan(0);
    expect(unit.fundingGap.outstanding).toBe(unit.arrearsSummary.outstanding);
    expect(unit.fundingGap.warning).toBe(Number(unit.arrearsSummary.outstanding) > 5_000_000);
  });

  it('costs the same SQL statements for 20 and for 200 units', async () => {
    const twenty = await countStatements(() => data(query, { n: 20 }));
    let rows: any;
    const twoHundred = await countStatements(
      async () => (rows = await data<any>(query, { n: 200 })),
    );
    console.log(
      `organisations(first: 20) → ${JSON.stringify(twenty)}; organisations(first: 200) → ${JSON.stringify(twoHundred)}`,
    );
    expect(rows.organisations.edges).toHaveLength(200);
    expect(twoHundred).toEqual(twenty);
  });

  it('a region’s funds and its early warnings (units owing more than their clearance funds)', async () => {
    const result =
      await data<any>(`{ region(code: "150621") { funds(year: 2026) { appropriated disbursed available availableForClearance }
      fundingWarnings { unit { name } outstanding availableForClearance gap } } }`);
    expect(Number(result.region.funds.availableForClearance)).toBeGreaterThan(0);
    const names = result.region.fundingWarnings.map((w: any) => w.unit.name);
    expect(names).toContain('达拉特旗住房和城乡建设局');
    expect(names).not.toContain('达拉特旗教育体育局'); // 400,000 available against its smaller debts
    for (const w of result.region.fundingWarnings) expect(Number(w.gap)).toBeGreaterThan(0);
  });

  it('the early warnings are a bounded list, largest gap first, with a count of them all', async () => {
    const all = await data<any>(
      `{ region(code: "150621") { fundingWarningCount fundingWarnings(first: 500) { unit { id } gap } } }`,
    );
    const warnings = all.region.fundingWarnings;
    expect(warnings.length).toBeGreaterThan(1);
    expect(all.region.fundingWarningCount).toBe(warnings.length);
    const gaps = warnings.map((w: any) => toCents(w.gap));
    expect([...gaps].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(gaps);
    const top = await data<any>(
      `{ region(code: "150621") { fundingWarningCount fundingWarnings(first: 1) { unit { id } gap } } }`,
    );
    expect(top.region).toEqual({
      fundingWarningCount: warnings.length,
      fundingWarnings: [warnings[0]],
    });
    for (const first of [0, 501]) {
      const bad = await gql(
        `{ region(code: "150621") { fundingWarnings(first: ${first}) { gap } } }`,
      );
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.message).toMatch(/500/);
    }
  });

  it('a debt shows the disbursements that paid it', async () => {
    const result = await data<any>(
      `{ arrears(first: 5, filter: { debtorIds: ["${'${housing}'}"] }) { totalCount } }`.replace(
        '${housing}',
        ids.housing,
      ),
    );
    expect(result.arrears.totalCount).toBeGreaterThan(0);
    const paid = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsOwed { edges { node { contractNo disbursements { amount paidOn fundingSource } } } } } }`,
      { id: ids.housing },
    );
    const withMoney = paid.organisation.arrearsOwed.edges.find(
      (e: any) => e.node.contractNo === 'DLT-ZJ-2022-017',
    );
    expect(withMoney.node.disbursements).toEqual([
      { amount: '1200000.00', paidOn: '2025-05-20', fundingSource: 'FISCAL_FUNDS' },
    ]);
  });
});

describe('finance mutations', () => {
  const APPROPRIATE = `mutation($i: AppropriateInput!) { appropriate(input: $i) { id version appropriated available } }`;
  const DISBURSE = `mutation($i: DisburseInput!) { disburse(input: $i) { id amount } }`;

  async function debtOf(unit: string): Promise<{ id: string; outstanding: string }> {
    const result = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsOwed(first: 50) { edges { node { id outstanding } } } } }`,
      { id: unit },
    );
    return result.organisation.arrearsOwed.edges
      .map((e: any) => e.node)
      .find((n: any) => Number(n.outstanding) > 1000);
  }

  it('refuses negative money and a bureau appropriating', async () => {
    const negative = await gql(
      APPROPRIATE,
      {
        i: {
          unitId: ids.education,
          fiscalYear: 2026,
          purpose: 'CLEARANCE_FUND',
          fundingSource: 'FISCAL_FUNDS',
          amount: '-5.00',
        },
      },
      FINANCE,
    );
    expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(negative.errors![0]!.extensions!.field).toBe('i.amount');
    const bureau = await gql(
      APPROPRIATE,
      {
        i: {
          unitId: ids.education,
          fiscalYear: 2026,
          purpose: 'CLEARANCE_FUND',
          fundingSource: 'FISCAL_FUNDS',
          amount: '5.00',
        },
      },
      { roles: ['BUREAU'], org: ids.education },
    );
    expect(errorCodes(bureau)).toEqual(['FORBIDDEN']);
  });

  it('never disburses more than appropriated, even concurrently; nothing is written on refusal', async () => {
    const line = (
      await data<any>(
        APPROPRIATE,
        {
          i: {
            unitId: ids.agency,
            fiscalYear: 2026,
            purpose: 'CLEARANCE_FUND',
            fundingSource: 'FISCAL_FUNDS',
            amount: '1000.00',
          },
        },
        FINANCE,
      )
    ).appropriate;
    const debt = await debtOf(ids.agency);
    const tooMuch = await gql(
      DISBURSE,
      { i: { budgetLineId: line.id, arrearId: debt.id, amount: '1000.01', paidOn: '2026-05-01' } },
      FINANCE,
    );
    expect(errorCodes(tooMuch)).toEqual(['BAD_USER_INPUT']);
    expect(tooMuch.errors![0]!.message).toMatch(/可用 1000.00 元/);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql(
          DISBURSE,
          {
            i: { budgetLineId: line.id, arrearId: debt.id, amount: '100.00', paidOn: '2026-05-01' },
          },
          FINANCE,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(10);
    const after = await data<any>(
      `{ budgetLines(first: 500, filter: { fiscalYears: [2026] }) { edges { node { id disbursed available disbursements { amount } } } } }`,
      {},
      FINANCE,
    );
    const row = after.budgetLines.edges.find((e: any) => e.node.id === line.id).node;
    expect(row).toMatchObject({ disbursed: '1000.00', available: '0.00' });
    expect(row.disbursements).toHaveLength(10);
  });

  it('a project started before its approval is refused unless acknowledged, then flagged', async () => {
    const input = {
      name: `测试工程${unique('P')}`,
      ownerUnitId: ids.education,
      approvedAmount: '500000.00',
      approvedOn: '2025-05-01',
      fundsSecuredOn: '2025-04-01',
      startedOn: '2025-04-20',
    };
    const REGISTER = `mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id flags } }`;
    const before = (await data<any>(`{ projects(first: 500) { totalCount } }`, {}, INSPECTOR))
      .projects.totalCount;
    const refused = await gql(REGISTER, { i: input }, FINANCE);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toMatch(/未批先建/);
    expect(
      (await data<any>(`{ projects(first: 500) { totalCount } }`, {}, INSPECTOR)).projects
        .totalCount,
    ).toBe(before);
    const acknowledged = await data<any>(
      REGISTER,
      { i: { ...input, acknowledgedFlags: ['STARTED_BEFORE_APPROVAL'] } },
      FINANCE,
    );
    expect(acknowledged.registerProject.flags).toEqual(['STARTED_BEFORE_APPROVAL']);
    const flagged = await data<any>(
      `{ projects(first: 100, filter: { flags: [STARTED_BEFORE_APPROVAL] }) { edges { node { id } } } }`,
      {},
      INSPECTOR,
    );
    expect(flagged.projects.edges.map((e: any) => e.node.id)).toContain(
      acknowledged.registerProject.id,
    );
  });

  it.each([
    'STARTED_BEFORE_APPROVAL',
    'STARTED_WITHOUT_FUNDS',
    'CONTRACTOR_PREFINANCED',
    'ESTIMATE_OVERRUN',
    'AUDIT_SCOPE',
  ])(
    'the %s filter (evaluated in SQL) returns exactly the projects whose computed flags include it',
    async (flag) => {
      const all = await data<any>(
        `{ projects(first: 500) { edges { node { id flags } } } }`,
        {},
        INSPECTOR,
      );
      const expected = all.projects.edges
        .filter((e: any) => e.node.flags.includes(flag))
        .map((e: any) => e.node.id)
        .sort();
      const filtered = await data<any>(
        `query($f: [ProjectFlag!]) { projects(first: 500, filter: { flags: $f }) { edges { node { id } } } }`,
        { f: [flag] },
        INSPECTOR,
      );
      expect(filtered.projects.edges.map((e: any) => e.node.id).sort()).toEqual(expected);
    },
  );

  it('deposits: unlawful kinds and overdue refunds are flagged (2025 art. 13)', async () => {
    const result = await data<any>(
      `{ projects(first: 10, filter: { flags: [CONTRACTOR_PREFINANCED] }) { edges { node { deposits { kind form flags { unlawfulKind refundOverdue } } } } } }`,
    );
    const deposits = result.projects.edges.flatMap((e: any) => e.node.deposits);
    expect(deposits).toContainEqual({
      kind: 'OTHER',
      form: 'CASH',
      flags: { unlawfulKind: true, refundOverdue: false },
    });
    expect(deposits).toContainEqual({
      kind: 'QUALITY',
      form: 'CASH',
      flags: { unlawfulKind: false, refundOverdue: true },
    });
  });

  it('a bureau sees only its own unit’s budget lines', async () => {
    const own = await data<any>(
      `{ budgetLines(first: 100) { edges { node { unit { id } } } } }`,
      {},
      { roles: ['BUREAU'], org: ids.housing },
    );
    expect(own.budgetLines.edges.length).toBeGreaterThan(0);
    expect(new Set(own.budgetLines.edges.map((e: any) => e.node.unit.id))).toEqual(
      new Set([ids.housing]),
    );
  });
});
