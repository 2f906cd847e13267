// The region and unit figures, before and after the rollups (issue 19): every figure a region or a
// unit shows — ledger totals, subjects, zeroing, ageing, payments by month, clue closure and clocks,
// new debts after zeroing, the units owing, overdue debtors without a plan, the monthly reporting
// status, funds, funding warnings and supervision — equals what an independent computation over
// the raw rows of every database gives, for several viewers (unbound and region-bound leading
// groups, an inspector bound to a township, a bureau, an enterprise), after a mix of ledger changes
// and a unit moving to another region. The computation below follows what the hub answered before
// the rollups (each figure summed from the ledger lines of the region's units, the units listed by
// the organisations subgraph); this file was run against that code first.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatChinaDateTime,
  ratio,
  REPORTING_KINDS,
  todayInChina,
} from '@arrears-hub/subgraph-kit';
import { ADMIN, data, type As } from './harness/client.ts';
import {
  loadRegistry,
  Oracle,
  ownershipOf,
  query,
  reachOf,
  type Reach,
  type Registry,
  type Row,
} from './harness/access-oracle.ts';
import { refreshDirectories, registerRegion, unique } from './harness/fixtures.ts';

// ---- money in fen, exactly --------------------------------------------------------------------
const fen = (s: unknown): bigint => {
  if (s === null || s === undefined) return 0n;
  const [whole, frac = ''] = String(s).split('.');
  const negative = whole!.startsWith('-');
  const value = BigInt(whole!.replace('-', '')) * 100n + BigInt((frac + '00').slice(0, 2));
  return negative ? -value : value;
};
const yuan = (f: bigint): string => {
  const negative = f < 0n;
  const abs = negative ? -f : f;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
const sum = <T>(rows: T[], f: (r: T) => bigint) => rows.reduce((n, r) => n + f(r), 0n);
const rate4 = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 10000 : null);
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const BUCKETS = [
  'NOT_DUE',
  'UP_TO_30_DAYS',
  'DAYS_31_TO_90',
  'DAYS_91_TO_180',
  'DAYS_181_TO_365',
  'OVER_1_YEAR',
  'OVER_3_YEARS',
] as const;
function bucketOf(d: number): string {
  if (d <= 0) return 'NOT_DUE';
  if (d <= 30) return 'UP_TO_30_DAYS';
  if (d <= 90) return 'DAYS_31_TO_90';
  if (d <= 180) return 'DAYS_91_TO_180';
  if (d <= 365) return 'DAYS_181_TO_365';
  if (d <= 1095) return 'OVER_1_YEAR';
  return 'OVER_3_YEARS';
}

const FROM = '2025-12';
const TO = '2026-11';
const SUMMARY = `count amountDue paid outstanding disputedOutstanding undisputedOutstanding migrantWagesOutstanding
  clearanceRate inJudicialProcessCount bySubject { subject count outstanding } zeroing { units zeroed rate }
  byAgeBucket { bucket count outstanding } overdueOutstanding clearedByMonth(from: "${FROM}", to: "${TO}") { month payments paid }
  clueClosure { accepted closed rate } clueClocks { onTime dueSoon overdue } newAfterZeroing { count amountDue }`;
const PERFORMANCE = `payments paidAmount averageDays medianDays within30 within30Value days31To60 days31To60Value
  over60 over60Value paidLate paidLateValue inDispute`;
const HALVES = { h1: '2026-H1', h2: '2025-H2' } as const;
const REGION_PERFORMANCE = Object.entries(HALVES)
  .map(([alias, half]) => `${alias}: paymentPerformance(half: "${half}") { ${PERFORMANCE} }`)
  .join(' ');
const REGION_FIELDS = `code arrearsSummary { ${SUMMARY} } unitOutstanding { unitId outstanding }
  overdueUnplannedDebtors { id } funds { fiscalYear appropriated disbursed available availableForClearance }
  fundingWarningCount fundingWarnings(first: 500) { unit { id } outstanding availableForClearance gap warning }
  supervision { openCases overdueCases listedUnits openRectifications lastInspectionOn }
  ${REGION_PERFORMANCE}`;
const REPORTING = `ledgerReporting(period: $period) { period dueAt expected onTime late missing missingUnits { id } lateUnits { id } pausedUnits { id } }`;

