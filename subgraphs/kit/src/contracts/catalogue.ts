// Every internal contract of the hub, declared once: what each route takes and answers. The owner
// serves it with `serveContract(CONTRACT, handler)`, callers use `callContract(ctx, CONTRACT, q)`;
// neither side restates a type. schema/contracts.yaml, the registry of who calls whom, is written
// from these declarations by scripts/compose.ts (npm run schema) and checked by schema:check.
import { checkCreditCode, isUuid, parseCalendarDate, parseMoney } from '@arrears-hub/protocol';
import { integer, list, object, oneOf, optional, text, uuid, type Check } from './body-checks.js';
import { ContractQueryError, defineContract, definePostContract } from './contract.js';

/** What every subgraph may know about any unit (the registry is public to signed-in viewers). */
export interface DirectoryUnit {
  id: string;
  name: string;
  kind: string;
  status: string;
  regionCode: string;
  /** "/150000/150600/150621/": a region subtree is a prefix. */
  regionPath: string;
  parentId: string | null;
  supervisorId: string | null;
  sizeClass: string | null;
  /** The date the size facts describe ("YYYY-MM-DD"): the ledger judges a creditor's size at
   * contract signing by it (2025 art. 3). */
  sizeFactsAsOf: string | null;
  creditCode: string | null;
}

export interface DirectoryRegion {
  code: string;
  name: string;
  parentCode: string | null;
  /** "/150000/150600/150621/". */
  path: string;
}

export const UNIT_DIRECTORY = defineContract<{ ids: 'uuids' }, DirectoryUnit[]>({
  name: 'unitDirectory',
  owner: 'organisations',
  callers: 'every-subgraph',
  path: '/internal/units',
  params: { ids: 'uuids' },
  scope: 'service',
  chunk: { param: 'ids', size: 500 },
  description:
    'Units by id (no ids: every unit): kind, region, parent, supervisor, size, credit code.',
});

export const REGION_DIRECTORY = defineContract<Record<string, never>, DirectoryRegion[]>({
  name: 'regionDirectory',
  owner: 'organisations',
  callers: 'every-subgraph',
  path: '/internal/regions',
  params: {},
  scope: 'service',
  description: 'Every region with its path in the region tree.',
});

export interface WorkingGroupUnits {
  id: string;
  name: string;
  /**
   * The units the group's ledger gathers: its member units (for a sector group, the units that
   * report through it) and every unit they supervise or own that reports through no other group
   * of the region; for a group without reporting units, its member and aggregating units.
   */
  unitIds: string[];
}

export const WORKING_GROUP_UNITS = defineContract<{ id: 'uuid' }, WorkingGroupUnits | null>({
  name: 'workingGroupUnits',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/working-group-units',
  params: { id: 'uuid' },
  scope: 'person',
  description:
    'A working group’s units as its ledger gathers them (members and the units they supervise); null when there is no such group.',
});

/** A leader's seat in a reporting group (组长), with whoever holds the post today. */
export interface ReportingGroupLeader {
  postId: string;
  /** The unit the post belongs to (a POST notice is shown in its unit's inbox). */
  unitId: string;
  /** The post's title, e.g. 旗人民政府副旗长. */
  title: string;
  holderName: string | null;
}

/** A sector group (行业组) that monthly ledgers go through (the Dalad programme: the unit submits
 * to the group's aggregating unit, the leader signs, the signed report goes to `reportsToId`). */
export interface ReportingGroupFacts {
  id: string;
  name: string;
  sector: string | null;
  regionCode: string;
  /** "/150000/150600/150621/". */
  regionPath: string;
  /** The receiving office (e.g. 旗工信和科技局). */
  reportsToId: string | null;
  /** 汇总单位 (副组长单位), one or several. */
  aggregatorIds: string[];
  leaders: ReportingGroupLeader[];
  /** Every unit that reports through the group, with the aggregating unit it submits to. */
  routes: { unitId: string; aggregatorId: string }[];
}

export const REPORTING_GROUPS = defineContract<
  { groups: 'uuids'; units: 'uuids'; regionCode: 'string' },
  ReportingGroupFacts[]
