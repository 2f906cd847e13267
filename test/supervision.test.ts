// The supervision subgraph through the gateway: the inspectors' cross-domain question, disclosures
// that match the ledger, public reading of published disclosures, every state machine, assessment.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  countStatements,
  data,
  errorCodes,
  gql,
  INSPECTOR,
  LEADING_GROUP,
} from './harness/client.ts';
import { registerRegion } from './harness/fixtures.ts';

async function unitId(name: string): Promise<string> {
  const result = await data<any>(
    `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id } } } }`,
    { n: name },
  );
  return result.organisations.edges[0].node.id;
}

/** A county with `n` townships whose governments each owe one overdue debt with no plan. */
async function countyWithOverdueTownships(
  code: string,
  n: number,
  creditorId: string,
): Promise<void> {
  await registerRegion(code, `督查测试旗${code}`, 'BANNER', '150600');
  for (let i = 1; i <= n; i++) {
    const town = `${code}${String(i).padStart(3, '0')}`;
    await registerRegion(town, `督查测试镇${town}`, 'TOWN', code);
    const unit = await data<any>(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      { i: { name: `督查测试镇${town}人民政府`, kind: 'TOWN_GOVERNMENT', regionCode: town } },
      ADMIN,
    );
    await data(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId: unit.registerOrganisation.id,
          creditorId,
          contractNo: `SUP-${town}`,
          contractSignedOn: '2024-01-05',
          subject: 'SERVICES',
          amountDue: '5000.00',
          deliveredOn: '2024-02-01',
        },
      },
      ADMIN,
    );
  }
}

describe('the inspectors’ question for a region', () => {
  const query = `query($code: ID!) { region(code: $code) { name overdueUnplannedDebtors { id name
    supervision { openCases lastInspection { inspectedOn } } funds { availableForClearance } } supervision { openCases overdueCases listedUnits } } }`;

  beforeAll(async () => {
    const creditor = await unitId('瑞丰建材有限公司');
    await countyWithOverdueTownships('150693', 5, creditor);
    await countyWithOverdueTownships('150694', 50, creditor);
  }, 300_000);

  it('lists overdue debtors without a plan with their cases, last inspection and clearance funds', async () => {
    const result = await data<any>(query, { code: '150621' }, INSPECTOR);
    const units = result.region.overdueUnplannedDebtors;
    expect(units.length).toBeGreaterThan(2);
    const utilities = units.find((u: any) => u.name === '达拉特旗公用事业服务中心');
    expect(utilities).toBeUndefined(); // it has a plan (REPAYING)
    const housing = units.find((u: any) => u.name === '达拉特旗住房和城乡建设局');
    expect(housing.supervision.lastInspection.inspectedOn).toBe('2026-10-15');
    expect(housing.funds.availableForClearance).toBe('1800000.00');
    expect(result.region.supervision.openCases).toBeGreaterThanOrEqual(2);
  });

  it('costs the same SQL statements for a region of 5 and of 50 units', async () => {
    let five: any;
    let fifty: any;
    const small = await countStatements(
      async () => (five = await data<any>(query, { code: '150693' }, INSPECTOR)),
    );
    const large = await countStatements(
      async () => (fifty = await data<any>(query, { code: '150694' }, INSPECTOR)),
    );
    console.log(
      `inspectors' query, 5 units → ${JSON.stringify(small)}; 50 units → ${JSON.stringify(large)}`,
    );
    expect(five.region.overdueUnplannedDebtors).toHaveLength(5);
    expect(fifty.region.overdueUnplannedDebtors).toHaveLength(50);
    expect(large).toEqual(small);
  });
});

