// Clues and complaints: intake from any channel, the 10-working-day and 30/90-day clocks, the
// steps and their order, duplicates, confidentiality of contact details.
import { describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, LEADING_GROUP } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';

const FILE = `mutation($i: FileClueInput!) { fileClue(input: $i) { id status version reviewDueOn duplicateOf { id } clock { stage dueOn overdue } } }`;
const STEP = (name: string, input: string) =>
  `mutation($i: ${input}!) { ${name}(input: $i) { id status version handlingDueOn extensionDays arrear { id status source amountDue } } }`;

async function units(): Promise<{
  enterprise: { id: string; name: string };
  agency: { id: string; name: string };
  handler: { id: string; name: string };
}> {
  const result = await data<any>(`{
    e: organisations(first: 1, filter: { nameContains: "瑞丰建材" }) { edges { node { id name } } }
    a: organisations(first: 1, filter: { nameContains: "达拉特旗住房和城乡建设局" }) { edges { node { id name } } }
    h: organisations(first: 1, filter: { nameContains: "达拉特旗财政局" }) { edges { node { id name } } } }`);
  return {
    enterprise: result.e.edges[0].node,
    agency: result.a.edges[0].node,
    handler: result.h.edges[0].node,
  };
}

async function file(overrides: Record<string, unknown> = {}) {
  const { enterprise, agency } = await units();
  return gql<any>(
    FILE,
    {
      i: {
        channel: 'HOTLINE_12345',
        externalRef: unique('12345'),
        receivedOn: '2025-09-26',
        complainantId: enterprise.id,
        complainantName: enterprise.name,
        respondentId: agency.id,
        respondentName: agency.name,
        amountClaimed: '52000.00',
        contractNo: unique('HT'),
        facts: '建材货款逾期未付。',
        notInOtherProceedings: true,
        contactName: '王经理',
        contactPhone: '13800000000',
        ...overrides,
      },
    },
    ADMIN,
  );
}

describe('intake and clocks', () => {
  it('the review clock is 10 working days, skipping the National Day holiday and counting make-up days', async () => {
    const clue = (await file()).data!.fileClue;
    expect(clue.status).toBe('RECEIVED');
    // 2025-09-26 (Fri) + 10 working days with 09-28 and 10-11 worked and 10-01..08 off = 2025-10-16.
    expect(clue.reviewDueOn).toBe('2025-10-16');
    expect(clue.clock).toEqual({ stage: 'REVIEW', dueOn: '2025-10-16', overdue: true });
  });

  it('flags a second complaint about the same debt as a duplicate of the open one', async () => {
    const contractNo = unique('DUP');
    const first = (await file({ contractNo })).data!.fileClue;
    const second = (await file({ contractNo, channel: 'NATIONAL_PLATFORM' })).data!.fileClue;
    expect(second.duplicateOf).toEqual({ id: first.id });
  });

  it.each([
    ['no facts', { facts: ' ' }, 'input.facts'],
    ['a zero claim', { amountClaimed: '0.00' }, 'input.amountClaimed'],
    ['a future receipt date', { receivedOn: '2199-01-01' }, 'input.receivedOn'],
    [
      'an unknown respondent id',
      { respondentId: '00000000-0000-4000-8000-000000000009' },
      'input.respondentId',
    ],
    // A scalar's error names the path inside the variable ($i here).
    [
      'a bad credit code',
      { complainantCreditCode: '91310110666007217X' },
      'i.complainantCreditCode',
    ],
  ])('refuses %s', async (_label, override, field) => {
    const before = (await data<any>(`{ clues(first: 1) { totalCount } }`)).clues.totalCount;
    const result = await file(override);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect((await data<any>(`{ clues(first: 1) { totalCount } }`)).clues.totalCount).toBe(before);
  });

  it('an enterprise files complaints only in its own name', async () => {
    const { enterprise, agency } = await units();
    const input = {
      complainantId: agency.id,
      complainantName: '投诉企业',
      respondentId: agency.id,
      respondentName: '被投诉单位',
      amountClaimed: '10.00',
      facts: '测试事实',
      notInOtherProceedings: true,
    };
    const other = await gql(FILE, { i: input }, { roles: ['ENTERPRISE'], org: enterprise.id });
    expect(errorCodes(other)).toEqual(['BAD_USER_INPUT']);
    const own = await gql(
      FILE,
      { i: { ...input, complainantId: enterprise.id } },
      { roles: ['ENTERPRISE'], org: enterprise.id },
    );
    expect(own.errors).toBeUndefined();
  });
});

