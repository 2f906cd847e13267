// Monthly ledger submissions (the Dalad programme, docs/programmes.md) and campaign deadlines (Wutaishan, Ye County).
import { describe, expect, it } from 'vitest';
import { ADMIN, countStatements, data, errorCodes, gql } from './harness/client.ts';

const SUBMIT = `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) { id period kind revision late arrearsCount outstanding snapshot unit { id } } }`;

async function unitId(name: string): Promise<string> {
  const result = await data<any>(
    `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id name } } } }`,
    { n: name },
  );
  return result.organisations.edges[0].node.id;
}

function periods(): { current: string; last: string } {
  const now = new Date(Date.now() + 8 * 3600_000);
  const current = now.toISOString().slice(0, 7);
  const [y, m] = current.split('-').map(Number) as [number, number];
  return { current, last: m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}` };
}

describe('monthly ledger submissions', () => {
  it('freezes the unit’s ledger with the same figures the API gives', async () => {
    const id = await unitId('达拉特旗政府投资项目代建中心');
    const report = await data<any>(
      SUBMIT,
      { i: { unitId: id, period: periods().current, kind: 'REGULAR' } },
      ADMIN,
    );
    const live = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { outstanding } arrearsOwed(first: 500) { totalCount } } }`,
      { id },
    );
    expect(report.submitLedgerReport.arrearsCount).toBe(live.organisation.arrearsOwed.totalCount);
    expect(report.submitLedgerReport.snapshot.lines).toHaveLength(
      live.organisation.arrearsOwed.totalCount,
    );
    expect(report.submitLedgerReport.outstanding).toBe(
      live.organisation.arrearsSummary.outstanding,
    );
    const again = await data<any>(
      SUBMIT,
      { i: { unitId: id, period: periods().current, kind: 'REGULAR', note: '更正' } },
      ADMIN,
    );
    expect(again.submitLedgerReport.revision).toBe(report.submitLedgerReport.revision + 1);
  });

  it.each([
    [
      'a nil return from a unit that owes',
      '达拉特旗政府投资项目代建中心',
      { kind: 'NIL' },
      'input.kind',
    ],
    [
      'a zeroing notice from a unit that still owes',
      '达拉特旗住房和城乡建设局',
      { kind: 'ZEROING' },
      'input.kind',
    ],
    [
      'a period that does not exist',
      '达拉特旗财政局',
      { kind: 'NIL', period: '2025-13' },
      'input.period',
    ],
    [
      'a period not yet begun',
      '达拉特旗财政局',
      { kind: 'NIL', period: '2199-01' },
      'input.period',
    ],
    ['a unit that keeps no ledger', '达拉特旗人民政府', { kind: 'NIL' }, 'input.unitId'],
  ])('refuses %s', async (_label, unit, override, field) => {
    const result = await gql(
      SUBMIT,
      { i: { unitId: await unitId(unit), period: periods().current, ...override } },
      ADMIN,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
  });

  it('shows per region who reported on time, late or not at all', async () => {
    const { last } = periods();
    const result = await data<any>(
      `query($p: String!) { region(code: "150621") {
      last: ledgerReporting(period: $p) { expected onTime late missing lateUnits { name } missingUnits { name } }
    } }`,
      { p: last },
    );
    const { last: lastStatus } = result.region;
    expect(lastStatus.onTime).toBe(4); // demo: 住建局, 代建中心, 卫健委 (zeroing), 财政局 (nil)
    expect(lastStatus.lateUnits.map((u: any) => u.name).sort()).toEqual(
      ['昭君镇人民政府', '达拉特旗教育体育局'].sort(),
    );
    expect(lastStatus.missing).toBe(lastStatus.expected - lastStatus.onTime - lastStatus.late);
    expect(lastStatus.missingUnits.map((u: any) => u.name)).toContain('达拉特旗公用事业服务中心');
  });

  it('a unit that announced zeroing last month, with no new debt since, is paused this month, not missing', async () => {
    const { last, current } = periods();
    // A unit of its own (other tests register debts for the demo units), routed like every
    // 达拉特旗 unit, that owed one debt and paid it.
    const name = `清零测试中心-${Date.now().toString(36)}`;
    const unit = (
      await data<any>(
        `mutation($n: String!) { registerOrganisation(input: { name: $n, kind: PUBLIC_INSTITUTION, regionCode: "150621" }) { id } }`,
        { n: name },
        ADMIN,
      )
    ).registerOrganisation.id;
    const group = (
      await data<any>(
        `{ workingGroups(first: 50, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node { id sector } } } }`,
      )
    ).workingGroups.edges.find((e: any) => e.node.sector === '社会服务业').node;
    await data<any>(
      `mutation($i: AssignReportingGroupInput!) { assignReportingGroup(input: $i) { id } }`,
      // The unit named as a clerk writes it (issue 18), not by id.
      { i: { unit: { name }, groupId: group.id } },
    );
    const creditor = (
      await data<any>(
        `{ organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`,
      )
    ).organisations.edges[0].node.id;
    await data<any>(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
      {
        i: {
          debtorId: unit,
          creditorId: creditor,
          contractNo: `QL-${Date.now()}`,
          contractSignedOn: '2025-05-01',
          subject: 'SERVICES',
          amountDue: '100.00',
          paidSoFar: '100.00',
        },
      },
      ADMIN,
    );
    await data<any>(SUBMIT, { i: { unitId: unit, period: last, kind: 'ZEROING' } }, ADMIN);
    const result = await data<any>(
      `query($q: String!) { region(code: "150621") { now: ledgerReporting(period: $q) { pausedUnits { name } missingUnits { name } } } }`,
      { q: current },
    );
    expect(result.region.now.pausedUnits.map((u: any) => u.name)).toContain(name);
    expect(result.region.now.missingUnits.map((u: any) => u.name)).not.toContain(name);
  });
});

