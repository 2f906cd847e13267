// Records added under another one (a deposit on a project, an accountability on a case, a finding
// in an audit) are in the audit trail as CREATE; audits, owned by a region, are kept to the
// inspector's region like every unit-owned record.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, hub, INSPECTOR, type As } from './harness/client.ts';

const FINANCE: As = { roles: ['FINANCE'], sub: 'test-finance-appends' };

async function auditRows(
  database: string,
  entity: string,
  entityId: string,
): Promise<{ action: string; actor_id: string }[]> {
  const client = new pg.Client({ connectionString: hub().databaseUrls[database] });
  await client.connect();
  try {
    return (
      await client.query(
        `select action, actor_id from audit_trail where entity = $1 and entity_id = $2`,
        [entity, entityId],
      )
    ).rows;
  } finally {
    await client.end();
  }
}

async function unitId(name: string): Promise<string> {
  const result = await data<any>(
    `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id } } } }`,
    { n: name },
  );
  return result.organisations.edges[0].node.id;
}

describe('records added under another record are audited', () => {
  it('a deposit on a project', async () => {
    const projects = await data<any>(`{ projects(first: 1) { edges { node { id } } } }`, {}, ADMIN);
    const deposit = await data<any>(
      `mutation($i: RecordDepositInput!) { recordDeposit(input: $i) { id } }`,
      {
        i: {
          projectId: projects.projects.edges[0].node.id,
          kind: 'PERFORMANCE',
          form: 'CASH',
          amount: '50000.00',
        },
      },
      FINANCE,
    );
    expect(await auditRows('finance', 'Deposit', deposit.recordDeposit.id)).toEqual([
      { action: 'CREATE', actor_id: FINANCE.sub },
    ]);
  });

  it('an accountability on a case, and a finding in an audit', async () => {
    const opened = await data<any>(
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
      {
        i: {
          targetUnitId: await unitId('达拉特旗教育体育局'),
          measure: 'SUPERVISION_NOTICE',
          trigger: 'SLOW_PROGRESS',
          description: '清欠进度缓慢',
          deadline: '2027-03-01',
        },
      },
      INSPECTOR,
    );
    const accountability = await data<any>(
      `mutation($i: RecordAccountabilityInput!) { recordAccountability(input: $i) { id } }`,
      {
        i: {
          caseId: opened.openCase.id,
          personName: '某某',
          postTitle: '局长',
          measure: 'REMINDER_TALK',
          decidedOn: '2026-11-01',
        },
      },
      INSPECTOR,
    );
    expect(
      await auditRows('supervision', 'Accountability', accountability.recordAccountability.id),
    ).toEqual([{ action: 'CREATE', actor_id: INSPECTOR.sub }]);

    const audit = await data<any>(
      `mutation { createAudit(input: { title: "追加记录审计", regionCode: "150621", periodEnd: "2025-12-31" }) { id } }`,
      {},
      INSPECTOR,
    );
    await data(
      `mutation($id: ID!) { moveAudit(auditId: $id, expectedVersion: 1, status: IN_PROGRESS) { status } }`,
      { id: audit.createAudit.id },
      INSPECTOR,
    );
    const finding = await data<any>(
      `mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }`,
      {
        i: {
          auditId: audit.createAudit.id,
          unitId: await unitId('达拉特旗财政局'),
          category: 'BUDGET_MANAGEMENT',
          description: '预算安排不足',
        },
      },
      INSPECTOR,
    );
    expect(await auditRows('supervision', 'Finding', finding.recordFinding.id)).toEqual([
      { action: 'CREATE', actor_id: INSPECTOR.sub },
    ]);
  });
});

describe('audits are kept to the inspector’s region', () => {
  it('a region-bound inspector sees, moves and orders on its own region’s audits only', async () => {
    const other = await data<any>(
      `mutation { createAudit(input: { title: "叶县审计", regionCode: "410422", periodEnd: "2025-12-31" }) { id } }`,
      {},
      INSPECTOR,
    );
    const local: As = { roles: ['INSPECTOR'], region: '150621', sub: 'test-inspector-dalad' };
    const seen = await data<any>(
      `{ audits(first: 500) { edges { node { id regionCode } } } }`,
      {},
      local,
    );
    const codes = new Set(seen.audits.edges.map((e: any) => e.node.regionCode));
    expect(codes.has('410422')).toBe(false);
    expect(seen.audits.edges.length).toBeGreaterThan(0);
    const move = await gql(
      `mutation($id: ID!) { moveAudit(auditId: $id, expectedVersion: 1, status: IN_PROGRESS) { status } }`,
      { id: other.createAudit.id },
      local,
    );
    expect(errorCodes(move)).toEqual(['FORBIDDEN']);
    const create = await gql(
      `mutation { createAudit(input: { title: "越界审计", regionCode: "410422", periodEnd: "2025-12-31" }) { id } }`,
      {},
      local,
    );
    expect(errorCodes(create)).toEqual(['FORBIDDEN']);
  });
});