>({
  name: 'reportingGroups',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/reporting-groups',
  params: { groups: 'uuids', units: 'uuids', regionCode: 'string' },
  scope: 'service',
  // A region's units can be many: their ids go in calls of 200 (a group may come back from more
  // than one call; callers keep it once).
  chunk: { param: 'units', size: 200 },
  description:
    'Sector groups with their aggregating units, leaders, receiving office and routes: the groups named, the groups the units named report through, and (regionCode, or "" for none) every reporting group of that region and below.',
});

/** A party as a clerk or an enterprise names it: by 统一社会信用代码, by name, or both; in a region
 * when known (a name is looked for there first). */
export interface PartyQuery {
  name: string | null;
  creditCode: string | null;
  regionCode: string | null;
}

/** How a party was matched to a unit of the registry. */
export type PartyMatchedBy = 'CREDIT_CODE' | 'NAME' | 'ALIAS';

export interface PartyMatch {
  /** The unit, when exactly one fits; null when none or several do. */
  unitId: string | null;
  matchedBy: PartyMatchedBy | null;
  /** The units that fit when several do (at most 10), for the clerk to choose from. */
  candidateIds: string[];
}

/**
 * PARTY_MATCHES: names and credit codes resolved against the registry (credit code exact; name
 * exact, or by a unit's short name or aliases such as 教体局 for 教育体育局, also after the
 * region's name: 达拉特旗教体局). One answer per query, in order. POST, because a batch of names
 * does not fit a URL; registry facts, so the service's own (scope "service").
 */
export const PARTY_MATCHES = definePostContract<{ parties: PartyQuery[] }, PartyMatch[]>({
  name: 'partyMatches',
  owner: 'organisations',
  // arrears (complaints, 确权) and every subgraph whose inputs take a unit by name (UnitRef).
  callers: 'every-subgraph',
  path: '/internal/party-matches',
  scope: 'service',
  description:
    'Parties named by credit code or name (with a region) resolved to registry units: credit code exact; name exact or by short name and aliases (POST, JSON, at most 500).',
  parseBody: (raw) =>
    object<{ parties: PartyQuery[] }>({
      parties: list(
        object<PartyQuery>({
          name: optional(text(200)),
          creditCode: optional(text(18)),
          regionCode: optional(text(12)),
        }),
        500,
      ),
    })(raw, 'body'),
});

/** An enterprise a debtor's ledger names that the registry does not have yet: its credit code and
 * its name as the sheet writes them (the ledger import's registerUnknownCreditors option). */
export interface CreditorToRegister {
  creditCode: string;
  name: string;
}

export interface CreditorRegistration {
  /** The debtor unit whose ledger names the enterprises: the person must hold it. */
  debtorId: string;
  creditors: CreditorToRegister[];
}

export interface RegisteredCreditor {
  unit: DirectoryUnit;
  /** false: the registry already had an enterprise with this credit code (nothing was written). */
  created: boolean;
}

const creditCodeCheck: Check<string> = (value, path) => {
  const code = checkCreditCode(typeof value === 'string' ? value : '');
  if (!code.ok) throw new ContractQueryError(`${path}: ${code.reason}`);
  return code.value;
};

export const REGISTER_CREDITORS = definePostContract<
  CreditorRegistration,
  { creditors: RegisteredCreditor[] }
>({
  name: 'registerCreditors',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/creditor-registrations',
  scope: 'person',
  description:
    'Registers the enterprises a debtor’s ledger names by credit code and name, in the debtor’s region, for the person (who must hold the debtor), audited; idempotent on the credit code (an enterprise already registered is answered as it is).',
  parseBody: (raw) =>
    object<CreditorRegistration>({
      debtorId: uuid,
      creditors: list(
        object<CreditorToRegister>({ creditCode: creditCodeCheck, name: text(200) }),
        2000,
      ),
    })(raw, 'body'),
});

export const GROUPS_OF_KIND = defineContract<
  { regionCode: 'string'; kind: 'string' },
  ReportingGroupFacts[]