describe('campaign deadlines (the Wutaishan programme: 五台山)', () => {
  it('lists the three deadlines with each unit’s compliance', async () => {
    const result = await data<any>(
      `{ campaignDeadlines(regionCode: "140999") { dueOn kind compliance { units compliant byUnit { unit { name } compliant detail } } } }`,
    );
    const byDate = Object.fromEntries(result.campaignDeadlines.map((d: any) => [d.dueOn, d]));
    expect(Object.keys(byDate)).toEqual(['2023-08-25', '2023-08-31', '2023-10-31']);
    const status = (date: string) =>
      Object.fromEntries(
        byDate[date].compliance.byUnit.map((u: any) => [u.unit.name, u.compliant]),
      );
    expect(byDate['2023-08-25'].compliance.units).toBe(2);
    expect(status('2023-08-25')).toEqual({
      五台山风景名胜区财政局: false,
      五台山风景名胜区旅游发展局: true,
    });
    expect(status('2023-08-31')).toEqual({
      五台山风景名胜区财政局: false,
      五台山风景名胜区旅游发展局: true,
    });
    expect(status('2023-10-31')).toEqual({
      五台山风景名胜区财政局: false,
      五台山风景名胜区旅游发展局: true,
    });
    const failing = byDate['2023-10-31'].compliance.byUnit[0];
    expect(failing.detail).toBe('2023-10-31 仍有 1 笔欠款未清偿。');
  });

  it('costs the same statements for one region’s deadlines and for all of them', async () => {
    const query = (region: string | null) =>
      data<any>(
        `query($r: ID) { campaignDeadlines(regionCode: $r) { compliance { units compliant } } }`,
        { r: region },
      );
    const all = await query(null);
    expect(all.campaignDeadlines.length).toBeGreaterThan(3);
    const one = await countStatements(() => query('140999'));
    const many = await countStatements(() => query(null));
    console.log(
      `campaignDeadlines with compliance: 3 deadlines → ${JSON.stringify(one)}; ${all.campaignDeadlines.length} → ${JSON.stringify(many)}`,
    );
    expect(many.arrears).toBe(one.arrears);
  });
});
