// Issue 15 on a private hub (its own PostgreSQL and processes): the injected clock moved through
// one month, the jobs run as their schedules would (through the queue, POST /debug/jobs/<name>/run),
// their events relayed from each subgraph's outbox to the notices subgraph and to supervision, and
// what each viewer then reads through the gateway. Also: two replicas of supervision escalate an
// overdue case once; notices killed while events are raised loses none; webhooks signed, retried and
// dead-lettered against a local receiver; e-mail against a local SMTP sink.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type As } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';
import { chinaTime, eventually, nextMonth, runJob, runJobOk, setClock } from './harness/jobs.ts';
import { startPrivateHub, type PrivateHub } from './harness/private-hub.ts';

const REGION = '150621';
const OFFICE: As = { roles: ['LEADING_GROUP'], region: REGION, sub: 'test-lg-150621' };

// The month after today (China): every date below is in it, whatever day the suite runs.
const M = nextMonth(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
const day = (n: number) => `${M}-${String(n).padStart(2, '0')}`;

interface Mail {
  subject: string;
  to: string;
  text: string;
}
interface Hook {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let hub: PrivateHub;
let smtp: SMTPServer;
let receiver: Server;
let receiverUrl: string;
const mails: Mail[] = [];
const hooks: Hook[] = [];
let notices: pg.Client;
let agency: { id: string; name: string };
let enterprise: { id: string; name: string };
let bureau: As;
let supervisionReplica: string;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) {
  const result = await hub.gql<T>(query, variables, as);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.data as T;
}

const travel = (at: string) => setClock({ ...hub.subgraphUrls, replica: supervisionReplica }, at);
const arrears = () => hub.subgraphUrls.arrears!;
const supervision = () => hub.subgraphUrls.supervision!;

/** Events the two outboxes still hold undelivered. */
async function pendingEvents(): Promise<number> {
  let pending = 0;
  for (const url of [hub.databaseUrls.arrears!, hub.databaseUrls.supervision!]) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        'select count(*) as n from outbox_event where delivered_at is null',
      );
      pending += Number(rows[0]!.n);
    } finally {
      await client.end();
    }
  }
  return pending;
}

/** Relays both outboxes that raise events (arrears first: its case triggers raise notices), until
 * nothing waits: a relay the runner started by itself after a job may hold rows (FOR UPDATE SKIP
 * LOCKED) while ours runs, and ours then returns before those are delivered. At most 15 s. */
async function relay() {
  const until = Date.now() + 15_000;
  do {
    await runJobOk(arrears(), 'outbox-relay');
    await runJobOk(supervision(), 'outbox-relay');
  } while ((await pendingEvents()) > 0 && Date.now() < until);
}

const INBOX = `query($unread: Boolean) { myNotices(first: 200, unread: $unread) { totalCount edges { node { id kind text read link { type id } } } } }`;
const inbox = async (as: As) =>
  (await ok(INBOX, {}, as)).myNotices.edges.map((e: any) => e.node) as {
    id: string;
    kind: string;
    text: string;
    read: boolean;
    link: { type: string; id: string } | null;
  }[];