describe('the steps of a clue', () => {
  it('accept → assign → extend (≤ 90 days) → verify into the ledger → answer → close', async () => {
    const clue = (await file()).data!.fileClue;
    const { handler } = await units();
    const accepted = await data<any>(
      STEP('acceptClue', 'ClueStepInput'),
      { i: { clueId: clue.id, expectedVersion: clue.version, on: '2025-09-29' } },
      ADMIN,
    );
    const assigned = await data<any>(
      STEP('assignClue', 'AssignClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: accepted.acceptClue.version,
          handlingUnitId: handler.id,
          on: '2025-09-30',
        },
      },
      ADMIN,
    );
    expect(assigned.assignClue).toMatchObject({ status: 'ASSIGNED', handlingDueOn: '2025-10-30' });
    const extended = await data<any>(
      STEP('extendClue', 'ExtendClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: assigned.assignClue.version,
          days: 30,
          reason: '涉及多方，经局长批准延期',
        },
      },
      ADMIN,
    );
    // 2025-09-30 + 60 days = Saturday 2025-11-29: the period ends on the next working day.
    expect(extended.extendClue).toMatchObject({ extensionDays: 30, handlingDueOn: '2025-12-01' });
    const tooLong = await gql(
      STEP('extendClue', 'ExtendClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: extended.extendClue.version,
          days: 31,
          reason: '再次延期',
        },
      },
      ADMIN,
    );
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors![0]!.message).toMatch(/91 天.*90 天/);
    const verified = await data<any>(
      STEP('verifyClue', 'VerifyClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: extended.extendClue.version,
          confirmedAmount: '50000.00',
          disputed: false,
          note: '核对合同与送货单，确认欠款5万元',
          registerArrear: {
            contractNo: unique('FROM-CLUE'),
            contractSignedOn: '2025-03-01',
            subject: 'GOODS',
            deliveredOn: '2025-04-01',
          },
        },
      },
      ADMIN,
    );
    expect(verified.verifyClue.arrear).toMatchObject({
      status: 'VERIFIED',
      source: 'COMPLAINT',
      amountDue: '50000.00',
    });
    const answered = await data<any>(
      STEP('answerClue', 'AnswerClueInput'),
      {
        i: {
          clueId: clue.id,
          expectedVersion: verified.verifyClue.version,
          feedback: '已核实并纳入台账，督促于月底前支付。',
        },
      },
      ADMIN,
    );
    const closed = await data<any>(
      STEP('closeClue', 'CloseClueInput'),
      { i: { clueId: clue.id, expectedVersion: answered.answerClue.version } },
      ADMIN,
    );
    expect(closed.closeClue.status).toBe('CLOSED');
  });

  it('refuses steps out of order, and a reason is needed to reject', async () => {
    const clue = (await file()).data!.fileClue;
    const early = await gql(
      STEP('closeClue', 'CloseClueInput'),
      { i: { clueId: clue.id, expectedVersion: clue.version } },
      ADMIN,
    );
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0]!.message).toMatch(/RECEIVED，只能变为 ACCEPTED、REJECTED/);
    const noReason = await gql(
      STEP('rejectClue', 'RejectClueInput'),
      { i: { clueId: clue.id, expectedVersion: clue.version, reason: '' } },
      ADMIN,
    );
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    const rejected = await data<any>(
      STEP('rejectClue', 'RejectClueInput'),
      { i: { clueId: clue.id, expectedVersion: clue.version, reason: '已进入诉讼程序' } },
      ADMIN,
    );
    const accept = await gql(
      STEP('acceptClue', 'ClueStepInput'),
      { i: { clueId: clue.id, expectedVersion: rejected.rejectClue.version } },
      ADMIN,
    );
    expect(errorCodes(accept)).toEqual(['CONFLICT']);
    expect(accept.errors![0]!.message).toMatch(/REJECTED，已是最终状态/);
  });
});

describe('overdue clues and confidentiality', () => {
  it('finds clues past their review or handling clock', async () => {
    const review = await data<any>(
      `{ clues(first: 100, filter: { overdueStage: REVIEW }) { edges { node { externalRef clock { stage overdue } } } } }`,
    );
    const refs = review.clues.edges.map((e: any) => e.node.externalRef);
    expect(refs).toContain('QQPT-2026-0815'); // demo: received 30 days ago, still under review
    expect(refs).not.toContain('12345-2026-110231'); // demo: received 3 days ago
    expect(review.clues.edges.every((e: any) => e.node.clock.overdue)).toBe(true);
    const handling = await data<any>(
      `{ clues(first: 100, filter: { overdueStage: HANDLING }) { edges { node { complainantName clock { stage daysLeft } } } } }`,
    );
    const names = handling.clues.edges.map((e: any) => e.node.complainantName);
    expect(names).toContain('瑞丰建材有限公司（演示）'); // assigned 67 days ago
    expect(names).not.toContain('锦丰印务有限公司（演示）'); // assigned 15 days ago
    expect(
      handling.clues.edges.every(
        (e: any) => e.node.clock.stage === 'HANDLING' && e.node.clock.daysLeft < 0,
      ),
    ).toBe(true);
  });

  it('complainant contact details are for handlers and inspectors only', async () => {
    const query = `{ clues(first: 1, filter: { channels: [HOTLINE_12345] }) { edges { node { complainantName contactPhone } } } }`;
    // FINANCE sees every unit's ledger but is no complaint handler: the contact reads null, the
    // complainant's name is withheld (a field rule of the Clue declaration, not an error).
    const finance = await data<any>(query, {}, { roles: ['FINANCE'] });
    expect(finance.clues.edges[0].node.contactPhone).toBeNull();
    expect(finance.clues.edges[0].node.complainantName).toBe('（投诉人信息保密）');
    const inspector = await data<any>(query, {}, { roles: ['INSPECTOR'] });
    expect(inspector.clues.edges[0].node.contactPhone).toBeTruthy();
    expect(
      (await data<any>(query, {}, LEADING_GROUP)).clues.edges[0].node.complainantName,
    ).toBeTruthy();
  });
});