// ---- the rows of every database ---------------------------------------------------------------
interface World {
  registry: Registry;
  kinds: Map<string, string>;
  arrears: Oracle;
  finance: Oracle;
  supervision: Oracle;
  debts: Row[];
  payments: Row[];
  periods: Row[];
  clues: Row[];
  reports: Row[];
  budget: Row[];
  cases: Row[];
  penalties: Row[];
  rectifications: Row[];
  inspections: Row[];
}

async function loadWorld(): Promise<World> {
  const registry = await loadRegistry();
  const kinds = new Map(
    (
      await query<{ id: string; kind: string }>(
        'organisations',
        'select id, kind from organisation',
      )
    ).map((u) => [u.id, u.kind]),
  );
  const debts = await query<Row>(
    'arrears',
    `select a.*, a.amount_due::text as due, a.paid::text as paid_text, a.disputed_amount::text as disputed_text,
            a.migrant_wages_amount::text as wages, a.migrant_wages_paid::text as wages_paid,
            a.statutory_due_on::text as due_on, a.payment_term_starts_on::text as term_text
       from arrear a`,
  );
  const payments = await query<Row>(
    'arrears',
    `select p.id, p.arrear_id, p.amount::text as amount, to_char(p.paid_on, 'YYYY-MM') as month,
            p.paid_on::text as paid_on_text from payment p`,
  );
  const periods = await query<Row>(
    'arrears',
    `select d.arrear_id::text as arrear_id, d.kind, d.started_on::text as started, d.ended_on::text as ended
       from arrear_period d`,
  );
  const clues = await query<Row>(
    'arrears',
    `select c.*, c.review_due_on::text as review_due, c.handling_due_on::text as handling_due from clue c`,
  );
  // For each report: the debts of its unit registered after it (a zeroing notice is broken by them).
  const reports = await query<Row>(
    'arrears',
    `select r.*, array(select a.id::text from arrear a where a.debtor_id = r.unit_id and a.registered_at > r.submitted_at) as later
       from ledger_report r`,
  );
  const budget = await query<Row>(
    'finance',
    `select b.*, (b.appropriated + b.adjustments)::text as approp, b.disbursed::text as disb, b.available::text as avail from budget_line b`,
  );
  const cases = await query<Row>(
    'supervision',
    `select c.*, c.deadline::text as deadline_text from supervision_case c`,
  );
  const penalties = await query<Row>('supervision', 'select * from penalty');
  const rectifications = await query<Row>('supervision', 'select * from rectification');
  const inspections = await query<Row>(
    'supervision',
    `select i.*, i.inspected_on::text as on_text from inspection i`,
  );
  const oracle = async (name: string, rows: Record<string, Row[]>) =>
    new Oracle(await ownershipOf(name), new Map(Object.entries(rows)));
  return {
    registry,
    kinds,
    arrears: await oracle('arrears', { Arrear: debts, Clue: clues, LedgerReport: reports }),
    finance: await oracle('finance', { BudgetLine: budget }),
    supervision: await oracle('supervision', {
      SupervisionCase: cases,
      Penalty: penalties,
      Rectification: rectifications,
      Inspection: inspections,
    }),
    debts,
    payments,
    periods,
    clues,
    reports,
    budget,
    cases,
    penalties,
    rectifications,
    inspections,
  };
}

// ---- the figures, as the hub computed them from the ledger lines --------------------------------
const counted = (a: Row) =>
  !a.in_judicial_process && !['IN_COURT', 'WITHDRAWN'].includes(String(a.status));
const outstandingOf = (a: Row) => fen(a.due) - fen(a.paid_text);

/** The units of a region and the regions below it, in id order (as organisations listed them). */
function unitsIn(w: World, code: string): string[] {
  return [...w.registry.units.values()]
    .filter((u) => u.regionPath.includes(`/${code}/`))
    .map((u) => u.id)
    .sort();
}

