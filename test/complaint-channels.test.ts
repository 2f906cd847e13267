// Issue 13's walk-through: one complaint from each channel — enterprise self-service, a 12345 work
// order, a petition (信访), a national-platform file — through intake, linking, acceptance,
// transfer, handling, verification into the ledger, payment and close (化解), each step as the
// role that takes it, and at each step who can and cannot see the clue: the respondent (the facts,
// never who complained), another unit, another region's leading group, the complainant. Then the
// platform's own export imports as a no-op, the 政数局 submits its monthly clue ledger, and the
// debtor's silence on a 账款确权 request reaches the intake office (the clock moved, then back).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, errorCodes, gql, hub, type As } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';
import { chinaTime, runJobOk, setClock } from './harness/jobs.ts';

const DALAD = '150621';
const DALAD_LG: As = { roles: ['LEADING_GROUP'], region: DALAD, sub: 'test-lg-dalad-walk' };
const CHENGQU_LG: As = { roles: ['LEADING_GROUP'], region: '140502', sub: 'test-lg-chengqu-walk' };

const FIELDS = `id status version channel regionCode externalRef complainantName contactPhone
  partiesLinked respondent { id } complainant { id } intakeOffice { id } handlingUnit { id }
  outcome arrear { id status outstanding }`;
const GET = `query($id: ID!) { clue(id: $id) { ${FIELDS} } }`;
const step = (name: string, input: string) =>
  `mutation($i: ${input}!) { ${name}(input: $i) { ${FIELDS} } }`;

interface Unit {
  id: string;
  name: string;
}
let intake: Unit; // 达拉特旗工信和科技局 (the intake office)
let zhengshu: Unit; // 达拉特旗政务服务与数据管理局 (12345)
let petitions: Unit; // 达拉特旗信访局
let respondent: Unit; // 达拉特旗城投水务有限公司（演示）
let handler: Unit; // 达拉特旗国有资产发展服务中心: its 主管部门, the handling unit
let housing: Unit; // an uninvolved unit
let firm: Unit;
let transport: Unit;
const bureau = (u: Unit, sub = `clerk-${u.id}`): As => ({ roles: ['BUREAU'], org: u.id, sub });
const enterprise = (u: Unit): As => ({ roles: ['ENTERPRISE'], org: u.id, sub: `firm-${u.id}` });
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function unitNamed(name: string): Promise<Unit> {
  const result = await data<any>(
    `query($n: String!) { organisations(first: 5, filter: { nameContains: $n }) { edges { node { id name } } } }`,
    { n: name },
  );
  const node = result.organisations.edges.find((e: any) => e.node.name === name)?.node;
  if (!node) throw new Error(`no unit ${name}`);
  return node;
}

beforeAll(async () => {
  // Clocks started today run into 2027: Dalad has entered that year (as complaints.test.ts does).
  await data(
    `mutation($i: SetCalendarYearInput!) { setCalendarYear(input: $i) { year } }`,
    {
      i: {
        regionCode: DALAD,
        year: 2027,
        days: [{ day: '2027-01-01', kind: 'HOLIDAY', note: '元旦' }],
        source: '测试',
      },
    },
    DALAD_LG,
  );
  [intake, zhengshu, petitions, respondent, handler, housing, firm, transport] = await Promise.all(
    [
      '达拉特旗工信和科技局',
      '达拉特旗政务服务与数据管理局',
      '达拉特旗信访局',
      '达拉特旗城投水务有限公司（演示）',
      '达拉特旗国有资产发展服务中心',
      '达拉特旗住房和城乡建设局',
      '瑞丰建材有限公司（演示）',
      '金石运输有限公司（演示）',
    ].map(unitNamed),
  );
});

afterAll(async () => {
  await setClock(hub().subgraphUrls, null);
});

const read = async (id: string, as: As) => (await gql<any>(GET, { id }, as)).data?.clue ?? null;

/** Who can see the clue now: the respondent (facts only), outsiders (nothing), the complainant. */
async function checkVisibility(id: string, complainant: Unit | null) {
  const own = await read(id, bureau(respondent));
  expect(own, 'the respondent sees the complaint exists').not.toBeNull();
  expect(own.complainantName).toBe('（投诉人信息保密）');
  expect(own.contactPhone).toBeNull();
  expect(own.complainant).toBeNull();
  expect(await read(id, bureau(housing)), 'another unit').toBeNull();
  expect(await read(id, CHENGQU_LG), 'another region').toBeNull();
  if (complainant) {
    const theirs = await read(id, enterprise(complainant));
    expect(theirs?.id, 'the complainant follows it').toBe(id);
  }
}

