// One month of the Dalad programme's reporting chain (docs/programmes.md, 达拉特旗): units of three
// sector groups submit to their aggregating units (one late, one nil return, one zeroing notice,
// one returned and resubmitted), the aggregating units receive and consolidate, the group leaders
// sign (审签), the signed reports go to 旗工信和科技局, which sees every group's status; and every
// figure on the region's 月报 agrees with its rows.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, countStatements, data, errorCodes, gql, hub, type As } from './harness/client.ts';
import { runJobOk } from './harness/jobs.ts';
import { unique } from './harness/fixtures.ts';

const DALAD = '150621';
const LEADER: As = { roles: ['LEADING_GROUP'], region: DALAD, sub: 'chain-dalad-leading-group' };
const YE_COUNTY: As = { roles: ['LEADING_GROUP'], region: '410422', sub: 'chain-ye-leading-group' };
const bureau = (org: string): As => ({ roles: ['BUREAU'], org, sub: `chain-bureau-${org}` });

/** This month in China: the period the chain runs for. */
const PERIOD = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
const nextMonth = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const SUBMIT = `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) {
  id revision status late kind version via { id } group { id } receiver { id } dueAt } }`;
const RECEIVE = `mutation($i: LedgerReportStepInput!) { receiveLedgerReport(input: $i) { id status version receivedAt } }`;
const RETURN = `mutation($i: ReturnLedgerReportInput!) { returnLedgerReport(input: $i) { id status returnReason returnedAt } }`;
const CONSOLIDATE = `mutation($i: ConsolidateGroupReportInput!) { consolidateGroupReport(input: $i) {
  id status revision version unitsExpected unitsReported nilReturns zeroingNotices arrearsCount
  amountDue paid outstanding missingUnits { id } lateUnits { id } pausedUnits { id }
  reports { id unit { id } snapshot } } }`;
const SIGN = `mutation($i: SignGroupReportInput!) { signGroupReport(input: $i) {
  id status version signedAt signedBy signatoryPostId signatoryTitle signatoryName } }`;
const SEND = `mutation($i: GroupReportStepInput!) { sendGroupReport(input: $i) { id status sentAt } }`;
const STATUS = `query($id: ID!, $p: String!) { workingGroup(id: $id) { id name
  ledgerReporting(period: $p) { units onTime late paused returned missing pending awaitingReceipt
    lines { unit { id } aggregator { id } state report { id status version revision kind } }
    groupReports { id status revision aggregator { id } } } } }`;

const units: Record<string, string> = {};
const groups: Record<string, { id: string; leaderPostId: string; aggregators: string[] }> = {};

async function unitNamed(name: string): Promise<{ id: string; regionCode: string }> {
  const result = await data<any>(
    `query($n: String) { organisations(first: 5, filter: { nameContains: $n }) { edges { node { id name region { code } } } } }`,
    { n: name },
  );
  const node = result.organisations.edges.find((e: any) => e.node.name === name)?.node;
  if (!node) throw new Error(`demo unit ${name} is missing`);
  return { id: node.id, regionCode: node.region.code };
}

const cents = (v: string) => BigInt(v.replace('.', ''));
const yuan = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

/** What a snapshot's lines add up to, by the rule every total uses (not withdrawn, not in court). */
function counted(lines: any[]) {
  const kept = lines.filter(
    (l) => !l.inJudicialProcess && !['WITHDRAWN', 'IN_COURT'].includes(l.status),
  );
  const sum = (k: string) => yuan(kept.reduce((s, l) => s + cents(l[k]), 0n));
  return {
    count: kept.length,
    amountDue: sum('amountDue'),
    paid: sum('paid'),
    outstanding: sum('outstanding'),
  };
}

async function submit(unit: string, kind: string, as: As = bureau(units[unit]!)) {
  return (await data<any>(SUBMIT, { i: { unitId: units[unit], period: PERIOD, kind } }, as))
    .submitLedgerReport;
}

async function status(group: string, as: As = LEADER) {
  return (await data<any>(STATUS, { id: groups[group]!.id, p: PERIOD }, as)).workingGroup
    .ledgerReporting;
}

/** The aggregating unit receives every submission still waiting with it (other tests may have
 * submitted for this month too). */
