// A reference to another bureau's record is checked when it is written: a case on debts that do
// not exist, a finding naming a project nobody registered, a restriction ordered by a case that is
// not there are refused with the field at fault and write nothing; real references go through;
// a reference outside the viewer's reach reads the same as one that does not exist.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN, data, gql, INSPECTOR, type As } from './harness/client.ts';

const FINANCE: As = { roles: ['FINANCE'], sub: 'references-finance' };

async function unitId(name: string): Promise<string> {
  const result = await data<any>(
    `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id } } } }`,
    { n: name },
  );
  return result.organisations.edges[0].node.id;
}

async function debtOf(unit: string): Promise<string> {
  const result = await data<any>(
    `query($u: [ID!]) { arrears(first: 1, filter: { debtorIds: $u }) { edges { node { id } } } }`,
    { u: [unit] },
    ADMIN,
  );
  return result.arrears.edges[0].node.id;
}

const OPEN_CASE = `mutation($i: OpenCaseInput!) { openCase(input: $i) { id arrears { id } } }`;

describe('references to other bureaus’ records are checked when written', () => {
  it('a case on a debt that does not exist is refused; on a real one it opens and reads back', async () => {
    const target = await unitId('达拉特旗住房和城乡建设局');
    const caseInput = (arrearIds: string[]) => ({
      i: {
        targetUnitId: target,
        measure: 'SUPERVISION_NOTICE',
        trigger: 'SLOW_PROGRESS',
        description: '清欠进度缓慢',
        deadline: '2027-03-01',
        arrearIds,
      },
    });
    const real = await debtOf(target);
    const missing = randomUUID();
    const refused = await gql<any>(OPEN_CASE, caseInput([real, missing]), INSPECTOR);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('input.arrearIds.1');
    expect(refused.errors?.[0]?.message).toContain(missing);
    expect(refused.data).toBeNull();

    const opened = await data<any>(OPEN_CASE, caseInput([real]), INSPECTOR);
    expect(opened.openCase.arrears).toEqual([{ id: real }]);
    const listed = await data<any>(
      `{ cases(first: 500) { edges { node { id arrears { id } } } } }`,
      {},
      INSPECTOR,
    );
    expect(listed.cases.edges.some((e: any) => e.node.id === opened.openCase.id)).toBe(true);
  });

  it('a debt outside a region-bound inspector’s reach is refused in the same words', async () => {
    const chengqu: As = { roles: ['INSPECTOR'], region: '140502', sub: 'references-chengqu' };
    const dalad = await unitId('达拉特旗住房和城乡建设局');
    const result = await gql<any>(
      OPEN_CASE,
      {
        i: {
          targetUnitId: await unitId('晋城市城区财政局'),
          measure: 'SUPERVISION_NOTICE',
          trigger: 'SLOW_PROGRESS',
          description: '跨区引用',
          deadline: '2027-03-01',
          arrearIds: [await debtOf(dalad)],
        },
      },
      chengqu,
    );
    expect(result.errors?.[0]?.extensions?.field).toBe('input.arrearIds.0');
    expect(result.errors?.[0]?.message).toMatch(/不存在，或不在您的管辖范围内/);
  });

  it('a finding naming a project nobody registered, and a restriction ordered by a case that is not there', async () => {
    const audit = await data<any>(
      `mutation { createAudit(input: { title: "引用检查审计", regionCode: "150621", periodEnd: "2025-12-31" }) { id } }`,
      {},
      INSPECTOR,
    );
    await data(
      `mutation($id: ID!) { moveAudit(auditId: $id, expectedVersion: 1, status: IN_PROGRESS) { status } }`,
      { id: audit.createAudit.id },
      INSPECTOR,
    );
    const finding = await gql<any>(
      `mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }`,
      {
        i: {
          auditId: audit.createAudit.id,
          unitId: await unitId('达拉特旗财政局'),
          category: 'BUDGET_MANAGEMENT',
          description: '预算安排不足',
          projectIds: [randomUUID()],
        },
      },
      INSPECTOR,
    );
    expect(finding.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.projectIds.0',
    });

    const restriction = await gql<any>(
      `mutation($i: RestrictExpenditureInput!) { restrictExpenditure(input: $i) { id } }`,
      {
        i: {
          unitId: await unitId('达拉特旗财政局'),
          measure: 'CUT_GENERAL_EXPENDITURE',
          fromDate: '2026-01-01',
          reason: '拖欠企业账款',
          caseId: randomUUID(),
        },
      },
      FINANCE,
    );
    expect(restriction.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.caseId',
    });
  });
});