const CASES = `query($u: [ID!]) { cases(first: 200, filter: { targetUnitIds: $u }) { edges { node { id status trigger measure description escalatedFromId arrears { id } } } } }`;
const casesOf = async (unitId: string) =>
  (await ok(CASES, { u: [unitId] })).cases.edges.map((e: any) => e.node) as any[];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject: (.+)$/m.exec(raw)?.[1] ?? '';
        mails.push({
          subject,
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          text: raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const flaky = new Map<string, number>();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      hooks.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const delivery = String(req.headers['x-hub-delivery']);
      if (path === '/down') return void res.writeHead(500).end('down');
      if (path === '/flaky') {
        const seen = (flaky.get(delivery) ?? 0) + 1;
        flaky.set(delivery, seen);
        if (seen === 1) return void res.writeHead(503).end('busy');
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  hub = await startPrivateHub({
    HUB_DELIVERY_RETRY_LIMIT: '2',
    HUB_DELIVERY_RETRY_DELAY_SECONDS: '1',
    HUB_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  });
  supervisionReplica = (await hub.startReplica('supervision')).url;
  notices = new pg.Client({ connectionString: hub.databaseUrls.notices });
  await notices.connect();

  // The hub-wide calendar of the years the clock travels through: a year not on record stops
  // every count in working days (the report day, a clue's clocks) with an error naming it.
  for (const year of [Number(M.slice(0, 4)), Number(M.slice(0, 4)) + 1])
    await ok(`mutation($i: SetCalendarYearInput!) { setCalendarYear(input: $i) { year } }`, {
      i: { year, days: [{ day: `${year}-01-01`, kind: 'HOLIDAY', note: '元旦' }], source: '测试' },
    });

  const units = await ok(`{
    e: organisations(first: 1, filter: { nameContains: "瑞丰建材" }) { edges { node { id name } } }
    a: organisations(first: 1, filter: { nameContains: "达拉特旗住房和城乡建设局" }) { edges { node { id name } } } }`);
  enterprise = units.e.edges[0].node;
  agency = units.a.edges[0].node;
  bureau = { roles: ['BUREAU'], org: agency.id, sub: 'test-bureau-zjj' };
}, 240_000);

afterAll(async () => {
  await notices?.end();
  await hub?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

describe('one month with the clock moved', () => {
  let arrearId: string;
  let clueId: string;
  let reviewDueOn: string;
  let caseId: string;
  const reported: string[] = [];

  it(`on ${M}-01: a plan, a complaint, a case and two reports are made on the moved clock`, async () => {
    await travel(chinaTime(day(1)));
    const registered = await ok(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version } }`,
      {
        i: {
          debtorId: agency.id,
          creditorId: enterprise.id,
          contractNo: unique('HT-JOBS'),
          contractSignedOn: '2024-01-10',
          subject: 'GOODS',
          amountDue: '3000.00',
          deliveredOn: '2024-02-01',
        },
      },
    );
    const verified = await ok(
      `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { id version } }`,
      {
        i: {
          arrearId: registered.registerArrear.id,
          expectedVersion: registered.registerArrear.version,
          verifiedOn: '2024-06-01',
          evidence: '合同及验收单核对一致',
        },
      },
    );
    arrearId = verified.verifyArrear.id;
    await ok(`mutation($i: AgreeRepaymentPlanInput!) { agreeRepaymentPlan(input: $i) { id } }`, {
      i: {
        arrearId,
        expectedVersion: verified.verifyArrear.version,
        signedOn: day(1),
        fundingSource: 'OWN_FUNDS',
        instalments: [
          { dueOn: day(5), amount: '1000.00' },
          { dueOn: `${nextMonth(day(1))}-28`, amount: '2000.00' },
        ],
      },
    });

    const clue = await ok(
      `mutation($i: FileClueInput!) { fileClue(input: $i) { id reviewDueOn } }`,
      {
        i: {
          channel: 'HOTLINE_12345',
          externalRef: unique('12345'),
          receivedOn: day(1),
          complainantId: enterprise.id,
          complainantName: enterprise.name,
          respondentId: agency.id,
          respondentName: agency.name,
          amountClaimed: '52000.00',
          contractNo: unique('HT'),
          facts: '建材货款逾期未付。',
          notInOtherProceedings: true,
        },
      },
    );
    clueId = clue.fileClue.id;
    reviewDueOn = clue.fileClue.reviewDueOn;
    expect(reviewDueOn.slice(0, 7)).toBe(M);

    const opened = await ok(
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id deadline status } }`,
      {
        i: {
          targetUnitId: agency.id,
          measure: 'SUPERVISION_NOTICE',
          trigger: 'SLOW_PROGRESS',
          description: '清偿进度滞后（测试）',
          deadline: day(3),
        },
      },
      OFFICE,
    );
    caseId = opened.openCase.id;

    const someUnits = await ok(
      `{ organisations(first: 2, filter: { kinds: [GOVERNMENT_DEPARTMENT], regionCode: "${REGION}" }) { edges { node { id } } } }`,
    );
    for (const { node } of someUnits.organisations.edges) {
      if (node.id === agency.id) continue;
      const submit = (kind: string) =>
        hub.gql(
          `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) { id late } }`,
          { i: { unitId: node.id, period: M, kind } },
          ADMIN,
        );
      // A unit with nothing in its ledger files a nil return (不涉及).
      let r = await submit('REGULAR');
      if (r.errors?.[0]?.extensions?.field === 'input.kind') r = await submit('NIL');
      expect(r.errors).toBeUndefined();
      expect(r.data!.submitLedgerReport.late).toBe(false);
      reported.push(node.id);
    }
    expect(reported.length).toBeGreaterThan(0);
  });

  it(`on ${M}-04: the overdue case escalates once, with two replicas of supervision running the job`, async () => {
    await travel(chinaTime(day(4), '00:30'));
    const runs = await Promise.all([
      runJobOk(supervision(), 'case-escalation'),
      runJobOk(supervisionReplica, 'case-escalation'),
    ]);
    expect(runs.every((r) => r.day === day(4))).toBe(true);
    const cases = await casesOf(agency.id);
    const successors = cases.filter((c) => c.escalatedFromId === caseId);
    expect(successors).toHaveLength(1);
    expect(successors[0]).toMatchObject({
      status: 'OPEN',
      measure: 'DEADLINE',
      trigger: 'ESCALATION',
    });
    expect(cases.find((c) => c.id === caseId).status).toBe('ESCALATED');
    // A third run (either replica) finds nothing left to do.
    const again = await runJobOk(supervisionReplica, 'case-escalation');
    expect((await casesOf(agency.id)).filter((c) => c.escalatedFromId === caseId)).toHaveLength(1);
    expect(again.counts?.escalated ?? 0).toBe(0);

    // The audit trail names the job and the rule that escalated it.
    const db = new pg.Client({ connectionString: hub.databaseUrls.supervision });
    await db.connect();
    try {
      const { rows } = await db.query<{ actor_id: string; reason: string }>(
        `select actor_id, reason from audit_trail where entity = 'SupervisionCase' and entity_id = $1 and action = 'ESCALATE'`,
        [caseId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.actor_id).toBe('job:supervision/case-escalation');
      expect(rows[0]!.reason).toContain('rules/case-escalation.ts');
    } finally {
      await db.end();
    }
    await relay();
    const told = (await inbox(bureau)).filter(
      (n) => n.kind === 'CASE_ESCALATED' && n.link?.id === successors[0].id,
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('限期办结');
    // The region's office reads it too; another county's leading group does not.
    expect((await inbox(OFFICE)).some((n) => n.link?.id === successors[0].id)).toBe(true);
    const elsewhere: As = { roles: ['LEADING_GROUP'], region: '410422', sub: 'test-lg-410422' };
    expect((await inbox(elsewhere)).some((n) => n.link?.id === successors[0].id)).toBe(false);

    // ADMIN sees the three runs through the gateway; together they escalated each overdue case
    // (the demo data has some too) exactly once.
    const jobRuns = await ok(
      `{ supervisionJobRuns(kind: "case-escalation", first: 10) { totalCount edges { node { status day worker counts } } } }`,
    );
    // Asked at the same moment, the two replicas share one queued job (the queue's singleton) or
    // run two one after the other; with the third, each queued job is one run.
    const queued = new Set(runs.map((r) => r.queueJobId));
    expect(jobRuns.supervisionJobRuns.totalCount).toBe(queued.size + 1);
    const escalated = jobRuns.supervisionJobRuns.edges.reduce(
      (n: number, e: any) => n + (e.node.counts?.escalated ?? 0),
      0,
    );
    const all = await ok(
      `{ cases(first: 500) { edges { node { trigger openedOn escalatedFromId } } } }`,
    );
    const successorsToday = all.cases.edges.filter(
      (e: any) => e.node.trigger === 'ESCALATION' && e.node.openedOn === day(4),
    );
    expect(escalated).toBe(successorsToday.length);
    const from = successorsToday.map((e: any) => e.node.escalatedFromId);
    expect(new Set(from).size).toBe(from.length);
  });

  it(`on ${M}-06: the instalment of the 5th is missed — a notice to the unit, no case yet`, async () => {
    await travel(chinaTime(day(6)));
    const run = await runJobOk(arrears(), 'repayment-watch');
    expect(run.counts?.missed).toBeGreaterThanOrEqual(1);
    await relay();
    const missed = (await inbox(bureau)).filter(
      (n) => n.kind === 'INSTALMENT_MISSED' && n.link?.id === arrearId,
    );
    expect(missed).toHaveLength(1);
    expect(missed[0]!.text).toContain(day(5));
    expect(
      (await casesOf(agency.id)).filter(
        (c) => c.trigger === 'PLAN_DEFAULT' && c.arrears.some((a: any) => a.id === arrearId),
      ),
    ).toHaveLength(0);
  });

  it('the complaint’s review clock: a warning before its end, a breach after it, told to the enterprise', async () => {
    const before = new Date(`${reviewDueOn}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    await travel(chinaTime(before.toISOString().slice(0, 10)));
    await runJobOk(arrears(), 'clue-clocks');
    await relay();
    const warned = (await inbox(OFFICE)).filter(
      (n) => n.kind === 'CLUE_CLOCK_WARNING' && n.link?.id === clueId,
    );
    expect(warned).toHaveLength(1);
    expect(warned[0]!.text).toContain(reviewDueOn);

    const after = new Date(`${reviewDueOn}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    await travel(chinaTime(after.toISOString().slice(0, 10)));
    await runJobOk(arrears(), 'clue-clocks');
    await runJobOk(arrears(), 'clue-clocks'); // twice: still one notice
    await relay();
    const mine = await inbox({ roles: ['ENTERPRISE'], org: enterprise.id, sub: 'test-ent-rf' });
    const breached = mine.filter((n) => n.kind === 'CLUE_CLOCK_BREACHED' && n.link?.id === clueId);
    expect(breached).toHaveLength(1);
    // The enterprise reads only its own: nothing addressed to the units.
    expect(mine.every((n) => ['CLUE_CLOCK_BREACHED'].includes(n.kind))).toBe(true);
    expect(
      (await inbox(OFFICE)).filter(
        (n) => n.kind === 'CLUE_CLOCK_BREACHED' && n.link?.id === clueId,
      ),
    ).toHaveLength(1);
    // Demo clues past their handling deadline have opened 督办 cases (OVERDUE_CLUE).
    const all = await ok(`{ cases(first: 500) { edges { node { trigger measure } } } }`);
    expect(
      all.cases.edges.some(
        (e: any) => e.node.trigger === 'OVERDUE_CLUE' && e.node.measure === 'SUPERVISION_NOTICE',
      ),
    ).toBe(true);
  });

  it(`before the 20th: reminders to exactly the units that have not reported for ${M}`, async () => {
    await travel(chinaTime(day(10)));
    const early = await runJobOk(arrears(), 'ledger-report-reminders');
    expect(early.summary).toContain('not yet');

    await travel(chinaTime(day(19)));
    await runJobOk(arrears(), 'ledger-report-reminders');
    await runJobOk(arrears(), 'ledger-report-reminders');
    await relay();
    const status = await ok(
      `query($p: String!) { regions { code ledgerReporting(period: $p) { missingUnits { id } } } }`,
      { p: M },
    );
    const missing = new Set<string>(
      status.regions.flatMap((r: any) => r.ledgerReporting.missingUnits.map((u: any) => u.id)),
    );
    // Each reminder is about one unit (its link) and reaches that unit and its group's aggregator.
    const { rows } = await notices.query<{ unit_id: string; about: string; n: string }>(
      `select unit_id, link_id as about, count(*) as n from notice
        where kind = 'LEDGER_REPORT_DUE' and text like $1 group by unit_id, link_id`,
      [`%${M} 月度台账%`],
    );
    const own = rows.filter((r) => r.unit_id === r.about);
    expect(new Set(own.map((r) => r.unit_id))).toEqual(missing);
    expect(rows.every((r) => r.n === '1')).toBe(true);
    const copies = rows.filter((r) => r.unit_id !== r.about);
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(missing.has(copy.about)).toBe(true);
    for (const id of reported) expect(missing.has(id)).toBe(false);
    expect(missing.has(agency.id)).toBe(true);
    // The bureau's own reminder once; as its sector group's aggregating unit it may read its
    // members' reminders too, each about a member that has not reported.
    const due = (await inbox(bureau)).filter((n) => n.kind === 'LEDGER_REPORT_DUE');
    expect(due.filter((n) => n.link?.id === agency.id)).toHaveLength(1);
    for (const n of due) expect(missing.has(n.link!.id)).toBe(true);
    const reporter: As = { roles: ['BUREAU'], org: reported[0], sub: 'test-bureau-reporter' };
    expect((await inbox(reporter)).filter((n) => n.kind === 'LEDGER_REPORT_DUE')).toHaveLength(0);
  });

  it(`on the 20th after noon: the region's office gets the list of the missing`, async () => {
    await travel(chinaTime(day(20), '13:00'));
    await runJobOk(arrears(), 'ledger-report-reminders');
    await relay();
    const list = (await inbox(OFFICE)).filter((n) => n.kind === 'LEDGER_REPORT_MISSING');
    expect(list).toHaveLength(1);
    expect(list[0]!.text).toContain(agency.name);
  });

  it(`on ${M}-21: the missed instalment is past the grace period — a PLAN_DEFAULT case, once`, async () => {
    await travel(chinaTime(day(21)));
    await runJobOk(arrears(), 'repayment-watch');
    await relay();
    await runJobOk(arrears(), 'repayment-watch');
    await relay();
    const defaults = (await casesOf(agency.id)).filter(
      (c) => c.trigger === 'PLAN_DEFAULT' && c.arrears.some((a: any) => a.id === arrearId),
    );
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({ status: 'OPEN', measure: 'SUPERVISION_NOTICE' });
    const told = await inbox(bureau);
    expect(told.filter((n) => n.kind === 'PLAN_DEFAULT' && n.link?.id === arrearId)).toHaveLength(
      1,
    );
    expect(
      told.filter((n) => n.kind === 'CASE_OPENED' && n.link?.id === defaults[0].id),
    ).toHaveLength(1);
  });

  it('a page of notices costs the same statements for 5 and for 50 notices', async () => {
    const stats = async () =>
      (
        (await (await fetch(new URL('/debug/stats', hub.subgraphUrls.notices))).json()) as {
          statements: number;
        }
      ).statements;
    const page = `query($n: Int) { myNotices(first: $n) { totalCount edges { node { kind text read link { type id } recipientUnit { id } } } } noticeCounts { kind unread } }`;
    const cost = async (n: number) => {
      const before = await stats();
      const result = await ok(page, { n }, ADMIN);
      const after = await stats();
      return { rows: result.myNotices.edges.length, statements: after - before };
    };
    const small = await cost(5);
    const large = await cost(50);
    expect(small.rows).toBe(5);
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.statements).toBe(small.statements);
  });

  it('counts per kind and read marks follow the inbox; another unit’s notice is out of reach', async () => {
    const before = await ok(`{ noticeCounts { kind total unread } }`, {}, bureau);
    const unread = (await ok(INBOX, { unread: true }, bureau)).myNotices.edges.map(
      (e: any) => e.node.id,
    );
    expect(unread.length).toBeGreaterThan(2);
    const marked = await ok(
      `mutation($ids: [ID!]!) { markNoticesRead(ids: $ids) { marked notices { read } } }`,
      { ids: unread.slice(0, 2) },
      bureau,
    );
    expect(marked.markNoticesRead.marked).toBe(2);
    const after = await ok(`{ noticeCounts { kind total unread } }`, {}, bureau);
    const sum = (c: any[], k: 'total' | 'unread') => c.reduce((n, x) => n + x[k], 0);
    expect(sum(after.noticeCounts, 'total')).toBe(sum(before.noticeCounts, 'total'));
    expect(sum(after.noticeCounts, 'unread')).toBe(sum(before.noticeCounts, 'unread') - 2);
    const other: As = { roles: ['ENTERPRISE'], org: enterprise.id, sub: 'test-ent-rf' };
    const refused = await hub.gql(
      `mutation($ids: [ID!]!) { markNoticesRead(ids: $ids) { marked } }`,
      { ids: [unread[2]] },
      other,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('nothing lost while the notices subgraph is down', () => {
  it('events raised meanwhile wait in the outbox and arrive once after it restarts', async () => {
    await travel(chinaTime(day(22)));
    // Three more plans with an instalment due within the reminder window.
    const plans: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await ok(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version } }`,
        {
          i: {
            debtorId: agency.id,
            creditorId: enterprise.id,
            contractNo: unique('HT-DOWN'),
            contractSignedOn: '2024-01-10',
            subject: 'GOODS',
            amountDue: '500.00',
            deliveredOn: '2024-02-01',
          },
        },
      );
      const v = await ok(
        `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { id version } }`,
        {
          i: {
            arrearId: r.registerArrear.id,
            expectedVersion: r.registerArrear.version,
            verifiedOn: '2024-06-01',
            evidence: '核对一致',
          },
        },
      );
      await ok(`mutation($i: AgreeRepaymentPlanInput!) { agreeRepaymentPlan(input: $i) { id } }`, {
        i: {
          arrearId: v.verifyArrear.id,
          expectedVersion: v.verifyArrear.version,
          signedOn: day(22),
          fundingSource: 'OWN_FUNDS',
          instalments: [{ dueOn: day(26), amount: '500.00' }],
        },
      });
      plans.push(v.verifyArrear.id);
    }

    await hub.signal('notices', 'SIGKILL');
    await hub.exited('notices');
    const run = await runJobOk(arrears(), 'repayment-watch');
    expect(run.counts?.due).toBe(3);
    const relayed = await runJob(arrears(), 'outbox-relay');
    expect(relayed.status).toBe('FAILED');
    expect(relayed.error).toMatch(/notices/);
    const failures = await ok(
      `{ arrearsJobRuns(kind: "outbox-relay", status: FAILED, first: 5) { totalCount edges { node { error } } } }`,
    );
    expect(failures.arrearsJobRuns.totalCount).toBeGreaterThan(0);

    await hub.start('notices');
    await runJobOk(arrears(), 'outbox-relay');
    await runJobOk(arrears(), 'outbox-relay');
    const due = (await inbox(bureau)).filter(
      (n) => n.kind === 'INSTALMENT_DUE' && plans.includes(n.link?.id ?? ''),
    );
    expect(due.map((n) => n.link!.id).sort()).toEqual([...plans].sort());
  });
});

describe('delivery beyond the hub', () => {
  const SUBSCRIBE = `mutation($i: SubscribeToNoticesInput!) { subscribeToNotices(input: $i) { secret subscription { id channel url email } } }`;
  const DELIVERIES = `query($s: NoticeDeliveryStatus) { noticeDeliveries(status: $s, first: 100) { edges { node { id status attempts lastStatus lastError subscription { id } notice { kind } } } } }`;
  const deliveriesOf = async (subscriptionId: string, status?: string) =>
    (await ok(DELIVERIES, { s: status ?? null }, bureau)).noticeDeliveries.edges
      .map((e: any) => e.node)
      .filter((d: any) => d.subscription.id === subscriptionId);

  const subscribe = async (path: string) =>
    (
      await ok(
        SUBSCRIBE,
        {
          i: {
            unitId: agency.id,
            channel: 'WEBHOOK',
            url: `${receiverUrl}${path}`,
            kinds: ['TEST'],
          },
        },
        bureau,
      )
    ).subscribeToNotices;

  it('a test notice reaches the webhook, signed with HMAC-SHA256 over the timestamp and body', async () => {
    const { secret, subscription } = await subscribe('/ok');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const sent = await ok(
      `mutation($s: ID!) { sendTestNotice(subscriptionId: $s) { id status } }`,
      { s: subscription.id },
      bureau,
    );
    const hook = await eventually(async () =>
      hooks.find((h) => h.path === '/ok' && h.headers['x-hub-delivery'] === sent.sendTestNotice.id),
    );
    const ts = String(hook.headers['x-hub-timestamp']);
    const expected = `sha256=${createHmac('sha256', secret).update(`${ts}.${hook.body}`).digest('hex')}`;
    expect(hook.headers['x-hub-signature']).toBe(expected);
    expect(JSON.parse(hook.body)).toMatchObject({
      kind: 'TEST',
      test: true,
      recipient: { unitId: agency.id },
    });
    await eventually(async () => {
      const [d] = await deliveriesOf(subscription.id);
      return d?.status === 'DELIVERED' ? d : undefined;
    });
    // Another unit's clerk cannot send through it.
    const other: As = { roles: ['BUREAU'], org: enterprise.id, sub: 'test-other' };
    const refused = await hub.gql(
      `mutation($s: ID!) { sendTestNotice(subscriptionId: $s) { id } }`,
      { s: subscription.id },
      other,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a failed POST is retried with backoff and then delivered', async () => {
    const { subscription } = await subscribe('/flaky');
    await ok(
      `mutation($s: ID!) { sendTestNotice(subscriptionId: $s) { id } }`,
      { s: subscription.id },
      bureau,
    );
    const delivered = await eventually(async () => {
      const [d] = await deliveriesOf(subscription.id);
      return d?.status === 'DELIVERED' ? d : undefined;
    }, 30_000);
    expect(delivered.attempts).toBe(2);
    expect(hooks.filter((h) => h.path === '/flaky')).toHaveLength(2);
  });

  it('a receiver that keeps failing ends in the dead-letter list, and can be sent again', async () => {
    const { subscription } = await subscribe('/down');
    await ok(
      `mutation($s: ID!) { sendTestNotice(subscriptionId: $s) { id } }`,
      { s: subscription.id },
      bureau,
    );
    const dead = await eventually(async () => {
      const [d] = await deliveriesOf(subscription.id, 'DEAD');
      return d;
    }, 45_000);
    // The first attempt and HUB_DELIVERY_RETRY_LIMIT=2 retries.
    expect(dead).toMatchObject({ attempts: 3, lastStatus: 500 });
    expect(dead.lastError).toContain('500');
    expect(hooks.filter((h) => h.path === '/down')).toHaveLength(3);
    const again = await ok(
      `mutation($d: ID!) { redeliverNotice(deliveryId: $d) { status } }`,
      { d: dead.id },
      bureau,
    );
    expect(again.redeliverNotice.status).toBe('PENDING');
    await eventually(async () =>
      hooks.filter((h) => h.path === '/down').length > 3 ? true : undefined,
    );
  });

  it('e-mail through SMTP reaches the local sink', async () => {
    const { subscription, secret } = (
      await ok(
        SUBSCRIBE,
        {
          // The unit named by its name, as a clerk writes it (issue 18).
          i: {
            unit: { name: agency.name },
            channel: 'EMAIL',
            email: 'qqb@example.gov.cn',
            kinds: ['TEST'],
          },
        },
        bureau,
      )
    ).subscribeToNotices;
    expect(secret).toBeNull();
    await ok(
      `mutation($s: ID!) { sendTestNotice(subscriptionId: $s) { id } }`,
      { s: subscription.id },
      bureau,
    );
    const mail = await eventually(async () => mails.find((m) => m.to === 'qqb@example.gov.cn'));
    expect(mail.subject).toMatch(/=\?UTF-8\?|测试通知/);
    expect(mail.text).toMatch(/X-Hub-Delivery/i);
  });

  it('a subscription is refused with a field-coded message when its URL is not http(s)', async () => {
    const result = await hub.gql(
      SUBSCRIBE,
      { i: { unitId: agency.id, channel: 'WEBHOOK', url: 'ftp://example.gov.cn/x' } },
      bureau,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.url',
    });
  });
});

describe('the year’s dates: disclosures and the office calendar', () => {
  // The year after the month above: January's drafts, March's reminders, April's list.
  const Y = Number(M.slice(0, 4)) + 1;

  it(`drafts ${Y - 1}'s disclosures in January, reminds before 31 March, lists the missing in April`, async () => {
    await travel(chinaTime(`${Y}-01-05`, '08:30'));
    const drafted = await runJobOk(supervision(), 'disclosure-calendar');
    expect(drafted.counts?.drafts).toBeGreaterThan(0);
    await relay();
    const mine = await inbox(bureau);
    expect(mine.filter((n) => n.kind === 'DISCLOSURE_DRAFTED')).toHaveLength(1);
    expect(mine.find((n) => n.kind === 'DISCLOSURE_DRAFTED')!.text).toContain(`${Y - 1} 年度`);

    await travel(chinaTime(`${Y}-03-24`, '08:30'));
    const reminded = await runJobOk(supervision(), 'disclosure-calendar');
    expect(reminded.counts?.reminded).toBeGreaterThan(0);
    await relay();
    const due = (await inbox(bureau)).filter((n) => n.kind === 'DISCLOSURE_DUE');
    expect(due).toHaveLength(1);
    expect(due[0]!.text).toContain('还剩 7 天');

    await travel(chinaTime(`${Y}-04-02`, '08:30'));
    await runJobOk(supervision(), 'disclosure-calendar');
    await runJobOk(supervision(), 'disclosure-calendar');
    await relay();
    const missing = (await inbox(OFFICE)).filter((n) => n.kind === 'DISCLOSURE_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.text).toContain(agency.name);
  });

  it('from 1 December, next year’s missing office calendar is a notice to ADMIN and the offices', async () => {
    await travel(chinaTime(`${Y}-11-30`));
    expect((await runJobOk(arrears(), 'calendar-check')).summary).toContain('there');
    await travel(chinaTime(`${Y}-12-01`));
    await runJobOk(arrears(), 'calendar-check');
    await relay();
    const admin = await inbox(ADMIN);
    expect(
      admin.filter((n) => n.kind === 'CALENDAR_MISSING' && n.text.startsWith(`${Y + 1} 年`)),
    ).toHaveLength(
      // ADMIN reads its own notice and every office's copy.
      admin.filter((n) => n.kind === 'CALENDAR_MISSING').length,
    );
    expect(admin.some((n) => n.kind === 'CALENDAR_MISSING')).toBe(true);
    expect((await inbox(OFFICE)).filter((n) => n.kind === 'CALENDAR_MISSING')).toHaveLength(1);
  });
});