async function receiveAll(group: string, aggregator: string) {
  const s = await status(group, bureau(units[aggregator]!));
  for (const line of s.lines)
    if (line.report?.status === 'SUBMITTED' && line.aggregator.id === units[aggregator])
      await data<any>(
        RECEIVE,
        { i: { reportId: line.report.id, expectedVersion: line.report.version } },
        bureau(units[aggregator]!),
      );
}

/** Consolidate, sign, send: the whole path of one aggregating unit's group report. */
async function consolidateSignSend(group: string, aggregator: string) {
  const as = bureau(units[aggregator]!);
  const report = (
    await data<any>(
      CONSOLIDATE,
      { i: { groupId: groups[group]!.id, aggregatorId: units[aggregator], period: PERIOD } },
      as,
    )
  ).consolidateGroupReport;
  expect(report.status).toBe('CONSOLIDATED');
  // The day's job tells the aggregating unit (and the leader's post) that it waits for a signature.
  await runJobOk(hub().subgraphUrls.arrears!, 'group-report-signing');
  await runJobOk(hub().subgraphUrls.arrears!, 'outbox-relay');
  const inbox = await data<any>(
    `{ myNotices(first: 100) { edges { node { kind text link { type id } } } } }`,
    {},
    as,
  );
  const toSign = inbox.myNotices.edges
    .map((e: any) => e.node)
    .filter((n: any) => n.kind === 'GROUP_REPORT_TO_SIGN' && n.link?.id === report.id);
  expect(toSign).toHaveLength(1);
  expect(toSign[0].text).toContain('待组长');
  // The figures are the included reports' own lines.
  const lines = report.reports.flatMap((r: any) => r.snapshot.lines);
  expect({
    count: report.arrearsCount,
    amountDue: report.amountDue,
    paid: report.paid,
    outstanding: report.outstanding,
  }).toEqual(counted(lines));
  const signed = (
    await data<any>(
      SIGN,
      {
        i: {
          groupReportId: report.id,
          expectedVersion: report.version,
          postId: groups[group]!.leaderPostId,
        },
      },
      LEADER,
    )
  ).signGroupReport;
  expect(signed).toMatchObject({
    status: 'SIGNED',
    signedBy: LEADER.sub,
    signatoryPostId: groups[group]!.leaderPostId,
  });
  expect(signed.signatoryTitle).toMatch(/副旗长/);
  expect(signed.signatoryName).toBeTruthy();
  expect(Date.parse(signed.signedAt)).toBeGreaterThan(Date.now() - 60_000);
  const sent = (
    await data<any>(SEND, { i: { groupReportId: report.id, expectedVersion: signed.version } }, as)
  ).sendGroupReport;
  expect(sent.status).toBe('SENT');
  return report;
}

beforeAll(async () => {
  for (const [key, name] of Object.entries({
    housing: '达拉特旗住房和城乡建设局',
    utilities: '达拉特旗公用事业服务中心',
    xini: '锡尼街道办事处',
    transport: '达拉特旗交通运输局',
    stateAssets: '达拉特旗国有资产发展服务中心',
    cityInvest: '达拉特旗城市建设投资有限公司（演示）',
    water: '达拉特旗城投水务有限公司（演示）',
    civil: '达拉特旗民政局',
    medical: '达拉特旗医疗保障局',
    industry: '达拉特旗工信和科技局',
    police: '达拉特旗公安局',
    shulinzhao: '树林召镇人民政府',
  }))
    units[key] = (await unitNamed(name)).id;
  const found = await data<any>(
    `{ workingGroups(first: 50, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node {
        id sector reportsTo { id } aggregatingUnits { id } members { role post { id } } } } } }`,
  );
  for (const { node } of found.workingGroups.edges)
    groups[node.sector] = {
      id: node.id,
      leaderPostId: node.members.find((m: any) => m.role === 'LEADER').post.id,
      aggregators: node.aggregatingUnits.map((u: any) => u.id),
    };
});

