// Issue 13, complaints end to end on the shared hub: a clue reaches its region's intake office and
// leading group (stored region, routed by it), parties are matched by name, credit code or alias
// and linked by the intake office, the respondent never acts nor learns who complained, the
// clocks run on the region's calendar (transfer from acceptance, a missing year named), 办结 vs
// 化解, the enterprise's own side (self-service filing, evidence, information, rating) and 账款确权.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, countStatements, data, errorCodes, gql, type As } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';

const DALAD = '150621';
const DALAD_LG: As = { roles: ['LEADING_GROUP'], region: DALAD, sub: 'test-lg-dalad-13' };
const CHENGQU_LG: As = { roles: ['LEADING_GROUP'], region: '140502', sub: 'test-lg-chengqu-13' };

const CLUE_FIELDS = `id status version channel receivedOn regionCode complainantName contactPhone
  respondentName respondentMatchedBy partiesLinked respondent { id } intakeOffice { id }
  reviewDueOn transferDueOn handlingDueOn outcome complainantRating
  clock { stage dueOn } clocks { stage startedOn dueOn stoppedOn running }
  evidenceFiles { id fileName } infoRequests { id question answer version }
  arrear { id status source amountDue outstanding }`;
const FILE = `mutation($i: FileClueInput!) { fileClue(input: $i) { ${CLUE_FIELDS} } }`;
const GET = `query($id: ID!) { clue(id: $id) { ${CLUE_FIELDS} } }`;
const step = (name: string, input: string) =>
  `mutation($i: ${input}!) { ${name}(input: $i) { ${CLUE_FIELDS} } }`;

interface Unit {
  id: string;
  name: string;
}
let intake: Unit; // 达拉特旗工信和科技局: Dalad's intake office (demo region settings)
let education: Unit; // 达拉特旗教育体育局 (alias 旗教体局)
let finance: Unit; // 达拉特旗财政局: a handling unit
let housing: Unit; // another Dalad unit, uninvolved
let firm: Unit; // 瑞丰建材有限公司（演示）, the complainant
let otherFirm: Unit;
const bureau = (unit: Unit): As => ({ roles: ['BUREAU'], org: unit.id, sub: `clerk-${unit.id}` });
const enterprise = (unit: Unit): As => ({
  roles: ['ENTERPRISE'],
  org: unit.id,
  sub: `firm-${unit.id}`,
});

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
  // Complaints filed today run into next year's calendar (确权's 30 days, handling's 30): Dalad
  // enters 2027 (a region may; it replaces nothing another test relies on).
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
  [intake, education, finance, housing, firm, otherFirm] = await Promise.all([
    unitNamed('达拉特旗工信和科技局'),
    unitNamed('达拉特旗教育体育局'),
    unitNamed('达拉特旗财政局'),
    unitNamed('达拉特旗住房和城乡建设局'),
    unitNamed('瑞丰建材有限公司（演示）'),
    unitNamed('金石运输有限公司（演示）'),
  ]);
});

const complaint = (overrides: Record<string, unknown> = {}) => ({
  complainantName: '任意名称（系统以登记名称为准）',
  respondentName: '达拉特旗教体局',
  amountClaimed: '88000.00',
  contractNo: unique('ZF'),
  facts: '教学设备货款验收后逾期未付。',
  notInOtherProceedings: true,
  contactName: '李经理',
  contactPhone: '13900000001',
  ...overrides,
});

async function selfService(overrides: Record<string, unknown> = {}) {
  return (await data<any>(FILE, { i: complaint(overrides) }, enterprise(firm))).fileClue;
}