describe('disclosure (2025 art. 18)', () => {
  it('drafts from the ledger with exactly the arrears subgraph’s figures', async () => {
    const drafts = await data<any>(
      `mutation { generateDisclosures(year: 2025, regionCode: "150621") { id unitName overdueContracts overdueAmount status unit { id } } }`,
      {},
      LEADING_GROUP,
    );
    expect(drafts.generateDisclosures.length).toBeGreaterThan(10);
    const ids = drafts.generateDisclosures.map((d: any) => d.unit.id);
    const ledger = await data<any>(
      `query($ids: [ID!]) { organisations(first: 500, filter: { ids: $ids }) { edges { node { id disclosureFigures(year: 2025) { overdueContracts overdueAmount } } } } }`,
      { ids },
    );
    const byId = new Map(
      ledger.organisations.edges.map((e: any) => [e.node.id, e.node.disclosureFigures]),
    );
    for (const d of drafts.generateDisclosures) {
      expect({ overdueContracts: d.overdueContracts, overdueAmount: d.overdueAmount }).toEqual(
        byId.get(d.unit.id),
      );
    }
    expect(drafts.generateDisclosures.some((d: any) => d.overdueContracts > 0)).toBe(true);
  });

  it('anonymous visitors read published disclosures, and nothing else', async () => {
    const published = await gql<any>(
      `{ disclosures(year: 2023) { unitName overdueContracts overdueAmount status } }`,
      {},
      null,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.disclosures).toEqual([
      {
        unitName: '五台山风景名胜区旅游发展局',
        overdueContracts: 0,
        overdueAmount: '0.00',
        status: 'PUBLISHED',
      },
      {
        unitName: '五台山风景名胜区财政局',
        overdueContracts: 1,
        overdueAmount: '158000.00',
        status: 'PUBLISHED',
      },
    ]);
    const drafts = await gql<any>(`{ disclosures(year: 2025) { unitName } }`, {}, null);
    expect(drafts.data!.disclosures).toEqual([]);
    for (const query of [
      '{ cases(first: 1) { totalCount } }',
      '{ penalties(first: 1) { totalCount } }',
      '{ arrears(first: 1) { totalCount } }',
    ]) {
      expect(errorCodes(await gql(query, {}, null))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('moves DRAFT → REVIEWED → PUBLISHED only', async () => {
    const drafts = await data<any>(
      `{ disclosures(year: 2025) { id version status } }`,
      {},
      LEADING_GROUP,
    );
    const draft = drafts.disclosures.find((d: any) => d.status === 'DRAFT');
    const MOVE = `mutation($id: ID!, $v: Int!, $s: DisclosureStatus!) { moveDisclosure(disclosureId: $id, expectedVersion: $v, status: $s) { version status late } }`;
    const skip = await gql(MOVE, { id: draft.id, v: draft.version, s: 'PUBLISHED' }, LEADING_GROUP);
    expect(errorCodes(skip)).toEqual(['CONFLICT']);
    const reviewed = await data<any>(
      MOVE,
      { id: draft.id, v: draft.version, s: 'REVIEWED' },
      INSPECTOR,
    );
    const published = await data<any>(
      MOVE,
      { id: draft.id, v: reviewed.moveDisclosure.version, s: 'PUBLISHED' },
      LEADING_GROUP,
    );
    expect(published.moveDisclosure).toMatchObject({ status: 'PUBLISHED', late: true }); // published after 2026-03-31
    expect(
      (await gql<any>(`{ disclosures(year: 2025) { status } }`, {}, null)).data!.disclosures,
    ).toEqual([{ status: 'PUBLISHED' }]);
  });
});

describe('state machines', () => {
  it('audits move PLANNED → IN_PROGRESS → REPORTED → CLOSED, findings only while in progress', async () => {
    const created = await data<any>(
      `mutation { createAudit(input: { title: "状态机测试审计", regionCode: "150621", periodEnd: "2025-12-31" }) { id version status } }`,
      {},
      INSPECTOR,
    );
    const MOVE = `mutation($id: ID!, $v: Int!, $s: AuditStatus!) { moveAudit(auditId: $id, expectedVersion: $v, status: $s) { version status } }`;
    const jump = await gql(MOVE, { id: created.createAudit.id, v: 1, s: 'REPORTED' }, INSPECTOR);
    expect(errorCodes(jump)).toEqual(['CONFLICT']);
    expect(jump.errors![0]!.message).toMatch(/PLANNED，只能变为 IN_PROGRESS/);
    const finding = await gql(
      `mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }`,
      {
        i: {
          auditId: created.createAudit.id,
          unitId: await unitId('达拉特旗财政局'),
          category: 'BUDGET_MANAGEMENT',
          description: '预算安排不足',
        },
      },
      INSPECTOR,
    );
    expect(errorCodes(finding)).toEqual(['BAD_USER_INPUT']);
  });

  it('cases escalate when their deadline passes, one measure stronger', async () => {
    const result = await data<any>(
      `mutation { escalateOverdueCases(asOf: "2026-11-24") { escalated newCases { measure trigger deadline targetUnit { name } escalatedFromId } } }`,
      {},
      INSPECTOR,
    );
    expect(result.escalateOverdueCases.escalated).toBeGreaterThanOrEqual(1);
    const utilities = result.escalateOverdueCases.newCases.find(
      (c: any) => c.targetUnit.name === '达拉特旗公用事业服务中心',
    );
    expect(utilities).toMatchObject({
      measure: 'TALK',
      trigger: 'ESCALATION',
      deadline: '2026-12-24',
    });
    const again = await data<any>(
      `mutation { escalateOverdueCases(asOf: "2026-11-24") { escalated } }`,
      {},
      INSPECTOR,
    );
    expect(again.escalateOverdueCases.escalated).toBe(0);
  });

  it('a case needs an outcome to be resolved and cannot skip to closed', async () => {
    const opened = await data<any>(
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id version } }`,
      {
        i: {
          targetUnitId: await unitId('达拉特旗教育体育局'),
          measure: 'SUPERVISION_NOTICE',
          trigger: 'OVERDUE_CLUE',
          description: '线索超期未办结',
          deadline: '2027-03-01',
        },
      },
      INSPECTOR,
    );
    const MOVE = `mutation($id: ID!, $v: Int!, $s: CaseStatus!, $o: String) { moveCase(caseId: $id, expectedVersion: $v, status: $s, outcome: $o) { version status } }`;
    expect(
      errorCodes(await gql(MOVE, { id: opened.openCase.id, v: 1, s: 'CLOSED' }, INSPECTOR)),
    ).toEqual(['CONFLICT']);
    expect(
      errorCodes(await gql(MOVE, { id: opened.openCase.id, v: 1, s: 'RESOLVED' }, INSPECTOR)),
    ).toEqual(['BAD_USER_INPUT']);
    const resolved = await data<any>(
      MOVE,
      { id: opened.openCase.id, v: 1, s: 'RESOLVED', o: '已支付' },
      INSPECTOR,
    );
    expect(
      (
        await data<any>(
          MOVE,
          { id: opened.openCase.id, v: resolved.moveCase.version, s: 'CLOSED' },
          INSPECTOR,
        )
      ).moveCase.status,
    ).toBe('CLOSED');
  });

  it('penalties: listed once, removed once; the list exports as CSV', async () => {
    const list = await data<any>(
      `{ penalties(first: 10, status: LISTED) { edges { node { id version unit { name } } } } dishonestListCsv }`,
      {},
      INSPECTOR,
    );
    expect(list.dishonestListCsv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      '单位名称,统一社会信用代码,列入事由,惩戒措施,列入日期',
    );
    expect(list.dishonestListCsv).toContain('叶县交通局');
    const penalty = list.penalties.edges[0].node;
    const DELIST = `mutation($id: ID!, $v: Int!) { delist(penaltyId: $id, expectedVersion: $v, removedOn: "2026-11-20", reason: "已履行还款义务，信用修复") { version status } }`;
    const removed = await data<any>(DELIST, { id: penalty.id, v: penalty.version }, INSPECTOR);
    expect(removed.delist.status).toBe('REMOVED');
    expect(
      errorCodes(await gql(DELIST, { id: penalty.id, v: removed.delist.version }, INSPECTOR)),
    ).toEqual(['CONFLICT']);
  });
});

describe('findings, cases and the assessment on other bureaus’ records', () => {
  it('a debt shows its findings and cases; a project its findings', async () => {
    const result = await data<any>(
      `{ projects(first: 10, filter: { flags: [CONTRACTOR_PREFINANCED] }) { edges { node { name findings { category } arrears { edges { node { contractNo findings { description } cases { measure } } } } } } } }`,
      {},
      INSPECTOR,
    );
    const heating = result.projects.edges[0].node;
    expect(heating.findings).toEqual([{ category: 'DUTY_PERFORMANCE' }]);
    const debt = heating.arrears.edges.find(
      (e: any) => e.node.contractNo === 'DLT-DJ-2021-006',
    ).node;
    expect(debt.findings.length).toBe(1);
    expect(debt.cases.map((c: any) => c.measure)).toContain('DEADLINE');
  });

  it('the live assessment uses the ledger’s figures (@requires) and the follow-up calls; finalising stores a ranked table once', async () => {
    const id = await unitId('达拉特旗住房和城乡建设局');
    const live = await data<any>(
      `query($id: ID!) { organisation(id: $id) { assessmentFigures { zeroingRate } assessment { year satisfaction zeroingRate score finalised } } }`,
      { id },
      LEADING_GROUP,
    );
    expect(live.organisation.assessment).toMatchObject({
      year: 2026,
      satisfaction: 0.7,
      finalised: false,
    });
    expect(live.organisation.assessment.zeroingRate).toBe(
      live.organisation.assessmentFigures.zeroingRate,
    );
    const count = await data<any>(
      `mutation { finaliseAssessments(year: 2026, regionCode: "150621") }`,
      {},
      LEADING_GROUP,
    );
    expect(count.finaliseAssessments).toBeGreaterThan(10);
    const table = await data<any>(
      `{ assessments(year: 2026, regionCode: "150621") { rank unit { name } assessment { score } } }`,
      {},
      INSPECTOR,
    );
    const scores = table.assessments.map((r: any) => r.assessment.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(table.assessments[0].rank).toBe(1);
    expect(
      errorCodes(
        await gql(
          `mutation { finaliseAssessments(year: 2026, regionCode: "150621") }`,
          {},
          LEADING_GROUP,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