describe('routing: every reporting unit of 达拉特旗 goes through one sector group', () => {
  it('has eight sector groups, each with its aggregating units and 工信和科技局 as the receiving office', async () => {
    expect(Object.keys(groups).sort()).toEqual(
      [
        '工业',
        '能源',
        '生态环境和应急',
        '农牧林水',
        '城建',
        '文教卫生',
        '社会服务业',
        '国有企业',
      ].sort(),
    );
    const result = await data<any>(
      `{ workingGroups(first: 50, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node {
          sector reportsTo { id } aggregatingUnits { id } memberUnits { id } } } } }`,
    );
    for (const { node } of result.workingGroups.edges) {
      expect(node.reportsTo.id, node.sector).toBe(units.industry);
      expect(node.aggregatingUnits.length, node.sector).toBeGreaterThan(0);
      expect(node.memberUnits.length, node.sector).toBeGreaterThan(0);
    }
    // Exactly one group per unit: every unit is a member of one group only.
    const memberships = result.workingGroups.edges.flatMap((e: any) =>
      e.node.memberUnits.map((u: any) => u.id),
    );
    expect(new Set(memberships).size).toBe(memberships.length);
  });

  it('answers "which group does 树林召镇 report through?"', async () => {
    const result = await data<any>(
      `query($id: ID!) { organisation(id: $id) { reportingGroup { sector } reportingRoutes { aggregator { name } regionCode } } }`,
      { id: units.shulinzhao },
    );
    expect(result.organisation.reportingGroup.sector).toBe('农牧林水');
    expect(result.organisation.reportingRoutes).toEqual([
      { aggregator: { name: '达拉特旗农牧局' }, regionCode: DALAD },
    ]);
  });

  it('lets the region’s leading group move a unit, refuses another county’s, and keeps one group per region', async () => {
    const move = `mutation($i: AssignReportingGroupInput!) { assignReportingGroup(input: $i) { id version group { sector } aggregator { id } } }`;
    const outside = await gql(
      move,
      { i: { unitId: units.transport, groupId: groups['能源']!.id } },
      YE_COUNTY,
    );
    expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
    const moved = (
      await data<any>(move, { i: { unitId: units.transport, groupId: groups['能源']!.id } }, LEADER)
    ).assignReportingGroup;
    expect(moved.group.sector).toBe('能源');
    const back = (
      await data<any>(
        move,
        {
          i: {
            unitId: units.transport,
            groupId: groups['城建']!.id,
            expectedVersion: moved.version,
          },
        },
        LEADER,
      )
    ).assignReportingGroup;
    expect(back).toMatchObject({
      id: moved.id,
      group: { sector: '城建' },
      aggregator: { id: units.housing },
    });
    // A group with several aggregating units needs to be told which one.
    const several = await gql(
      move,
      { i: { unitId: units.transport, groupId: groups['文教卫生']!.id } },
      LEADER,
    );
    expect(errorCodes(several)).toEqual(['BAD_USER_INPUT']);
    expect(several.errors![0]!.extensions!.field).toBe('input.aggregatorId');
  });
});