/** accept → transfer → verify into the ledger → answer → pay → close as 化解, each by its role. */
async function handle(clue: any, complainant: Unit, intakeAs: As) {
  // The respondent never acts.
  const refused = await gql(
    step('acceptClue', 'ClueStepInput'),
    { i: { clueId: clue.id, expectedVersion: clue.version } },
    bureau(respondent),
  );
  expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  const accepted = (
    await data<any>(
      step('acceptClue', 'ClueStepInput'),
      { i: { clueId: clue.id, expectedVersion: clue.version } },
      intakeAs,
    )
  ).acceptClue;
  await checkVisibility(clue.id, complainant);
  // Before the transfer the supervising unit sees the clue (its unit is complained about) but
  // not who complained; once it handles it, it does.
  expect((await read(clue.id, bureau(handler))).complainantName).toBe('（投诉人信息保密）');
  const assigned = (
    await data<any>(
      step('assignClue', 'AssignClueInput'),
      { i: { clueId: clue.id, expectedVersion: accepted.version, handlingUnitId: handler.id } },
      intakeAs,
    )
  ).assignClue;
  expect(assigned.handlingUnit).toEqual({ id: handler.id });
  expect((await read(clue.id, bureau(handler))).complainantName).not.toBe('（投诉人信息保密）');
  await checkVisibility(clue.id, complainant);
  const verified = (
    await data<any>(
      step('verifyClue', 'VerifyClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: assigned.version,
          confirmedAmount: '30000.00',
          disputed: false,
          note: '合同与验收记录一致，确认欠款',
          registerArrear: {
            contractNo: unique('WALK'),
            contractSignedOn: '2025-03-01',
            subject: 'WORKS',
            deliveredOn: '2025-05-01',
          },
        },
      },
      bureau(handler),
    )
  ).verifyClue;
  expect(verified.arrear).toMatchObject({ status: 'VERIFIED', outstanding: '30000.00' });
  const answered = (
    await data<any>(
      step('answerClue', 'AnswerClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: verified.version,
          feedback: '已纳入台账并督促支付。',
        },
      },
      bureau(handler),
    )
  ).answerClue;
  // The debtor's supervisor records the payment on the debtor's ledger line.
  await data(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
    {
      i: {
        arrearId: verified.arrear.id,
        amount: '30000.00',
        paidOn: today(),
        method: 'TRANSFER',
        idempotencyKey: unique('walk-pay'),
      },
    },
    bureau(handler),
  );
  const closed = (
    await data<any>(
      step('closeClue', 'CloseClueInput'),
      { i: { clueId: clue.id, expectedVersion: answered.version, outcome: 'RESOLVED' } },
      intakeAs,
    )
  ).closeClue;
  expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'RESOLVED' });
  await checkVisibility(clue.id, complainant);
  return closed;
}

const FILE = `mutation($i: FileClueInput!) { fileClue(input: $i) { ${FIELDS} } }`;
const base = {
  respondentName: '达拉特旗城投水务有限公司（演示）',
  amountClaimed: '30000.00',
  facts: '管网工程款验收后逾期未付。',
  notInOtherProceedings: true,
  contactName: '赵经理',
  contactPhone: '13700000000',
};