>({
  name: 'groupsOfKind',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/groups-of-kind',
  params: { regionCode: 'string', kind: 'string' },
  scope: 'service',
  description:
    'The working groups of one kind (e.g. PETITION_STABILITY) of a region and of the regions above it, nearest first, with their aggregating units, leaders and receiving office.',
});

/** What another bureau checks about a debt before acting on it. */
export interface ArrearFacts {
  id: string;
  debtorId: string;
  creditorId: string;
  status: string;
  outstanding: string;
  /** What may be paid now: the undisputed outstanding (2025 art. 15), 0 when nothing is payable. */
  payable: string;
}

export const ARREAR_FACTS = defineContract<{ ids: 'uuids' }, ArrearFacts[]>({
  name: 'arrearFacts',
  owner: 'arrears',
  callers: ['finance', 'supervision'],
  path: '/internal/arrears',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Debts by id, only those within the person’s jurisdiction.',
});

/** 2025 art. 18: a unit's overdue unpaid contracts at the end of a year. */
export interface DisclosureFigures {
  unitId: string;
  year: number;
  overdueContracts: number;
  overdueAmount: string;
}

export const DISCLOSURE_FIGURES = defineContract<
  { units: 'uuids'; year: 'int' },
  DisclosureFigures[]
>({
  name: 'disclosureFigures',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/disclosure-figures',
  params: { units: 'uuids', year: 'int' },
  scope: 'person',
  chunk: { param: 'units', size: 200 },
  description:
    'Overdue unpaid contracts per unit at 31 December of the year (units in jurisdiction).',
});

/** The ledger's part of the annual assessment (docs/domain/assessment.md). */
export interface AssessmentFigures {
  unitId: string;
  year: number;
  /** 线索办结率 of the clues the unit handled (transferred to it), received in the year. */
  clueClosureRate: number | null;
  /** The same for the clues about the unit (its respondent's rate), whoever handled them. */
  respondentClueClosureRate: number | null;
  zeroingRate: number | null;
  /** Months on time (paused months after a zeroing notice count as on time) ÷ months due. */
  ledgerTimeliness: number | null;
  /** 边清边欠: counted debts registered in the year after a zeroing notice, owed only after it. */
  newArrearsAfterZeroing: number;
  /** 漏报: counted debts registered in the year after a zeroing notice but owed before it. */
  lateRegisteredDebts: number;
}

export const ASSESSMENT_FIGURES = defineContract<
  { units: 'uuids'; year: 'int' },
  AssessmentFigures[]
>({
  name: 'assessmentFigures',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/assessment-figures',
  params: { units: 'uuids', year: 'int' },
  scope: 'person',
  chunk: { param: 'units', size: 200 },
  description:
    'Clue closure, zeroing and ledger timeliness per unit for a year (units in jurisdiction).',
});

/** A disbursement (finance) to be recorded as a payment on the ledger (arrears). */
export interface DisbursementPosting {
  /** Finance's disbursement id: the payment is recorded once per disbursement, however often sent. */
  disbursementId: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  voucherNo: string | null;
}

export interface PostedDisbursement {
  paymentId: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  /** The debt's outstanding once the payment is recorded. */
  outstanding: string;
  /** false when the payment was already on the ledger (a replay): nothing was written. */
  recorded: boolean;
}

function field(raw: Record<string, unknown>, key: string): unknown {
  if (!(key in raw)) throw new ContractQueryError(`missing ${key}`);
  return raw[key];
}

/** The owner's check of a posting: ids, exact money, calendar dates; anything else is refused. */
export function decodeDisbursementPosting(raw: unknown): DisbursementPosting {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ContractQueryError('the body is not an object');
  const body = raw as Record<string, unknown>;
  const id = (key: string) => {
    const value = field(body, key);
    if (typeof value !== 'string' || !isUuid(value))
      throw new ContractQueryError(`${key}: not an id`);
    return value;
  };
  const amount = parseMoney(field(body, 'amount'));
  if (!amount.ok) throw new ContractQueryError(`amount: ${amount.reason}`);
  if (amount.value === '0.00') throw new ContractQueryError('amount: must be more than zero');
  const paidOn = parseCalendarDate(field(body, 'paidOn'));
  if (!paidOn.ok) throw new ContractQueryError(`paidOn: ${paidOn.reason}`);
  const voucherNo = body.voucherNo ?? null;
  if (voucherNo !== null && (typeof voucherNo !== 'string' || voucherNo.length > 100))
    throw new ContractQueryError('voucherNo: not a voucher number');
  return {
    disbursementId: id('disbursementId'),
    arrearId: id('arrearId'),
    amount: amount.value,
    paidOn: paidOn.value,
    voucherNo,
  };
}