describe('one month of the reporting chain', () => {
  const xiniRegion = { code: '' };

  beforeAll(async () => {
    xiniRegion.code = (await unitNamed('锡尼街道办事处')).regionCode;
    // This month's deadline for the banner is set well ahead (whatever day the suite runs), and
    // one subdistrict's has already passed: its office reports late.
    await data<any>(
      `mutation($p: String!, $d: DateTimeISO!, $r: ID) { setReportingDeadline(period: $p, dueAt: $d, regionCode: $r) { regionCode } }`,
      { p: PERIOD, d: `${nextMonth(PERIOD)}-25T12:00:00+08:00`, r: DALAD },
      LEADER,
    );
    await data<any>(
      `mutation($p: String!, $d: DateTimeISO!, $r: ID) { setReportingDeadline(period: $p, dueAt: $d, regionCode: $r) { regionCode } }`,
      { p: PERIOD, d: `${PERIOD}-01T00:00:00+08:00`, r: xiniRegion.code },
      LEADER,
    );
    // 医保局 owed one debt and paid it: it may announce zeroing.
    const creditor = (
      await data<any>(
        `{ organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`,
      )
    ).organisations.edges[0].node.id;
    await data<any>(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id status } }`,
      {
        i: {
          debtorId: units.medical,
          creditorId: creditor,
          contractNo: unique('YB'),
          contractSignedOn: '2025-03-01',
          subject: 'SERVICES',
          amountDue: '8800.00',
          paidSoFar: '8800.00',
          deliveredOn: '2025-03-20',
        },
      },
      ADMIN,
    );
  });

  it('each unit submits to its group’s aggregating unit, derived from its route (never typed)', async () => {
    const housing = await submit('housing', 'REGULAR');
    expect(housing).toMatchObject({
      status: 'SUBMITTED',
      late: false,
      via: { id: units.housing },
      group: { id: groups['城建']!.id },
      receiver: { id: units.industry },
    });
    const xini = await submit('xini', 'REGULAR');
    expect(xini).toMatchObject({ late: true, via: { id: units.housing } });
    expect(xini.dueAt).toBe(`${PERIOD}-01T00:00:00.000+08:00`);
    expect((await submit('cityInvest', 'REGULAR')).via.id).toBe(units.stateAssets);
    expect((await submit('water', 'REGULAR')).via.id).toBe(units.stateAssets);
    expect(await submit('civil', 'NIL')).toMatchObject({ kind: 'NIL', via: { id: units.civil } });
    expect(await submit('medical', 'ZEROING')).toMatchObject({
      kind: 'ZEROING',
      via: { id: units.medical },
    });
    // A town's report "via 公安局" is refused: the route decides.
    const typed = await gql(
      SUBMIT,
      { i: { unitId: units.shulinzhao, period: PERIOD, kind: 'REGULAR', viaUnitId: units.police } },
      bureau(units.shulinzhao!),
    );
    expect(errorCodes(typed)).toEqual(['BAD_USER_INPUT']);
    expect(typed.errors![0]!.extensions!.field).toBe('input.viaUnitId');
  });

  it('the aggregating unit returns a report with a reason; the unit submits again', async () => {
    const first = await submit('utilities', 'REGULAR');
    // The unit itself cannot receive or return its own submission.
    const own = await gql(
      RECEIVE,
      { i: { reportId: first.id, expectedVersion: first.version } },
      bureau(units.utilities!),
    );
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0]!.extensions!.reason).toBe('NOT_A_WRITER');
    // Another group's aggregating unit cannot either.
    expect(
      errorCodes(await gql(RECEIVE, { i: { reportId: first.id } }, bureau(units.stateAssets!))),
    ).toEqual(['FORBIDDEN']);
    const noReason = await gql(
      RETURN,
      { i: { reportId: first.id, reason: ' ' } },
      bureau(units.housing!),
    );
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    const returned = (
      await data<any>(
        RETURN,
        { i: { reportId: first.id, reason: '还款计划缺少第二期金额，请补充后重报。' } },
        bureau(units.housing!),
      )
    ).returnLedgerReport;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: '还款计划缺少第二期金额，请补充后重报。',
    });
    expect(
      (await status('城建', bureau(units.housing!))).lines.find(
        (l: any) => l.unit.id === units.utilities,
      ).state,
    ).toBe('RETURNED');
    const again = await submit('utilities', 'REGULAR');
    expect(again.revision).toBe(first.revision + 1);
    // The old revision can no longer be acted on.
    expect(
      errorCodes(await gql(RECEIVE, { i: { reportId: first.id } }, bureau(units.housing!))),
    ).toEqual(['CONFLICT']);
  });

  it('the aggregating unit sees its units: who has and has not reported, and how', async () => {
    const urban = await status('城建', bureau(units.housing!));
    const state = (unit: string) => urban.lines.find((l: any) => l.unit.id === units[unit])?.state;
    expect(state('housing')).toBe('ON_TIME');
    expect(state('xini')).toBe('LATE');
    expect(state('utilities')).toBe('ON_TIME');
    expect(state('transport')).toBe('PENDING');
    expect(urban.late).toBeGreaterThanOrEqual(1);
    expect(urban.awaitingReceipt).toBeGreaterThanOrEqual(3);
    expect(urban.units).toBe(urban.lines.length);
    // A unit of the group sees only its own line; another group's aggregating unit sees none.
    expect(
      (await status('城建', bureau(units.transport!))).lines.map((l: any) => l.unit.id),
    ).toEqual([units.transport]);
    expect((await status('城建', bureau(units.civil!))).units).toBe(0);
    // Consolidating before every submission is received or returned is refused.
    const early = await gql(
      CONSOLIDATE,
      { i: { groupId: groups['城建']!.id, aggregatorId: units.housing, period: PERIOD } },
      bureau(units.housing!),
    );
    expect(errorCodes(early)).toEqual(['CONFLICT']);
  });

  it('aggregating units consolidate, group leaders sign (审签) in their post, the reports go to 工信和科技局', async () => {
    await receiveAll('城建', 'housing');
    const urban = await consolidateSignSend('城建', 'housing');
    expect(urban.lateUnits.map((u: any) => u.id)).toContain(units.xini);
    expect(urban.missingUnits.map((u: any) => u.id)).toContain(units.transport);
    expect(urban.reports.map((r: any) => r.unit.id)).toEqual(
      expect.arrayContaining([units.housing, units.xini, units.utilities]),
    );

    await receiveAll('国有企业', 'stateAssets');
    const soe = await consolidateSignSend('国有企业', 'stateAssets');
    expect(soe.unitsReported).toBe(2);
    expect(soe.arrearsCount).toBeGreaterThan(0);

    await receiveAll('文教卫生', 'civil');
    await receiveAll('文教卫生', 'medical');
    const civil = await consolidateSignSend('文教卫生', 'civil');
    expect(civil.nilReturns).toBe(1);
    const medical = await consolidateSignSend('文教卫生', 'medical');
    expect(medical.zeroingNotices).toBe(1);
    expect(medical.outstanding).toBe('0.00');

    // Only the leading group signs, only in a leader's post; a sent report cannot be signed again.
    const signAgain = await gql(
      SIGN,
      { i: { groupReportId: urban.id, postId: groups['城建']!.leaderPostId } },
      LEADER,
    );
    expect(errorCodes(signAgain)).toEqual(['CONFLICT']);
    expect(
      errorCodes(
        await gql(
          SIGN,
          { i: { groupReportId: urban.id, postId: groups['城建']!.leaderPostId } },
          bureau(units.housing!),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await gql(
          SIGN,
          { i: { groupReportId: urban.id, postId: groups['城建']!.leaderPostId } },
          YE_COUNTY,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    // A report in a signed group report can no longer be returned.
    const inSigned = await gql(
      RETURN,
      { i: { reportId: urban.reports[0].id, reason: '太晚了，不能再退回。' } },
      bureau(units.housing!),
    );
    expect(errorCodes(inSigned)).toEqual(['CONFLICT']);
  });

  it('工信和科技局 sees every group’s status with its own BUREAU token', async () => {
    const result = await data<any>(
      `query($p: String!) { workingGroups(first: 50, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node {
          sector memberUnits { id } ledgerReporting(period: $p) { units missing pending groupReports { status } } } } } }`,
      { p: PERIOD },
      bureau(units.industry!),
    );
    const bySector = Object.fromEntries(
      result.workingGroups.edges.map((e: any) => [e.node.sector, e.node]),
    );
    for (const sector of ['城建', '国有企业', '文教卫生']) {
      const g = bySector[sector];
      // The receiving office sees every unit of the group, reported or not.
      expect(g.ledgerReporting.units, sector).toBe(g.memberUnits.length);
      expect(
        g.ledgerReporting.groupReports.map((r: any) => r.status),
        sector,
      ).toContain('SENT');
    }
    expect(bySector['文教卫生'].ledgerReporting.groupReports).toHaveLength(2);
    // A group that has not reported yet shows nothing sent, and who is outstanding.
    expect(bySector['能源'].ledgerReporting.groupReports).toEqual([]);
    expect(
      bySector['能源'].ledgerReporting.pending + bySector['能源'].ledgerReporting.missing,
    ).toBeGreaterThan(0);
  });

  it('the region’s 月报 adds up to its rows, over the reports of several groups', async () => {
    const file = (
      await data<any>(
        `query($i: LedgerExportInput!) { ledgerExport(input: $i) { rows contentBase64 } }`,
        { i: { regionCode: DALAD, period: PERIOD } },
        LEADER,
      )
    ).ledgerExport;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('台账')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const col = (h: string) => headers.indexOf(h) + 1;
    for (const h of [
      '项目名称',
      '其中农民工工资（元）',
      '账龄（天）',
      '交付日期',
      '欠款成因',
      '法定付款期限',
    ])
      expect(headers, h).toContain(h);
    const rows: Record<string, string>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(
        Object.fromEntries(headers.map((h) => [h, String(row.getCell(col(h)).value ?? '')])),
      );
    });
    expect(rows.length).toBe(file.rows);
    const debtors = new Set(rows.map((r) => r['欠款单位']));
    for (const name of [
      '达拉特旗住房和城乡建设局',
      '锡尼街道办事处',
      '达拉特旗城市建设投资有限公司（演示）',
    ])
      expect(debtors, name).toContain(name);
    // A line the totals leave out says so in its 办理状态 (withdrawn, or ever in court).
    const kept = rows.filter((r) => !r['办理状态']!.includes('不计入合计'));
    const sum = (h: string) => yuan(kept.reduce((s, r) => s + cents(r[h]!), 0n));
    const summary = new Map<string, string>();
    book.getWorksheet('汇总')!.eachRow((row, n) => {
      if (n > 1) summary.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(summary.get('计入合计的笔数')).toBe(String(kept.length));
    expect(summary.get('应付金额合计（元）')).toBe(sum('应付金额（元）'));
    expect(summary.get('已付金额合计（元）')).toBe(sum('已付金额（元）'));
    expect(summary.get('欠款余额合计（元）')).toBe(sum('欠款余额（元）'));
    expect(summary.get('不计入合计的笔数（司法程序，办理状态注明）')).toBe(
      String(rows.length - kept.length),
    );
    expect(Number(summary.get('欠款余额合计（元）'))).toBeGreaterThan(0);
    // Every row carries its dates and due date as they stood.
    for (const r of rows.filter((x) => x['欠款单位'] === '达拉特旗住房和城乡建设局'))
      expect(r['合同签订日期']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the state-owned enterprises’ group ledger, for its aggregating unit: today’s and the month’s', async () => {
    const as = bureau(units.stateAssets!);
    const live = (
      await data<any>(
        `query($i: LedgerExportInput!) { ledgerExport(input: $i) { rows } }`,
        { i: { workingGroupId: groups['国有企业']!.id, format: 'CSV' } },
        as,
      )
    ).ledgerExport;
    const owed = (
      await data<any>(
        `query($ids: [ID!]) { arrears(first: 500, filter: { debtorIds: $ids }) { totalCount } }`,
        { ids: [units.cityInvest, units.water] },
      )
    ).arrears.totalCount;
    expect(owed).toBeGreaterThan(0);
    expect(live.rows).toBe(owed);
    const month = (
      await data<any>(
        `query($i: LedgerExportInput!) { ledgerExport(input: $i) { rows } }`,
        { i: { workingGroupId: groups['国有企业']!.id, period: PERIOD, format: 'CSV' } },
        as,
      )
    ).ledgerExport;
    expect(month.rows).toBeGreaterThan(0);
  });
});

describe('SQL statements do not grow with the groups or the regions', () => {
  it('a sector group’s month costs the same for five groups and for all eight', async () => {
    // The first five by name (农牧林水, 国有企业, 城建, 工业, 文教卫生) already hold submissions, a
    // zeroing notice and group reports: the same kinds of rows as all eight.
    const query = (first: number) =>
      data<any>(
        `query($p: String!, $f: Int!) { workingGroups(first: $f, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node {
            ledgerReporting(period: $p) { units onTime lines { state report { id } } groupReports { status } } } } } }`,
        { p: PERIOD, f: first },
        bureau(units.industry!),
      );
    const five = await countStatements(() => query(5));
    const all = await countStatements(() => query(8));
    console.log(
      `WorkingGroup.ledgerReporting: 5 groups → ${JSON.stringify(five)}; 8 → ${JSON.stringify(all)}`,
    );
    expect(all.arrears).toBe(five.arrears);
  });

  it('settings, calendar and deadline cost the same for one region and for sixteen', async () => {
    const fields = `settings { reportDay sources { setting regionCode } } calendarYears calendarWarnings { year }
      calendarDays(from: "2026-01-01", to: "2026-12-31") { day } reportingDeadline(period: "2026-11") { dueAt }`;
    const one = await countStatements(() => data<any>(`{ region(code: "150621") { ${fields} } }`));
    const many = await countStatements(() =>
      data<any>(`{ regions(parentCode: "150621") { ${fields} } }`),
    );
    console.log(`Region settings: 1 region → ${JSON.stringify(one)}; 16 → ${JSON.stringify(many)}`);
    expect(many.arrears).toBe(one.arrears);
  });
});