describe('one complaint from each channel, intake to close', () => {
  it('enterprise self-service', async () => {
    const clue = (
      await data<any>(FILE, { i: { ...base, complainantName: '瑞丰建材' } }, enterprise(firm))
    ).fileClue;
    expect(clue).toMatchObject({
      channel: 'SELF_SERVICE',
      regionCode: DALAD,
      respondent: { id: respondent.id },
      complainant: { id: firm.id },
      intakeOffice: { id: intake.id },
    });
    await checkVisibility(clue.id, firm);
    await handle(clue, firm, bureau(intake));
  });

  it('a 12345 work order, filed and forwarded by the 政数局, then in its monthly clue ledger', async () => {
    // Received last month, so this month's clue ledger lists it.
    const lastMonth = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
    lastMonth.setUTCDate(lastMonth.getUTCDate() - 1);
    const receivedOn = lastMonth.toISOString().slice(0, 10);
    const clerk = bureau(zhengshu);
    const clue = (
      await data<any>(
        FILE,
        {
          i: {
            ...base,
            channel: 'HOTLINE_12345',
            receivedOn,
            externalRef: unique('12345'),
            complainantName: '金石运输有限公司（演示）',
          },
        },
        clerk,
      )
    ).fileClue;
    expect(clue).toMatchObject({
      complainant: { id: transport.id },
      intakeOffice: { id: intake.id },
    });
    await checkVisibility(clue.id, transport);
    // The 政数局 forwards it: as the filing unit it accepts, transfers and closes it.
    await handle(clue, transport, clerk);
    const period = today().slice(0, 7);
    const submitted = (
      await data<any>(
        `mutation($i: SubmitClueLedgerInput!) { submitClueLedger(input: $i) { period coversMonth clueCount receiver { id } clues { id } } }`,
        { i: { unitId: zhengshu.id, period } },
        clerk,
      )
    ).submitClueLedger;
    expect(submitted.receiver).toEqual({ id: intake.id }); // 信访维稳组 reports to the 工信和科技局
    expect(submitted.coversMonth).toBe(receivedOn.slice(0, 7));
    expect(submitted.clues.map((c: any) => c.id)).toContain(clue.id);
    // The receiving office reads it; another unit cannot submit it.
    const received = await data<any>(
      `query($p: String) { clueLedgerReports(first: 10, period: $p) { edges { node { unit { id } clueCount } } } }`,
      { p: period },
      bureau(intake),
    );
    expect(received.clueLedgerReports.edges.map((e: any) => e.node.unit.id)).toContain(zhengshu.id);
    const other = await gql(
      `mutation($i: SubmitClueLedgerInput!) { submitClueLedger(input: $i) { id } }`,
      { i: { unitId: zhengshu.id, period } },
      bureau(housing),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });

  it('a petition, told to the petition and stability group', async () => {
    const clue = (
      await data<any>(
        FILE,
        {
          i: {
            ...base,
            channel: 'PETITION',
            receivedOn: today(),
            complainantName: '瑞丰建材有限公司（演示）',
          },
        },
        bureau(petitions),
      )
    ).fileClue;
    expect(clue.complainant).toEqual({ id: firm.id });
    await runJobOk(hub().subgraphUrls.arrears!, 'outbox-relay');
    const inbox = await data<any>(
      `{ myNotices(first: 200) { edges { node { kind text link { id } } } } }`,
      {},
      bureau(zhengshu),
    );
    const told = inbox.myNotices.edges.find(
      (e: any) => e.node.kind === 'CLUE_PETITION' && e.node.link?.id === clue.id,
    );
    expect(told?.node.text).toMatch(/信访维稳组/);
    expect(told?.node.text).not.toMatch(/瑞丰/); // the stability group is not told who petitioned
    await checkVisibility(clue.id, firm);
    await handle(clue, firm, bureau(intake));
  });

  it('a national-platform file: imported, an unregistered creditor registered and linked, handled, exported, re-imported as a no-op', async () => {
    const platformRef = unique('QQPT');
    const creditCode = await freshCreditCode();
    const file = {
      format: 'national-platform-transfer',
      version: 1,
      records: [
        {
          platformRef,
          registeredOn: '2025-10-01',
          transferredOn: today(),
          creditor: {
            name: '新登记测试商贸有限公司',
            creditCode,
            sizeClass: '小型',
            contactName: '钱经理',
            contactPhone: '13600000000',
          },
          debtor: { name: '达拉特旗城投水务有限公司（演示）' },
          arrears: {
            amount: '30000.00',
            contractNo: unique('PT'),
            facts: '货款逾期未付。',
            notInOtherProceedings: true,
          },
          attachments: [
            { name: '合同.pdf', kind: '合同' },
            { name: '发票.pdf', kind: '发票' },
          ],
        },
        {
          platformRef: '',
          transferredOn: 'yesterday',
          creditor: { name: '' },
          debtor: { name: 'x' },
          arrears: { amount: '-1' },
        },
      ],
    };
    const IMPORT = `mutation($i: ImportPlatformTransfersInput!) { importPlatformTransfers(input: $i) { rows created unchanged rejected errors { row column message } clues { id } } }`;
    const clerk = bureau(intake);
    const report = (
      await data<any>(
        IMPORT,
        { i: { format: 'JSON', fileBase64: Buffer.from(JSON.stringify(file)).toString('base64') } },
        clerk,
      )
    ).importPlatformTransfers;
    expect(report).toMatchObject({ rows: 2, created: 1, unchanged: 0, rejected: 1 });
    expect(report.errors.every((e: any) => e.row === 2)).toBe(true);
    expect(report.errors.map((e: any) => e.column)).toEqual(
      expect.arrayContaining(['平台编号', '转办日期', '债权人名称', '拖欠金额']),
    );
    const id = report.clues[0].id;
    const imported = await read(id, clerk);
    expect(imported).toMatchObject({
      channel: 'NATIONAL_PLATFORM',
      externalRef: platformRef,
      respondent: { id: respondent.id },
      complainant: null,
      partiesLinked: false,
    });
    // The creditor is not in the registry: the region registers it, the intake office links it.
    const registered = (
      await data<any>(
        `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id name } }`,
        {
          i: {
            name: '新登记测试商贸有限公司',
            kind: 'PRIVATE_ENTERPRISE',
            creditCode,
            regionCode: DALAD,
          },
        },
        DALAD_LG,
      )
    ).registerOrganisation;
    const linked = (
      await data<any>(
        step('linkClueParties', 'LinkCluePartiesInput'),
        { i: { clueId: id, expectedVersion: imported.version, complainantId: registered.id } },
        clerk,
      )
    ).linkClueParties;
    expect(linked.partiesLinked).toBe(true);
    await handle(linked, registered, clerk);

    // The handling result goes back in the platform's format; importing it again adds nothing.
    const EXPORT = `query($i: PlatformExportInput!) { nationalPlatformExport(input: $i) { fileName mediaType contentBase64 rows } }`;
    for (const format of ['JSON', 'XLSX'] as const) {
      const out = (await data<any>(EXPORT, { i: { format, regionCodes: [DALAD] } }, clerk))
        .nationalPlatformExport;
      expect(out.rows).toBeGreaterThan(0);
      if (format === 'JSON') {
        const parsed = JSON.parse(Buffer.from(out.contentBase64, 'base64').toString('utf8'));
        const mine = parsed.records.find((r: any) => r.platformRef === platformRef);
        expect(mine.result).toMatchObject({
          status: '已办结',
          outcome: '化解',
          confirmedAmount: '30000.00',
          handlingUnit: handler.name,
        });
        expect(mine.attachments).toEqual([
          { name: '合同.pdf', kind: '合同' },
          { name: '发票.pdf', kind: '发票' },
        ]);
      }
      const again = (
        await data<any>(IMPORT, { i: { format, fileBase64: out.contentBase64 } }, clerk)
      ).importPlatformTransfers;
      expect(again).toMatchObject({
        rows: out.rows,
        created: 0,
        unchanged: out.rows,
        rejected: 0,
        errors: [],
      });
    }
  });
});

describe('账款确权: the debtor’s silence reaches the intake office', () => {
  it('the debtor is reminded before its 30 days end; its silence after them is flagged once', async () => {
    const request = (
      await data<any>(
        `mutation($i: RequestReceivableConfirmationInput!) { requestReceivableConfirmation(input: $i) { id dueOn } }`,
        {
          i: {
            debtorName: '达拉特旗城投水务有限公司（演示）',
            contractNo: unique('QQ'),
            contractSignedOn: '2025-02-01',
            subject: 'GOODS',
            amount: '5000.00',
            description: '材料已送达并验收。',
          },
        },
        enterprise(firm),
      )
    ).requestReceivableConfirmation;
    const arrears = hub().subgraphUrls.arrears!;
    // On its last day the debtor is reminded (0 working days left after today), once.
    await setClock(hub().subgraphUrls, chinaTime(request.dueOn));
    const reminded = await runJobOk(arrears, 'receivable-confirmations');
    expect(reminded.counts!.reminders).toBeGreaterThanOrEqual(1);
    expect((await runJobOk(arrears, 'receivable-confirmations')).counts!.reminders).toBe(0);
    const after = new Date(`${request.dueOn}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    const dayAfter = after.toISOString().slice(0, 10);
    await setClock(hub().subgraphUrls, chinaTime(dayAfter));
    const run = await runJobOk(arrears, 'receivable-confirmations');
    expect(run.counts!.silent).toBeGreaterThanOrEqual(1);
    // Run again: told once.
    const again = await runJobOk(arrears, 'receivable-confirmations');
    expect(again.counts!.silent).toBe(0);
    await setClock(hub().subgraphUrls, null);
    await runJobOk(arrears, 'outbox-relay');
    const inbox = await data<any>(
      `{ myNotices(first: 200) { edges { node { kind link { id } } } } }`,
      {},
      bureau(intake),
    );
    expect(
      inbox.myNotices.edges.some(
        (e: any) =>
          e.node.kind === 'RECEIVABLE_CONFIRMATION_SILENT' && e.node.link?.id === request.id,
      ),
    ).toBe(true);
    const silent = await data<any>(
      `{ receivableConfirmations(first: 100, filter: { statuses: [REQUESTED] }) { edges { node { id silenceFlaggedOn } } } }`,
      {},
      bureau(intake),
    );
    const mine = silent.receivableConfirmations.edges.find((e: any) => e.node.id === request.id);
    expect(mine.node.silenceFlaggedOn).toBe(dayAfter);
  });
});

/** A valid credit code no unit has yet (the GB 32100 check character computed). */
async function freshCreditCode(): Promise<string> {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const digits = String(Date.now()).slice(-8);
  const body = `91150621MA${digits.slice(0, 7)}`;
  const sum = [...body].reduce((s, ch, i) => s + alphabet.indexOf(ch) * weights[i]!, 0);
  return body + alphabet[(31 - (sum % 31)) % 31];
}