export const POST_DISBURSEMENT = definePostContract<DisbursementPosting, PostedDisbursement>({
  name: 'postDisbursement',
  owner: 'arrears',
  callers: ['finance'],
  path: '/internal/disbursement-payments',
  parseBody: decodeDisbursementPosting,
  scope: 'person',
  description:
    'Records a disbursement as a payment on the debt, for the person (their jurisdiction), idempotent on the disbursement id; refusals are coded.',
});

/** A payment on the ledger as the finance bureau reconciles it with its disbursements. */
export interface LedgerPaymentFacts {
  id: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  /** The disbursement the payment records; null for a payment the unit recorded itself. */
  disbursementId: string | null;
  recordedBy: string;
}

export const LEDGER_PAYMENTS = defineContract<{ debts: 'uuids' }, LedgerPaymentFacts[]>({
  name: 'ledgerPayments',
  owner: 'arrears',
  callers: ['finance'],
  path: '/internal/ledger-payments',
  params: { debts: 'uuids' },
  scope: 'person',
  chunk: { param: 'debts', size: 200 },
  description:
    'Payments on the given debts; with no debts, every payment that records a disbursement (within the person’s jurisdiction).',
});

/** What one debtor unit owes on the ledger. */
export interface UnitOutstandingFacts {
  unitId: string;
  outstanding: string;
}

export interface RegionDebtorsOwing {
  region: string;
  units: UnitOutstandingFacts[];
}

/** The funding early warning's half from the ledger (finance holds the other half): asked by
 * region code, so that no list of units travels to ask it. */
export const REGION_DEBTORS_OWING = defineContract<{ regions: 'codes' }, RegionDebtorsOwing[]>({
  name: 'regionDebtorsOwing',
  owner: 'arrears',
  callers: ['finance'],
  path: '/internal/region-debtors-owing',
  params: { regions: 'codes' },
  scope: 'person',
  description:
    'For each region, the debtor units in it and below that owe something, with what they owe (debts in jurisdiction).',
});

/** How fast a debtor (or the debtors of a region) paid in a half-year, after the UK and Australian
 * payment-practice registers (docs/domain/payment-statistics.md). Shares are 0..1, 4 decimals. */
export interface PaymentPerformanceFigures {
  /** The debtor unit; null for a region's figures. */
  unitId: string | null;
  regionCode: string;
  /** "2026-H1" or "2026-H2". */
  half: string;
  payments: number;
  paidAmount: string;
  averageDays: number | null;
  medianDays: number | null;
  within30: number | null;
  within30Value: number | null;
  days31To60: number | null;
  days31To60Value: number | null;
  over60: number | null;
  over60Value: number | null;
  paidLate: number | null;
  paidLateValue: number | null;
  inDispute: number | null;
  /** Debts past their due date and still unpaid at the end of the half. */
  overdueUnpaidCount: number;
  overdueUnpaidAmount: string;
}

export interface PaymentPerformanceSet {
  region: PaymentPerformanceFigures;
  units: PaymentPerformanceFigures[];
}

export const PAYMENT_PERFORMANCE = defineContract<
  { region: 'string'; half: 'string' },
  PaymentPerformanceSet
>({
  name: 'paymentPerformance',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/payment-performance',
  params: { region: 'string', half: 'string' },
  scope: 'person',
  description:
    'Days to pay, bands, late and disputed shares for a region and each of its debtor units in a half-year (debts in jurisdiction).',
});

/** What another bureau checks about a government investment project it names. */
export interface ProjectFacts {
  id: string;
  ownerUnitId: string;
  name: string;
}