describe('routing: a complaint reaches the office that must act on it', () => {
  it('an enterprise names the respondent the way people do (教体局): matched, routed to Dalad’s intake office', async () => {
    const clue = await selfService();
    expect(clue).toMatchObject({
      channel: 'SELF_SERVICE',
      regionCode: DALAD,
      respondent: { id: education.id },
      respondentMatchedBy: 'ALIAS',
      intakeOffice: { id: intake.id },
      complainantName: firm.name, // the registry's name, not what was typed
      status: 'RECEIVED',
    });
    // Received today (China time), with the review clock running.
    expect(clue.receivedOn).toBe(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
    expect(clue.clock.stage).toBe('REVIEW');

    const read = async (as: As) => (await gql<any>(GET, { id: clue.id }, as)).data?.clue ?? null;
    // The intake office and the region's leading group see everything, contact included.
    for (const as of [bureau(intake), DALAD_LG]) {
      const seen = await read(as);
      expect(seen).toMatchObject({
        id: clue.id,
        contactPhone: '13900000001',
        complainantName: firm.name,
      });
    }
    // The complainant follows its own complaint.
    expect((await read(enterprise(firm)))?.contactPhone).toBe('13900000001');
    // The respondent sees that it exists and the facts, never who complained.
    const respondent = await read(bureau(education));
    expect(respondent).toMatchObject({
      id: clue.id,
      contactPhone: null,
      complainantName: '（投诉人信息保密）',
    });
    // Another unit, another region's leading group, another enterprise: nothing.
    expect(await read(bureau(housing))).toBeNull();
    expect(await read(CHENGQU_LG)).toBeNull();
    expect(await read(enterprise(otherFirm))).toBeNull();
    // The region's list finds it.
    const listed = await data<any>(
      `query($r: [ID!]) { clues(first: 100, filter: { regionCodes: $r }) { edges { node { id } } } }`,
      { r: [DALAD] },
      bureau(intake),
    );
    expect(listed.clues.edges.map((e: any) => e.node.id)).toContain(clue.id);
  });

  it('an enterprise cannot back-date its complaint or choose a channel', async () => {
    for (const [override, field] of [
      [{ channel: 'NATIONAL_PLATFORM' }, 'input.channel'],
      [{ receivedOn: '2025-10-09' }, 'input.receivedOn'],
    ] as const) {
      const result = await gql(FILE, { i: complaint(override) }, enterprise(firm));
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
      expect(result.errors![0]!.message).toMatch(/由系统设定/);
    }
    // A clerk must say both.
    const clerk = await gql(FILE, { i: complaint() }, bureau(intake));
    expect(errorCodes(clerk)).toEqual(['BAD_USER_INPUT']);
    expect(clerk.errors![0]!.extensions!.problems.map((p: any) => p.field)).toEqual([
      'input.channel',
      'input.receivedOn',
    ]);
  });

  it('a 12345 work order stays visible to the unit whose clerk filed it', async () => {
    const zhengshu = await unitNamed('达拉特旗政务服务与数据管理局');
    const clerk = bureau(zhengshu);
    const clue = (
      await data<any>(
        FILE,
        {
          i: complaint({
            channel: 'HOTLINE_12345',
            receivedOn: '2025-10-09',
            externalRef: unique('12345'),
          }),
        },
        clerk,
      )
    ).fileClue;
    expect(clue.intakeOffice).toEqual({ id: intake.id });
    // Another clerk of the same bureau reads it too (the filing unit, not only the filer).
    const colleague = { ...clerk, sub: 'another-clerk-of-zhengshu' };
    expect((await gql<any>(GET, { id: clue.id }, colleague)).data!.clue.id).toBe(clue.id);
  });
});

describe('the respondent never acts on a complaint against itself', () => {
  it('is FORBIDDEN before any validation, even where it holds another relation (a complaint against the intake office)', async () => {
    // Against the respondent unit that holds no other relation.
    const clue = await selfService();
    for (const [name, input, i] of [
      ['acceptClue', 'ClueStepInput', { on: '2199-01-01' }],
      ['rejectClue', 'RejectClueInput', { reason: '' }],
      ['closeClue', 'CloseClueInput', {}],
    ] as const) {
      const result = await gql(
        step(name, input),
        { i: { clueId: clue.id, expectedVersion: clue.version, ...i } },
        bureau(education),
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
    // Against the intake office itself: its clerks hold `intakeOffice` and `respondent`.
    const against = await selfService({ respondentName: '达拉特旗工信和科技局' });
    expect(against.respondent).toEqual({ id: intake.id });
    const own = bureau(intake);
    const seen = (await gql<any>(GET, { id: against.id }, own)).data!.clue;
    expect(seen).toMatchObject({
      complainantName: '（投诉人信息保密）',
      contactPhone: null,
      evidenceFiles: [],
    });
    for (const [name, input, i] of [
      ['acceptClue', 'ClueStepInput', { on: '2199-01-01' }],
      ['rejectClue', 'RejectClueInput', { reason: '与本单位无关' }],
      ['assignClue', 'AssignClueInput', { handlingUnitId: finance.id }],
    ] as const) {
      const result = await gql(
        step(name, input),
        { i: { clueId: against.id, expectedVersion: against.version, ...i } },
        own,
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.errors![0]!.extensions!.reason).toBe('RESPONDENT');
    }
    // The region's leading group takes it; it cannot be handed to the respondent itself.
    const accepted = (
      await data<any>(
        step('acceptClue', 'ClueStepInput'),
        { i: { clueId: against.id, expectedVersion: against.version } },
        DALAD_LG,
      )
    ).acceptClue;
    const toItself = await gql(
      step('assignClue', 'AssignClueInput'),
      { i: { clueId: against.id, expectedVersion: accepted.version, handlingUnitId: intake.id } },
      DALAD_LG,
    );
    expect(errorCodes(toItself)).toEqual(['BAD_USER_INPUT']);
    expect(toItself.errors![0]!.extensions!.field).toBe('input.handlingUnitId');
  });
});

describe('parties resolved and linked, then the ledger', () => {
  it('an unmatched respondent is listed for the intake office, linked (audited), verified into the ledger; 化解 only once paid', async () => {
    const clerk = bureau(intake);
    const filed = (
      await data<any>(
        FILE,
        {
          i: complaint({
            channel: 'PHONE',
            receivedOn: '2025-09-26',
            respondentName: '达拉特旗某教育培训中心',
            complainantName: '瑞丰建材有限公司（演示）',
          }),
        },
        clerk,
      )
    ).fileClue;
    expect(filed).toMatchObject({ respondent: null, partiesLinked: false, regionCode: DALAD });
    const unlinked = await data<any>(
      `{ clues(first: 200, filter: { unlinkedParties: true }) { edges { node { id } } } }`,
      {},
      clerk,
    );
    expect(unlinked.clues.edges.map((e: any) => e.node.id)).toContain(filed.id);

    // Accepted on Tuesday 09-30: the transfer clock runs 10 working days from acceptance.
    const accepted = (
      await data<any>(
        step('acceptClue', 'ClueStepInput'),
        { i: { clueId: filed.id, expectedVersion: filed.version, on: '2025-09-30' } },
        clerk,
      )
    ).acceptClue;
    expect(accepted.transferDueOn).toBe('2025-10-21');
    expect(accepted.clock.stage).toBe('TRANSFER');
    expect(filed.reviewDueOn).toBe('2025-10-16');

    // The respondent cannot link, and an unknown unit id is refused.
    const linked = (
      await data<any>(
        step('linkClueParties', 'LinkCluePartiesInput'),
        { i: { clueId: filed.id, expectedVersion: accepted.version, respondentId: education.id } },
        clerk,
      )
    ).linkClueParties;
    expect(linked).toMatchObject({
      respondent: { id: education.id },
      respondentMatchedBy: 'LINKED',
      partiesLinked: true,
    });
    const history = await data<any>(
      `query($id: ID!) { clue(id: $id) { history { action } } }`,
      { id: filed.id },
      DALAD_LG,
    );
    expect(history.clue.history.map((h: any) => h.action)).toEqual(['CREATE', 'ACCEPT', 'LINK']);

    // Transferred on 10-09 to the finance bureau: 30 days to Saturday 11-08, so Monday 11-10.
    const assigned = (
      await data<any>(
        step('assignClue', 'AssignClueInput'),
        {
          i: {
            clueId: filed.id,
            expectedVersion: linked.version,
            handlingUnitId: finance.id,
            on: '2025-10-09',
          },
        },
        clerk,
      )
    ).assignClue;
    expect(assigned.handlingDueOn).toBe('2025-11-10');
    expect(assigned.clocks).toEqual([
      {
        stage: 'REVIEW',
        startedOn: '2025-09-26',
        dueOn: '2025-10-16',
        stoppedOn: '2025-09-30',
        running: false,
      },
      {
        stage: 'TRANSFER',
        startedOn: '2025-09-30',
        dueOn: '2025-10-21',
        stoppedOn: '2025-10-09',
        running: false,
      },
      {
        stage: 'HANDLING',
        startedOn: '2025-10-09',
        dueOn: '2025-11-10',
        stoppedOn: null,
        running: true,
      },
    ]);
    // The handling unit verifies; registering the debtor's ledger line takes the debtor's
    // jurisdiction (here the region's leading group), which the finance bureau does not have.
    const handler = bureau(finance);
    const notTheirs = await gql(
      step('verifyClue', 'VerifyClueInput'),
      {
        i: {
          clueId: filed.id,
          expectedVersion: assigned.version,
          confirmedAmount: '80000.00',
          disputed: false,
          note: '合同、验收单核对一致',
          registerArrear: {
            contractNo: unique('JT'),
            contractSignedOn: '2025-03-01',
            subject: 'GOODS',
          },
        },
      },
      handler,
    );
    expect(errorCodes(notTheirs)).toEqual(['FORBIDDEN']);
    expect(notTheirs.errors![0]!.extensions!.reason).toBe('NOT_THE_DEBTORS');
    const verified = (
      await data<any>(
        step('verifyClue', 'VerifyClueInput'),
        {
          i: {
            clueId: filed.id,
            expectedVersion: assigned.version,
            confirmedAmount: '80000.00',
            disputed: false,
            note: '合同、验收单核对一致',
            registerArrear: {
              contractNo: unique('JT'),
              contractSignedOn: '2025-03-01',
              subject: 'GOODS',
              deliveredOn: '2025-04-01',
            },
          },
        },
        DALAD_LG,
      )
    ).verifyClue;
    expect(verified.arrear).toMatchObject({
      status: 'VERIFIED',
      source: 'COMPLAINT',
      amountDue: '80000.00',
    });
    const answered = (
      await data<any>(
        step('answerClue', 'AnswerClueInput'),
        {
          i: {
            clueId: filed.id,
            expectedVersion: verified.version,
            feedback: '已纳入台账，督促支付。',
          },
        },
        handler,
      )
    ).answerClue;
    // Wholly unpaid: not 化解.
    const resolved = await gql(
      step('closeClue', 'CloseClueInput'),
      { i: { clueId: filed.id, expectedVersion: answered.version, outcome: 'RESOLVED' } },
      clerk,
    );
    expect(errorCodes(resolved)).toEqual(['BAD_USER_INPUT']);
    expect(resolved.errors![0]!.extensions!.field).toBe('input.outcome');
    expect(resolved.errors![0]!.message).toMatch(/80000\.00 元未付/);
    // Paid in full, then 化解.
    await data(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
      {
        i: {
          arrearId: verified.arrear.id,
          amount: '80000.00',
          paidOn: '2025-11-05',
          method: 'TRANSFER',
          idempotencyKey: unique('pay'),
        },
      },
      ADMIN,
    );
    const closed = (
      await data<any>(
        step('closeClue', 'CloseClueInput'),
        { i: { clueId: filed.id, expectedVersion: answered.version, outcome: 'RESOLVED' } },
        clerk,
      )
    ).closeClue;
    // The intake office does not read the debtor's ledger line; the leading group does.
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'RESOLVED', arrear: null });
    expect((await data<any>(GET, { id: filed.id }, DALAD_LG)).clue.arrear.outstanding).toBe('0.00');
  });

  it('verifyClue cannot register the ledger line before the parties are linked', async () => {
    const filed = (
      await data<any>(
        FILE,
        {
          i: complaint({
            channel: 'LETTER',
            receivedOn: '2025-09-26',
            respondentName: '某个未登记的单位',
          }),
        },
        ADMIN,
      )
    ).fileClue;
    let version = filed.version;
    for (const [name, input, extra] of [
      ['acceptClue', 'ClueStepInput', { on: '2025-09-29' }],
      ['assignClue', 'AssignClueInput', { handlingUnitId: finance.id, on: '2025-09-30' }],
    ] as const) {
      version = (
        await data<any>(
          step(name, input),
          { i: { clueId: filed.id, expectedVersion: version, ...extra } },
          ADMIN,
        )
      )[name].version;
    }
    const early = await gql(
      step('verifyClue', 'VerifyClueInput'),
      {
        i: {
          clueId: filed.id,
          expectedVersion: version,
          confirmedAmount: '100.00',
          disputed: false,
          note: '核查',
          registerArrear: {
            contractNo: unique('X'),
            contractSignedOn: '2025-01-01',
            subject: 'GOODS',
          },
        },
      },
      ADMIN,
    );
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0]!.message).toMatch(/linkClueParties/);
  });
});