function summaryOf(
  w: World,
  reach: Reach,
  units: readonly string[],
  column: 'debtor_id' | 'creditor_id',
) {
  const inScope = new Set(units);
  const today = todayInChina();
  const visible = w.debts.filter(
    (a) => inScope.has(String(a[column])) && w.arrears.canRead('Arrear', a, reach),
  );
  const c = visible.filter(counted);
  const amountDue = sum(c, (a) => fen(a.due));
  const paid = sum(c, (a) => fen(a.paid_text));
  const subjects = [...new Set(c.map((a) => String(a.subject)))].sort();
  const perDebtor = new Map<string, bigint>();
  for (const a of c)
    perDebtor.set(
      String(a.debtor_id),
      (perDebtor.get(String(a.debtor_id)) ?? 0n) + outstandingOf(a),
    );
  const zeroed = [...perDebtor.values()].filter((v) => v === 0n).length;
  const owing = c.filter((a) => outstandingOf(a) > 0n);
  const buckets = BUCKETS.map((bucket) => {
    const rows = owing.filter(
      (a) => bucketOf(a.due_on ? days(String(a.due_on), today) : 0) === bucket,
    );
    return { bucket, count: rows.length, outstanding: yuan(sum(rows, outstandingOf)) };
  });
  const countedIds = new Set(c.map((a) => String(a.id)));
  const months: string[] = [];
  for (let m = FROM; m <= TO;) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y! + 1}-01` : `${y}-${String(mm! + 1).padStart(2, '0')}`;
  }
  const paidIn = (month: string) =>
    w.payments.filter((p) => countedIds.has(String(p.arrear_id)) && p.month === month);
  const party = column === 'debtor_id' ? 'respondent_id' : 'complainant_id';
  const clues = w.clues.filter(
    (x) => inScope.has(String(x[party])) && w.arrears.canRead('Clue', x, reach),
  );
  const accepted = clues.filter((x) => !['RECEIVED', 'REJECTED'].includes(String(x.status)));
  const closed = clues.filter((x) => x.status === 'CLOSED');
  const left = clues
    .map((x) => {
      const due = ['RECEIVED', 'ACCEPTED'].includes(String(x.status))
        ? x.review_due
        : ['ASSIGNED', 'VERIFIED'].includes(String(x.status))
          ? x.handling_due
          : null;
      return due ? days(today, String(due)) : null;
    })
    .filter((d): d is number => d !== null);
  // 边清边欠: debts registered after the debtor's latest zeroing notice (all notices count).
  const latestZeroing = new Map<string, Row>();
  for (const r of w.reports.filter((r) => r.kind === 'ZEROING')) {
    const prev = latestZeroing.get(String(r.unit_id));
    if (!prev || (r.submitted_at as Date) > (prev.submitted_at as Date))
      latestZeroing.set(String(r.unit_id), r);
  }
  const after = c.filter((a) =>
    ((latestZeroing.get(String(a.debtor_id))?.later as string[]) ?? []).includes(String(a.id)),
  );
  return {
    count: c.length,
    amountDue: yuan(amountDue),
    paid: yuan(paid),
    outstanding: yuan(amountDue - paid),
    disputedOutstanding: yuan(
      sum(
        c.filter((a) => a.disputed),
        outstandingOf,
      ),
    ),
    undisputedOutstanding: yuan(
      sum(c, (a) => {
        const v = outstandingOf(a) - fen(a.disputed_text);
        return v > 0n ? v : 0n;
      }),
    ),
    migrantWagesOutstanding: yuan(sum(c, (a) => fen(a.wages) - fen(a.wages_paid))),
    clearanceRate: ratio(yuan(paid), yuan(amountDue)),
    inJudicialProcessCount: visible.filter((a) => a.in_judicial_process).length,
    bySubject: subjects.map((subject) => {
      const rows = c.filter((a) => a.subject === subject);
      return { subject, count: rows.length, outstanding: yuan(sum(rows, outstandingOf)) };
    }),
    zeroing: { units: perDebtor.size, zeroed, rate: rate4(zeroed, perDebtor.size) },
    byAgeBucket: buckets,
    overdueOutstanding: yuan(
      sum(
        owing.filter((a) => bucketOf(a.due_on ? days(String(a.due_on), today) : 0) !== 'NOT_DUE'),
        outstandingOf,
      ),
    ),
    clearedByMonth: months.map((month) => ({
      month,
      payments: paidIn(month).length,
      paid: yuan(sum(paidIn(month), (p) => fen(p.amount))),
    })),
    clueClosure: {
      accepted: accepted.length,
      closed: closed.length,
      rate: rate4(closed.length, accepted.length),
    },
    clueClocks: {
      onTime: left.filter((d) => d > 3).length,
      dueSoon: left.filter((d) => d >= 0 && d <= 3).length,
      overdue: left.filter((d) => d < 0).length,
    },
    newAfterZeroing: { count: after.length, amountDue: yuan(sum(after, (a) => fen(a.due))) },
  };
}

const currentYear = () => Number(todayInChina().slice(0, 4));

function fundsOf(w: World, reach: Reach, units: readonly string[]) {
  const inScope = new Set(units);
  const lines = w.budget.filter(
    (b) =>
      inScope.has(String(b.unit_id)) &&
      Number(b.fiscal_year) === currentYear() &&
      w.finance.canRead('BudgetLine', b, reach),
  );
  return {
    fiscalYear: currentYear(),
    appropriated: yuan(sum(lines, (b) => fen(b.approp))),
    disbursed: yuan(sum(lines, (b) => fen(b.disb))),
    available: yuan(sum(lines, (b) => fen(b.avail))),
    availableForClearance: yuan(
      sum(
        lines.filter((b) => b.purpose === 'CLEARANCE_FUND'),
        (b) => fen(b.avail),
      ),
    ),
  };
}

/** Payment performance of a half (docs/domain/payment-statistics.md) over the payments of the
 * visible, not withdrawn lines of `units` whose payment term has a start; the overdue figures are
 * not at stake here. */
function performanceOf(w: World, reach: Reach, units: readonly string[], half: string) {
  const [year, h] = half.split('-H');
  const [from, to] =
    h === '1' ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
  const inScope = new Set(units);
  const lines = new Map(
    w.debts
      .filter(
        (a) =>
          inScope.has(String(a.debtor_id)) &&
          a.status !== 'WITHDRAWN' &&
          a.term_text &&
          w.arrears.canRead('Arrear', a, reach),
      )
      .map((a) => [String(a.id), a]),
  );
  const rows = w.payments
    .filter(
      (p) =>
        lines.has(String(p.arrear_id)) &&
        String(p.paid_on_text) >= from &&
        String(p.paid_on_text) <= to,
    )
    .map((p) => {
      const a = lines.get(String(p.arrear_id))!;
      const paidOn = String(p.paid_on_text);
      const start = String(a.term_text);
      const disputes = w.periods.filter((d) => d.arrear_id === a.id && d.kind === 'DISPUTE');
      return {
        fen: fen(p.amount),
        days: Math.max(0, days(start, paidOn)),
        late: !!a.due_on && paidOn > String(a.due_on),
        disputed: disputes.length
          ? disputes.some(
              (d) => String(d.started) <= paidOn && (d.ended === null || String(d.ended) > start),
            )
          : !!a.disputed,
      };
    });
  const n = rows.length;
  const total = sum(rows, (r) => r.fen);
  const byValue = (part: bigint) =>
    n && total ? Number((part * 20000n + total) / (2n * total)) / 10000 : null;
  const band = (f: (d: number) => boolean) => rows.filter((r) => f(r.days));
  const sorted = rows.map((r) => r.days).sort((a, b) => a - b);
  const totalDays = sorted.reduce((x, d) => x + d, 0);
  const within30 = band((d) => d <= 30);
  const days31To60 = band((d) => d > 30 && d <= 60);
  const over60 = band((d) => d > 60);
  const late = rows.filter((r) => r.late);
  return {
    payments: n,
    paidAmount: yuan(total),
    averageDays: n ? Math.floor((20 * totalDays + n) / (2 * n)) / 10 : null,
    medianDays: n
      ? n % 2
        ? sorted[(n - 1) / 2]!
        : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
      : null,
    within30: rate4(within30.length, n),
    within30Value: byValue(sum(within30, (r) => r.fen)),
    days31To60: rate4(days31To60.length, n),
    days31To60Value: byValue(sum(days31To60, (r) => r.fen)),
    over60: rate4(over60.length, n),
    over60Value: byValue(sum(over60, (r) => r.fen)),
    paidLate: rate4(late.length, n),
    paidLateValue: byValue(sum(late, (r) => r.fen)),
    inDispute: rate4(rows.filter((r) => r.disputed).length, n),
  };
}

/** Region.fundingWarnings (all of them: the test regions hold fewer than 500) and their count. */
function warningsOf(w: World, reach: Reach, owing: { unitId: string; outstanding: string }[]) {
  const warnings = owing
    .map((u) => {
      const available = fundsOf(w, reach, [u.unitId]).availableForClearance;
      const gap = fen(u.outstanding) - fen(available);
      return {
        unit: { id: u.unitId },
        outstanding: u.outstanding,
        availableForClearance: available,
        gap: gap > 0n ? yuan(gap) : '0.00',
        warning: gap > 0n,
      };
    })
    .filter((g) => g.warning)
    .sort((a, b) => (fen(b.gap) > fen(a.gap) ? 1 : fen(b.gap) < fen(a.gap) ? -1 : 0));
  return { fundingWarningCount: warnings.length, fundingWarnings: warnings };
}

function regionOf(w: World, reach: Reach, code: string) {
  const units = unitsIn(w, code);
  const today = todayInChina();
  const owing = units
    .map((id) => ({ unitId: id, outstanding: summaryOf(w, reach, [id], 'debtor_id').outstanding }))
    .filter((u) => u.outstanding !== '0.00');
  const late = new Set(
    w.debts
      .filter(
        (a) =>
          a.due_on &&
          String(a.due_on) < today &&
          outstandingOf(a) > 0n &&
          !a.has_repayment_plan &&
          a.status !== 'CLEARED' &&
          counted(a) &&
          w.arrears.canRead('Arrear', a, reach),
      )
      .map((a) => String(a.debtor_id)),
  );
  const inScope = new Set(units);
  const sv = <T extends Row>(entity: string, rows: T[], column: string) =>
    rows.filter((r) => inScope.has(String(r[column])) && w.supervision.canRead(entity, r, reach));
  const openCases = sv('SupervisionCase', w.cases, 'target_unit_id').filter(
    (c) => c.status === 'OPEN',
  );
  const inspected = sv('Inspection', w.inspections, 'unit_id')
    .map((i) => String(i.on_text))
    .sort();
  return {
    code,
    arrearsSummary: summaryOf(w, reach, units, 'debtor_id'),
    unitOutstanding: owing,
    overdueUnplannedDebtors: units.filter((id) => late.has(id)).map((id) => ({ id })),
    funds: fundsOf(w, reach, units),
    ...warningsOf(w, reach, owing),
    supervision: {
      openCases: openCases.length,
      overdueCases: openCases.filter((c) => String(c.deadline_text) < today).length,
      listedUnits: new Set(
        sv('Penalty', w.penalties, 'unit_id')
          .filter((p) => p.status === 'LISTED')
          .map((p) => String(p.unit_id)),
      ).size,
      openRectifications: sv('Rectification', w.rectifications, 'unit_id').filter(
        (r) => r.status === 'OPEN',
      ).length,
      lastInspectionOn: inspected.at(-1) ?? null,
    },
    h1: performanceOf(w, reach, units, HALVES.h1),
    h2: performanceOf(w, reach, units, HALVES.h2),
  };
}

/** Region.ledgerReporting: `dueAt` is taken from the answer (the deadline rule is not at stake). */
function reportingOf(w: World, reach: Reach, code: string, period: string, dueAt: Date) {
  const ledgerUnits = unitsIn(w, code).filter((id) => reach.all || reach.units.has(id));
  const reporting = ledgerUnits.filter((id) => REPORTING_KINDS.has(w.kinds.get(id) ?? ''));
  const visibleReports = w.reports.filter((r) => w.arrears.canRead('LedgerReport', r, reach));
  const firstAt = new Map<string, Date>();
  for (const r of visibleReports.filter((r) => r.period === period)) {
    const at = r.submitted_at as Date;
    const prev = firstAt.get(String(r.unit_id));
    if (!prev || at < prev) firstAt.set(String(r.unit_id), at);
  }
  const paused = new Set<string>();
  for (const id of reporting) {
    const earlier = visibleReports
      .filter((r) => String(r.unit_id) === id && String(r.period) < period)
      .sort((a, b) =>
        a.period === b.period
          ? Number(b.revision) - Number(a.revision)
          : String(b.period).localeCompare(String(a.period)),
      );
    const last = earlier[0];
    if (
      last?.kind === 'ZEROING' &&
      !(last.later as string[]).some((debt) =>
        w.debts.some((a) => String(a.id) === debt && w.arrears.canRead('Arrear', a, reach)),
      )
    )
      paused.add(id);
  }
  const active = reporting.filter((id) => !paused.has(id) || firstAt.has(id));
  const missing = active.filter((id) => !firstAt.has(id));
  const late = active.filter((id) => firstAt.has(id) && firstAt.get(id)! > dueAt);
  return {
    period,
    dueAt: formatChinaDateTime(dueAt),
    expected: active.length,
    onTime: active.length - missing.length - late.length,
    late: late.length,
    missing: missing.length,
    missingUnits: missing.map((id) => ({ id })),
    lateUnits: late.map((id) => ({ id })),
    pausedUnits: reporting.filter((id) => paused.has(id) && !firstAt.has(id)).map((id) => ({ id })),
  };
}

// ---- the ledger changes the figures are checked after -------------------------------------------
// A county of its own (under 鄂尔多斯市), so that the demo county's regions stay as other files expect.
const COUNTY = '150697';
const TOWN_A = '150697001';
const TOWN_B = '150697002';
let parties: { townA: string; townB: string; moved: string; creditor: string; creditorB: string };

async function unit(name: string, kind: string, regionCode: string, supervisorId?: string) {
  const result = await data<any>(
    `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id version } }`,
    { i: { name, kind, regionCode, supervisorId } },
    ADMIN,
  );
  return result.registerOrganisation as { id: string; version: number };
}

async function debt(debtorId: string, creditorId: string, fields: Record<string, unknown>) {
  const result = await data<any>(
    `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version } }`,
    {
      i: {
        debtorId,
        creditorId,
        contractNo: unique('ROLLUP'),
        contractSignedOn: '2025-03-01',
        subject: 'GOODS',
        amountDue: '10000.00',
        ...fields,
      },
    },
    ADMIN,
  );
  return result.registerArrear as { id: string; version: number };
}

const step = (mutation: string, input: Record<string, unknown>) =>
  data<any>(
    `mutation($i: ${mutation}) { ${input.__field}(input: $i) { version } }`,
    {
      i: Object.fromEntries(Object.entries(input).filter(([k]) => k !== '__field')),
    },
    ADMIN,
  );

beforeAll(async () => {
  await registerRegion(COUNTY, '汇总测试旗', 'BANNER', '150600');
  await registerRegion(TOWN_A, '汇总测试甲镇', 'TOWN', COUNTY);
  await registerRegion(TOWN_B, '汇总测试乙镇', 'TOWN', COUNTY);
  const creditors = await data<any>(
    `{ organisations(first: 2, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`,
  );
  const townA = await unit('汇总测试甲镇人民政府', 'TOWN_GOVERNMENT', TOWN_A);
  const school = await unit('汇总测试甲镇中心学校', 'PUBLIC_INSTITUTION', TOWN_A, townA.id);
  const townB = await unit('汇总测试乙镇人民政府', 'TOWN_GOVERNMENT', TOWN_B);
  const creditor = creditors.organisations.edges[0].node.id;
  const creditorB = creditors.organisations.edges[1].node.id;
  parties = { townA: townA.id, townB: townB.id, moved: school.id, creditor, creditorB };

  // Paid in part (wages first), with a due date from delivery.
  const d1 = await debt(townA.id, creditor, {
    deliveredOn: '2025-04-01',
    migrantWagesAmount: '3000.00',
    subject: 'WORKS',
  });
  await data(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
    {
      i: {
        arrearId: d1.id,
        amount: '4000.00',
        paidOn: '2026-03-15',
        method: 'TRANSFER',
        idempotencyKey: unique('pay'),
      },
    },
    ADMIN,
  );
  // Disputed in part.
  const d2 = await debt(townA.id, creditorB, { deliveredOn: '2026-10-20', subject: 'SERVICES' });
  await step('MarkDisputedInput!', {
    __field: 'markDisputed',
    arrearId: d2.id,
    expectedVersion: d2.version,
    disputedAmount: '2500.00',
    reason: '验收数量有分歧',
  });
  // Sent to court (left out of the totals), after a payment that then leaves the monthly figures.
  const d3 = await debt(townA.id, creditor, { deliveredOn: '2024-01-10', amountDue: '7777.77' });
  await data(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
    {
      i: {
        arrearId: d3.id,
        amount: '777.77',
        paidOn: '2026-02-01',
        method: 'TRANSFER',
        idempotencyKey: unique('pay'),
      },
    },
    ADMIN,
  );
  const d3now = await data<any>(`query($id: ID!) { arrear(id: $id) { version } }`, { id: d3.id });
  await step('TransferToJudicialInput!', {
    __field: 'transferToJudicial',
    arrearId: d3.id,
    expectedVersion: d3now.arrear.version,
    reference: '（2026）蒙0621民初1号',
  });
  // Withdrawn.
  const d4 = await debt(townA.id, creditorB, { amountDue: '1234.56' });
  await step('WithdrawArrearInput!', {
    __field: 'withdrawArrear',
    arrearId: d4.id,
    expectedVersion: d4.version,
    reason: '重复登记',
  });
  // A repayment plan, long overdue otherwise.
  const d5 = await debt(school.id, creditor, { deliveredOn: '2022-05-01', amountDue: '900.00' });
  const d5v = await data<any>(
    `mutation($i: VerifyArrearInput!) { verifyArrear(input: $i) { version } }`,
    {
      i: {
        arrearId: d5.id,
        expectedVersion: d5.version,
        verifiedOn: '2026-05-01',
        evidence: '合同及验收单',
      },
    },
    ADMIN,
  );
  await data(
    `mutation($i: AgreeRepaymentPlanInput!) { agreeRepaymentPlan(input: $i) { id } }`,
    {
      i: {
        arrearId: d5.id,
        expectedVersion: d5v.verifyArrear.version,
        signedOn: '2026-06-01',
        fundingSource: 'FISCAL_FUNDS',
        instalments: [
          { dueOn: '2026-07-01', amount: '400.00' },
          { dueOn: '2027-01-01', amount: '500.00' },
        ],
      },
    },
    ADMIN,
  );
  // A payment of the school's before it moves: its half's payment figures move with it.
  await data(
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
    {
      i: {
        arrearId: d5.id,
        amount: '100.00',
        paidOn: '2026-05-20',
        method: 'TRANSFER',
        idempotencyKey: unique('pay'),
      },
    },
    ADMIN,
  );
  // Paid in full at registration; and one without a due date, overdue without a plan.
  await debt(school.id, creditorB, { amountDue: '500.00', paidSoFar: '500.00' });
  await debt(school.id, creditor, { deliveredOn: '2023-02-01', amountDue: '321.00' });
  await debt(townB.id, creditor, { amountDue: '42.00', subject: 'WORKS' });
  // The school moves to the other township, with its debts.
  await data(
    `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { regionCode: "${TOWN_B}" }) { id } }`,
    { id: school.id, v: school.version },
    ADMIN,
  );
  // Every subgraph's copy of the registry sees the move (at once where the hub offers a refresh).
  if (!(await refreshDirectories())) await new Promise((r) => setTimeout(r, 31_000));
}, 180_000);

// ---- the comparison -----------------------------------------------------------------------------
interface ViewerCase {
  label: string;
  as: () => As;
}

const VIEWERS: ViewerCase[] = [
  { label: 'leading group', as: () => ({ roles: ['LEADING_GROUP'], sub: 'rollup-lg' }) },
  {
    label: 'leading group bound to 150621',
    as: () => ({ roles: ['LEADING_GROUP'], region: '150621', sub: 'rollup-lg-150621' }),
  },
  {
    label: 'inspector bound to a township',
    as: () => ({ roles: ['INSPECTOR'], region: TOWN_A, sub: 'rollup-inspector' }),
  },
  {
    label: 'bureau of a township government',
    as: () => ({ roles: ['BUREAU'], org: parties.townA, sub: 'rollup-bureau' }),
  },
  {
    label: 'enterprise (a creditor)',
    as: () => ({ roles: ['ENTERPRISE'], org: parties.creditor, sub: 'rollup-enterprise' }),
  },
];

const REGIONS = [
  '150000',
  '150600',
  '150621',
  COUNTY,
  TOWN_A,
  TOWN_B,
  '150621101',
  '140000',
  '410422',
];

describe('region and unit figures equal the ledger lines they sum (before and after the rollups)', () => {
  for (const viewer of VIEWERS) {
    it(`as the ${viewer.label}`, async () => {
      const w = await loadWorld();
      const as = viewer.as();
      const reach = reachOf(
        {
          id: as.sub ?? 'x',
          roles: as.roles,
          organisationId: as.org,
          regionCode: as.region,
        },
        w.registry,
      );
      for (const code of REGIONS) {
        const answer = await data<any>(
          `query($c: ID!) { region(code: $c) { ${REGION_FIELDS} } }`,
          { c: code },
          as,
        );
        expect(answer.region, `region ${code}`).toEqual(regionOf(w, reach, code));
      }
      // The regions below 150621, in one request (one statement per figure for all of them).
      const children = await data<any>(
        `{ regions(parentCode: "150621") { ${REGION_FIELDS} } }`,
        {},
        as,
      );
      expect(children.regions.length).toBeGreaterThan(10);
      for (const region of children.regions)
        expect(region, `child region ${region.code}`).toEqual(regionOf(w, reach, region.code));

      for (const period of ['2026-10', '2025-12']) {
        const answer = await data<any>(
          `query($c: ID!, $period: String!) { region(code: $c) { ${REPORTING} } }`,
          { c: '150621', period },
          as,
        );
        const status = answer.region.ledgerReporting;
        expect(status, `ledgerReporting ${period}`).toEqual(
          reportingOf(w, reach, '150621', period, new Date(status.dueAt)),
        );
      }

      // Units as debtors and as creditors: the test townships, the moved unit, demo units.
      const demo = await data<any>(
        `{ organisations(first: 40, filter: { regionCode: "150621" }) { edges { node { id } } } }`,
      );
      const ids = [
        parties.townA,
        parties.townB,
        parties.moved,
        parties.creditor,
        parties.creditorB,
        ...demo.organisations.edges.map((e: any) => e.node.id),
      ];
      const units = await data<any>(
        `query($ids: [ID!]) { organisations(first: 100, filter: { ids: $ids }) { edges { node { id
          arrearsOutstanding debtor: arrearsSummary { ${SUMMARY} } creditor: arrearsSummary(as: CREDITOR) { ${SUMMARY} } } } } }`,
        { ids },
        as,
      );
      expect(units.organisations.edges.length).toBe(new Set(ids).size);
      for (const { node } of units.organisations.edges) {
        const asDebtor = summaryOf(w, reach, [node.id], 'debtor_id');
        expect(node.debtor, `unit ${node.id} as debtor`).toEqual(asDebtor);
        expect(node.arrearsOutstanding).toBe(asDebtor.outstanding);
        expect(node.creditor, `unit ${node.id} as creditor`).toEqual(
          summaryOf(w, reach, [node.id], 'creditor_id'),
        );
      }
    });
  }

  it('the test data reaches every kind of figure (so the comparison above compares something)', async () => {
    const w = await loadWorld();
    const lg = reachOf({ id: 'x', roles: ['LEADING_GROUP'] }, w.registry);
    const town = regionOf(w, lg, TOWN_A);
    expect(town.arrearsSummary.count).toBe(2); // the court case and the withdrawn debt left out
    expect(town.arrearsSummary.inJudicialProcessCount).toBe(1);
    expect(town.arrearsSummary.disputedOutstanding).toBe('10000.00');
    expect(town.arrearsSummary.undisputedOutstanding).toBe('13500.00');
    expect(town.arrearsSummary.migrantWagesOutstanding).toBe('0.00');
    expect(town.arrearsSummary.clearedByMonth.find((m) => m.month === '2026-03')).toEqual({
      month: '2026-03',
      payments: 1,
      paid: '4000.00',
    });
    // The court case's payment in February is left out with it.
    expect(town.arrearsSummary.clearedByMonth.find((m) => m.month === '2026-02')!.payments).toBe(0);
    const moved = regionOf(w, lg, TOWN_B);
    expect(moved.arrearsSummary.count).toBe(4);
    expect(moved.arrearsSummary.zeroing).toEqual({ units: 2, zeroed: 0, rate: 0 });
    // Payment times: the court case's payment counts (only withdrawn lines are left out), and the
    // school's payment moved with it to the other township.
    expect(town.h1.payments).toBe(2);
    expect(moved.h1).toMatchObject({ payments: 1, paidAmount: '100.00' });
    expect(moved.overdueUnplannedDebtors).toEqual([{ id: parties.moved }]);
    // The rollup the figures came from is exactly what the ledger gives afresh (same per-line rule).
    expect(await query('arrears', 'select * from ledger_rollup_differences()')).toEqual([]);
    const county = regionOf(w, lg, '150621');
    expect(county.arrearsSummary.byAgeBucket.filter((b) => b.count > 0).length).toBeGreaterThan(2);
    expect(county.fundingWarnings.length).toBeGreaterThan(0);
    expect(county.h1.payments).toBeGreaterThan(10);
    expect(county.supervision.openCases).toBeGreaterThan(0);
  });
});