export const PROJECT_FACTS = defineContract<{ ids: 'uuids' }, ProjectFacts[]>({
  name: 'projectFacts',
  owner: 'finance',
  callers: ['arrears', 'supervision'],
  path: '/internal/projects',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Projects by id, only those within the person’s jurisdiction.',
});

/** What another bureau checks about a supervision case it names (a restriction ordered by one). */
export interface CaseFacts {
  id: string;
  targetUnitId: string;
  status: string;
}

export const CASE_FACTS = defineContract<{ ids: 'uuids' }, CaseFacts[]>({
  name: 'caseFacts',
  owner: 'supervision',
  callers: ['finance'],
  path: '/internal/cases',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Supervision cases by id, only those within the person’s jurisdiction.',
});

// ── Events (docs/jobs-and-notices.md) ─────────────────────────────────────────────────────────
// A subgraph writes an event into its own outbox in the transaction of the change that caused it
// (emitEvent, events/outbox.ts); its relay job delivers pending events, in batches, to the
// contract of the event's topic. Each owner stores them idempotently on the event id, so a
// redelivery after a lost answer changes nothing.

/** Who a notice is for. A POST's notices are shown in its unit's inbox, naming the post. */
export const NOTICE_RECIPIENT_TYPES = [
  'UNIT',
  'POST',
  'REGION_OFFICE',
  'ENTERPRISE',
  'ADMIN',
] as const;
export type NoticeRecipientType = (typeof NOTICE_RECIPIENT_TYPES)[number];

export interface NoticeRecipient {
  type: NoticeRecipientType;
  /** UNIT and POST (the post's unit). */
  unitId?: string | null;
  postId?: string | null;
  /** REGION_OFFICE: the region whose office (清欠办, the leading group's office) reads it. */
  regionCode?: string | null;
  /** ENTERPRISE: the enterprise's organisation id. */
  enterpriseId?: string | null;
}