describe('clocks on the region’s calendar', () => {
  it('a receipt in a year the calendar does not have is an error naming the year', async () => {
    const result = await gql(
      FILE,
      { i: complaint({ channel: 'PHONE', receivedOn: '2024-06-03' }) },
      bureau(intake),
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions).toMatchObject({
      field: 'input.receivedOn',
      missingYear: 2024,
    });
    expect(result.errors![0]!.message).toMatch(/2024 年/);
  });
});

describe('the enterprise’s side', () => {
  it('attaches evidence, answers a request for information, and rates the answer (only it may)', async () => {
    const clue = await selfService();
    const pdf = Buffer.from('%PDF-1.4 购销合同').toString('base64');
    const ATTACH = `mutation($i: AttachClueEvidenceInput!) { attachClueEvidence(input: $i) { id fileName size sha256 contentBase64 } }`;
    const file = (
      await data<any>(
        ATTACH,
        {
          i: {
            clueId: clue.id,
            kind: 'CONTRACT',
            fileName: '合同.pdf',
            mediaType: 'application/pdf',
            contentBase64: pdf,
          },
        },
        enterprise(firm),
      )
    ).attachClueEvidence;
    expect(file).toMatchObject({ fileName: '合同.pdf', contentBase64: pdf });
    // Not on another's complaint, not twice.
    const foreign = await gql(
      ATTACH,
      {
        i: {
          clueId: clue.id,
          kind: 'INVOICE',
          fileName: 'x.pdf',
          mediaType: 'application/pdf',
          contentBase64: pdf,
        },
      },
      enterprise(otherFirm),
    );
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    const again = await gql(
      ATTACH,
      {
        i: {
          clueId: clue.id,
          kind: 'CONTRACT',
          fileName: '合同.pdf',
          mediaType: 'application/pdf',
          contentBase64: pdf,
        },
      },
      enterprise(firm),
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const asked = (
      await data<any>(
        `mutation($i: RequestClueInformationInput!) { requestClueInformation(input: $i) { id version question } }`,
        { i: { clueId: clue.id, question: '请补充验收单扫描件。' } },
        bureau(intake),
      )
    ).requestClueInformation;
    const answered = (
      await data<any>(
        `mutation($i: AnswerClueInformationInput!) { answerClueInformation(input: $i) { answer answeredOn } }`,
        { i: { requestId: asked.id, expectedVersion: asked.version, answer: '已上传验收单。' } },
        enterprise(firm),
      )
    ).answerClueInformation;
    expect(answered.answer).toBe('已上传验收单。');
    const mine = (await data<any>(GET, { id: clue.id }, enterprise(firm))).clue;
    expect(mine.evidenceFiles.map((f: any) => f.fileName)).toEqual(['合同.pdf']);
    expect(mine.infoRequests.map((r: any) => r.answer)).toEqual(['已上传验收单。']);
    // The respondent reads neither.
    const theirs = (await data<any>(GET, { id: clue.id }, bureau(education))).clue;
    expect(theirs).toMatchObject({ evidenceFiles: [], infoRequests: [] });

    const RATE = `mutation($i: RateClueInput!) { rateClue(input: $i) { complainantRating status } }`;
    const early = await gql(RATE, { i: { clueId: clue.id, satisfaction: 5 } }, enterprise(firm));
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    // Through to the written answer (the office itself handles it here).
    let version = mine.version;
    for (const [name, input, extra] of [
      ['acceptClue', 'ClueStepInput', {}],
      ['assignClue', 'AssignClueInput', { handlingUnitId: finance.id }],
      [
        'verifyClue',
        'VerifyClueInput',
        { confirmedAmount: '0.00', disputed: false, note: '不属于拖欠' },
      ],
      ['answerClue', 'AnswerClueInput', { feedback: '经核查，款项尚未到合同约定付款期。' }],
    ] as const) {
      const as = name === 'acceptClue' || name === 'assignClue' ? bureau(intake) : bureau(finance);
      version = (
        await data<any>(
          step(name, input),
          { i: { clueId: clue.id, expectedVersion: version, ...extra } },
          as,
        )
      )[name].version;
    }
    // The unit rated cannot rate, nor can the office.
    for (const as of [bureau(finance), bureau(intake)]) {
      const result = await gql(RATE, { i: { clueId: clue.id, satisfaction: 5 } }, as);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
    const rated = (
      await data<any>(RATE, { i: { clueId: clue.id, satisfaction: 4 } }, enterprise(firm))
    ).rateClue;
    expect(rated).toEqual({ complainantRating: 4, status: 'ANSWERED' });
    // Nothing confirmed owed: 办结, never 化解.
    const closeResolved = await gql(
      step('closeClue', 'CloseClueInput'),
      { i: { clueId: clue.id, expectedVersion: version + 1, outcome: 'RESOLVED' } },
      bureau(intake),
    );
    expect(errorCodes(closeResolved)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('账款确权 (2025 art. 16)', () => {
  const REQUEST = `mutation($i: RequestReceivableConfirmationInput!) { requestReceivableConfirmation(input: $i) { id version status dueOn requestedOn regionCode debtor { id } } }`;
  const ANSWER = `mutation($i: AnswerReceivableConfirmationInput!) { answerReceivableConfirmation(input: $i) { id status confirmedAmount reason arrear { id status source amountDue creditor { id } } } }`;
  const ask = (overrides: Record<string, unknown> = {}) =>
    data<any>(
      REQUEST,
      {
        i: {
          debtorName: '旗教体局',
          contractNo: unique('QQ'),
          contractSignedOn: '2025-02-01',
          subject: 'SERVICES',
          deliveredOn: '2025-03-01',
          amount: '12000.00',
          description: '食堂配送服务已验收并开票。',
          ...overrides,
        },
      },
      enterprise(firm),
    );

  it('the debtor confirms within 30 days and the confirmed amount becomes a ledger line; only the debtor answers', async () => {
    const request = (await ask()).requestReceivableConfirmation;
    expect(request).toMatchObject({
      status: 'REQUESTED',
      regionCode: DALAD,
      debtor: { id: education.id },
    });
    // 30 days, moved off a rest day.
    const thirty = new Date(`${request.requestedOn}T00:00:00Z`);
    thirty.setUTCDate(thirty.getUTCDate() + 30);
    expect(request.dueOn >= thirty.toISOString().slice(0, 10)).toBe(true);
    // Another unit, the creditor itself: FORBIDDEN.
    for (const as of [bureau(housing), enterprise(firm)]) {
      const result = await gql(
        ANSWER,
        {
          i: {
            confirmationId: request.id,
            expectedVersion: request.version,
            disputed: false,
            confirmedAmount: '1.00',
          },
        },
        as,
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
    const tooMuch = await gql(
      ANSWER,
      {
        i: {
          confirmationId: request.id,
          expectedVersion: request.version,
          disputed: false,
          confirmedAmount: '12000.01',
        },
      },
      bureau(education),
    );
    expect(errorCodes(tooMuch)).toEqual(['BAD_USER_INPUT']);
    const confirmed = (
      await data<any>(
        ANSWER,
        {
          i: {
            confirmationId: request.id,
            expectedVersion: request.version,
            disputed: false,
            confirmedAmount: '10000.00',
            reason: '2000 元验收不合格部分另行协商',
          },
        },
        bureau(education),
      )
    ).answerReceivableConfirmation;
    expect(confirmed).toMatchObject({
      status: 'CONFIRMED',
      confirmedAmount: '10000.00',
      arrear: {
        status: 'VERIFIED',
        source: 'CONFIRMATION',
        amountDue: '10000.00',
        creditor: { id: firm.id },
      },
    });
    // The creditor reads the outcome; another enterprise does not see the request.
    const LIST = `{ receivableConfirmations(first: 100) { edges { node { id status } } } }`;
    const ids = async (as: As) =>
      (await data<any>(LIST, {}, as)).receivableConfirmations.edges.map((e: any) => e.node.id);
    expect(await ids(enterprise(firm))).toContain(request.id);
    expect(await ids(bureau(intake))).toContain(request.id);
    expect(await ids(enterprise(otherFirm))).not.toContain(request.id);
  });

  it('a dispute needs a reason; a second open request for the contract is a conflict; an unknown debtor is named', async () => {
    const contractNo = unique('QQ');
    const request = (await ask({ contractNo })).requestReceivableConfirmation;
    const twice = await gql(
      REQUEST,
      {
        i: {
          debtorName: '旗教体局',
          contractNo,
          contractSignedOn: '2025-02-01',
          subject: 'SERVICES',
          amount: '1.00',
          description: '重复申请',
        },
      },
      enterprise(firm),
    );
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    const noReason = await gql(
      ANSWER,
      { i: { confirmationId: request.id, expectedVersion: request.version, disputed: true } },
      bureau(education),
    );
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0]!.extensions!.field).toBe('input.reason');
    const disputed = (
      await data<any>(
        ANSWER,
        {
          i: {
            confirmationId: request.id,
            expectedVersion: request.version,
            disputed: true,
            reason: '服务未验收',
          },
        },
        bureau(education),
      )
    ).answerReceivableConfirmation;
    expect(disputed).toMatchObject({ status: 'DISPUTED', arrear: null });
    const unknown = await gql(
      REQUEST,
      {
        i: {
          debtorName: '不存在的某某局',
          contractNo: unique('QQ'),
          contractSignedOn: '2025-02-01',
          subject: 'SERVICES',
          amount: '1.00',
          description: '测试',
        },
      },
      enterprise(firm),
    );
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions!.field).toBe('input.debtorName');
  });
});

describe('national-platform import: a fixed number of statements', () => {
  it('imports 3 and 12 records with the same number of statements, and an XLSX file with row errors', async () => {
    const record = (i: number) => ({
      platformRef: unique(`QQPT-${i}`),
      transferredOn: '2025-10-09',
      creditor: { name: '瑞丰建材有限公司（演示）', contactPhone: '13500000000' },
      debtor: { name: i % 2 ? '达拉特旗教体局' : '达拉特旗住房和城乡建设局' },
      arrears: { amount: '1000.00', contractNo: unique('PT'), facts: '货款逾期未付。' },
      attachments: [{ name: '合同.pdf' }],
    });
    const IMPORT = `mutation($i: ImportPlatformTransfersInput!) { importPlatformTransfers(input: $i) { created rejected errors { row column message } } }`;
    const run = (n: number) =>
      countStatements(async () => {
        const file = {
          format: 'national-platform-transfer',
          version: 1,
          records: Array.from({ length: n }, (_, i) => record(i)),
        };
        const r = await data<any>(
          IMPORT,
          {
            i: { format: 'JSON', fileBase64: Buffer.from(JSON.stringify(file)).toString('base64') },
          },
          bureau(intake),
        );
        expect(r.importPlatformTransfers).toMatchObject({ created: n, rejected: 0 });
      });
    const three = await run(3);
    const twelve = await run(12);
    console.log(
      `Platform import: 3 records → ${JSON.stringify(three)}; 12 → ${JSON.stringify(twelve)}`,
    );
    // The clues and their audit entries are written in one batch each: nothing grows per record.
    expect(twelve.arrears).toBe(three.arrears);
    expect(twelve.organisations).toBe(three.organisations);

    // XLSX: the template's headers, one good row and one with a bad credit code and date.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('投诉转办');
    sheet.addRow([
      '平台编号',
      '转办日期',
      '债权人名称',
      '债权人统一社会信用代码',
      '债务人名称',
      '拖欠金额',
      '拖欠事实',
      '附件清单',
    ]);
    sheet.addRow([
      unique('X1'),
      '2025-10-09',
      '瑞丰建材有限公司（演示）',
      '',
      '旗教体局',
      '2000.00',
      '服务费未付',
      '合同.pdf（合同）；验收单.pdf（验收）',
    ]);
    sheet.addRow([
      unique('X2'),
      '2025-13-40',
      '某公司',
      '91310110666007217X',
      '旗教体局',
      '2000.00',
      '服务费未付',
      '',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const xlsx = (
      await data<any>(IMPORT, { i: { format: 'XLSX', fileBase64: bytes } }, bureau(intake))
    ).importPlatformTransfers;
    expect(xlsx.created).toBe(1);
    expect(xlsx.rejected).toBe(1);
    expect(xlsx.errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, '转办日期'],
      [3, '债权人统一社会信用代码'],
    ]);
    expect(xlsx.errors[0].message).toMatch(/不是有效日期/);
  });
});