/** Every kind of notice the hub sends; a new kind is added here (and described in the docs). */
export const NOTICE_KINDS = [
  'CASE_OPENED',
  'CASE_ESCALATED',
  'RECTIFICATION_OVERDUE',
  'INSTALMENT_DUE',
  'INSTALMENT_MISSED',
  'PLAN_DEFAULT',
  'LEDGER_REPORT_DUE',
  'LEDGER_REPORT_MISSING',
  'GROUP_REPORT_TO_SIGN',
  'CLUE_CLOCK_WARNING',
  'CLUE_CLOCK_BREACHED',
  'DISCLOSURE_DRAFTED',
  'DISCLOSURE_DUE',
  'DISCLOSURE_MISSING',
  'CALENDAR_MISSING',
  'CLUE_PETITION',
  'CLUE_INFO_REQUESTED',
  'CLUE_LEDGER_DUE',
  'RECEIVABLE_CONFIRMATION_REQUESTED',
  'RECEIVABLE_CONFIRMATION_DUE',
  'RECEIVABLE_CONFIRMATION_SILENT',
  'TEST',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The record a notice is about, for a link in the inbox: a GraphQL type and its id. */
export interface NoticeLink {
  type: string;
  id: string;
}

export interface NoticeEvent {
  kind: NoticeKind;
  recipients: NoticeRecipient[];
  /** What the person reads, in Chinese. */
  text: string;
  link?: NoticeLink | null;
}

/** A supervision case another subgraph's rule asks for (a plan in default, a clue past its
 * handling deadline); supervision opens it once per event. */
export interface CaseTriggerEvent {
  trigger: 'PLAN_DEFAULT' | 'OVERDUE_CLUE';
  targetUnitId: string;
  description: string;
  /** Days from the day it is opened to its deadline. */
  deadlineDays: number;
  arrearIds: string[];
  /** The record that caused it, e.g. { type: 'RepaymentPlan', id }. */
  source: NoticeLink;
}

/** What the relay sends: the event as the outbox stored it. */
export interface EventEnvelope<T> {
  /** The event id (uuid): the owner stores each id once. */
  id: string;
  /** The subgraph that raised it. */
  source: string;
  /** When it was raised, by the raising subgraph's clock (ISO). */
  occurredAt: string;
  payload: T;
}

export interface EventsAccepted {
  /** The ids now stored (new, or already there from an earlier delivery). */
  accepted: string[];
}

const recipientCheck: Check<NoticeRecipient> = (value, path) => {
  const r = object<NoticeRecipient>({
    type: oneOf(NOTICE_RECIPIENT_TYPES),
    unitId: optional(uuid),
    postId: optional(uuid),
    regionCode: optional(text(12)),
    enterpriseId: optional(uuid),
  })(value, path);
  const needs: Record<NoticeRecipientType, (keyof NoticeRecipient)[]> = {
    UNIT: ['unitId'],
    POST: ['postId', 'unitId'],
    REGION_OFFICE: ['regionCode'],
    ENTERPRISE: ['enterpriseId'],
    ADMIN: [],
  };
  for (const field of needs[r.type])
    if (!r[field]) throw new ContractQueryError(`${path}.${field}: required for ${r.type}`);
  return r;
};

const linkCheck = object<NoticeLink>({ type: text(60), id: text(100) });

function envelopes<T>(payload: Check<T>): Check<{ events: EventEnvelope<T>[] }> {
  return object({
    events: list(
      object<EventEnvelope<T>>({
        id: uuid,
        source: text(60),
        occurredAt: text(40),
        payload,
      }),
      500,
    ),
  });
}

export const NOTICE_EVENTS = definePostContract<
  { events: EventEnvelope<NoticeEvent>[] },
  EventsAccepted
>({
  name: 'noticeEvents',
  owner: 'notices',
  callers: 'every-subgraph',
  path: '/internal/notice-events',
  scope: 'service',
  description:
    'Events that become notices (POST, JSON): stored once per event id and recipient, then sent on to webhooks and e-mail.',
  parseBody: (raw) =>
    envelopes(
      object<NoticeEvent>({
        kind: oneOf(NOTICE_KINDS),
        recipients: list(recipientCheck, 2000),
        text: text(4000),
        link: optional(linkCheck),
      }),
    )(raw, 'body'),
});

export const CASE_TRIGGERS = definePostContract<
  { events: EventEnvelope<CaseTriggerEvent>[] },
  EventsAccepted
>({
  name: 'caseTriggers',
  owner: 'supervision',
  callers: ['arrears'],
  path: '/internal/case-triggers',
  scope: 'service',
  description:
    'Supervision cases another subgraph’s rule asks for (POST, JSON): a plan in default, a clue past its handling deadline; one case per event id.',
  parseBody: (raw) =>
    envelopes(
      object<CaseTriggerEvent>({
        trigger: oneOf(['PLAN_DEFAULT', 'OVERDUE_CLUE'] as const),
        targetUnitId: uuid,
        description: text(4000),
        deadlineDays: integer(1, 365),
        arrearIds: list(uuid, 200),
        source: linkCheck,
      }),
    )(raw, 'body'),
});

/** The outbox topics and the contract each is delivered through. */
export const EVENT_TOPICS = {
  notice: NOTICE_EVENTS,
  'case-trigger': CASE_TRIGGERS,
} as const;
export type EventTopic = keyof typeof EVENT_TOPICS;
export type TopicPayload<T extends EventTopic> = T extends 'notice'
  ? NoticeEvent
  : CaseTriggerEvent;

export const CONTRACTS = [
  UNIT_DIRECTORY,
  REGION_DIRECTORY,
  WORKING_GROUP_UNITS,
  REPORTING_GROUPS,
  ARREAR_FACTS,
  DISCLOSURE_FIGURES,
  ASSESSMENT_FIGURES,
  POST_DISBURSEMENT,
  LEDGER_PAYMENTS,
  PAYMENT_PERFORMANCE,
  REGION_DEBTORS_OWING,
  PROJECT_FACTS,
  REGISTER_CREDITORS,
  CASE_FACTS,
  NOTICE_EVENTS,
  CASE_TRIGGERS,
  PARTY_MATCHES,
  GROUPS_OF_KIND,
] as const;
