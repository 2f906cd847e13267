// Demo clues, monthly submissions and campaign deadlines, consistent with the demo ledger: units
// by their seed keys (stableId), dates chosen so that every clock state and compliance case shows.
import type { EntityManager } from '@mikro-orm/core';
import { addDays, stableId, todayInChina } from '@arrears-hub/subgraph-kit';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { CalendarYear } from '../calendar/calendar-year.entity.js';
import { Clue } from '../clue/clue.entity.js';
import { ClueChannel, ClueOutcome, ClueStatus } from '../clue/clue.enums.js';
import { RegionSettings } from '../region-settings/region-settings.entity.js';
import { CampaignDeadline } from '../reporting/campaign-deadline.entity.js';
import { GroupReport } from '../reporting/group-report.entity.js';
import { LedgerReport } from '../reporting/ledger-report.entity.js';
import { snapshotTotals, type FrozenLine } from '../reporting/ledger-snapshot.js';
import { defaultDeadline } from '../reporting/reporting-period.js';
import {
  CampaignDeadlineKind,
  GroupReportStatus,
  LedgerReportKind,
  LedgerReportStatus,
} from '../reporting/reporting.enums.js';
import { previousPeriod, reportingDeadline } from '../rules/reporting-period.js';
import { addWorkingDays } from '../rules/working-days.js';
import { DEMO_CALENDAR } from './demo-calendar.js';

interface DemoClue {
  key: string;
  channel: ClueChannel;
  externalRef?: string;
  receivedDaysAgo: number;
  complainant: string;
  complainantName: string;
  respondent: string;
  respondentName: string;
  amountClaimed: string;
  contractNo?: string;
  facts: string;
  status: ClueStatus;
  handlingUnit?: string;
  /** Days after receipt it was assigned. */
  assignedAfter?: number;
  rejectionReason?: string;
  arrearKey?: string;
}

/** The demo's intake offices (region settings): the bureau that takes complaints in each county
 * the programmes name one for. (晋城城区's 民营经济局 is left to the settings test, which sets it.) */
const DEMO_INTAKE_OFFICES: Record<string, string> = {
  '150621': 'dalad.industry-it',
  '140999': 'wutaishan.tourism',
};

/** The county each demo respondent's clue belongs to (by the respondent's seed key prefix). */
const DEMO_CLUE_REGIONS: Record<string, string> = {
  dalad: '150621',
  'demo.dalad': '150621',
  chengqu: '140502',
  wutaishan: '140999',
  ye: '410422',
};

const DEMO_CLUES: DemoClue[] = [
  {
    key: 'clue-1',
    channel: ClueChannel.HOTLINE_12345,
    externalRef: '12345-2026-110231',
    receivedDaysAgo: 3,
    complainant: 'demo.dalad.jinshi-transport',
    complainantName: '金石运输有限公司（演示）',
    respondent: 'dalad.town.wangaizhao',
    respondentName: '王爱召镇人民政府',
    amountClaimed: '84600.00',
    contractNo: 'WAZ-2024-012',
    facts: '运输服务已完成，镇政府以财力不足为由未付款。',
    status: ClueStatus.RECEIVED,
  },
  {
    key: 'clue-2',
    channel: ClueChannel.NATIONAL_PLATFORM,
    externalRef: 'QQPT-2026-0815',
    receivedDaysAgo: 30,
    complainant: 'demo.dalad.tianyi-catering',
    complainantName: '天逸餐饮管理有限公司（演示）',
    respondent: 'dalad.education-sports',
    respondentName: '达拉特旗教育体育局',
    amountClaimed: '186400.00',
    contractNo: 'DLT-JT-2024-031',
    facts: '学生食堂配餐服务款逾期未付。',
    status: ClueStatus.RECEIVED,
  },
  {
    key: 'clue-3',
    channel: ClueChannel.PETITION,
    receivedDaysAgo: 75,
    complainant: 'demo.dalad.ruifeng-materials',
    complainantName: '瑞丰建材有限公司（演示）',
    respondent: 'demo.dalad.urban-investment',
    respondentName: '达拉特旗城市建设投资有限公司（演示）',
    amountClaimed: '734000.00',
    contractNo: 'CT-2023-088',
    facts: '货款被要求以商业汇票支付并延长付款期限。',
    status: ClueStatus.ASSIGNED,
    handlingUnit: 'dalad.state-assets',
    assignedAfter: 8,
  },
  {
    key: 'clue-4',
    channel: ClueChannel.FEDERATION_OF_INDUSTRY,
    receivedDaysAgo: 20,
    complainant: 'demo.chengqu.jinfeng-printing',
    complainantName: '锦丰印务有限公司（演示）',
    respondent: 'chengqu.town.nancun',
    respondentName: '南村镇人民政府',
    amountClaimed: '38500.00',
    contractNo: 'NC-2024-002',
    facts: '印刷服务款因经办人员变动未付。',
    status: ClueStatus.ASSIGNED,
    handlingUnit: 'chengqu.finance',
    assignedAfter: 5,
  },
  {
    key: 'clue-5',
    channel: ClueChannel.PHONE,
    receivedDaysAgo: 200,
    complainant: 'demo.wutaishan.qingliang-services',
    complainantName: '清凉旅游服务有限公司（演示）',
    respondent: 'wutaishan.tourism',
    respondentName: '五台山风景区旅游发展局',
    amountClaimed: '276000.00',
    contractNo: 'WTS-LY-2023-011',
    facts: '旅游接待服务款。',
    status: ClueStatus.CLOSED,
    handlingUnit: 'wutaishan.tourism',
    assignedAfter: 4,
    arrearKey: 'arrear#wutaishan.tourism#WTS-LY-2023-011',
  },
  {
    key: 'clue-6',
    channel: ClueChannel.EMAIL,
    receivedDaysAgo: 40,
    complainant: 'demo.ye.kuntai-nylon',
    complainantName: '坤泰尼龙制品有限公司（演示）',
    respondent: 'ye.devzone.nylon',
    respondentName: '平顶山尼龙新材料开发区管委会',
    amountClaimed: '40000.00',
    facts: '与开发区无直接合同关系，款项系总包单位拖欠。',
    status: ClueStatus.REJECTED,
    rejectionReason:
      '投诉人与被投诉人之间无合同关系，不属于受理范围（条例第二十五条第四款）；已告知向总包单位主张。',
  },
];

/** The Dalad sector groups the demo units report through (the organisations subgraph's demo
 * routes, by key): group, aggregating unit; every group reports to 旗工信和科技局. */
const DALAD_ROUTES: Record<string, { group: string; via: string }> = {
  'dalad.housing-construction': {
    group: 'dalad.group.urban-construction',
    via: 'dalad.housing-construction',
  },
  'dalad.investment-project-agency': {
    group: 'dalad.group.urban-construction',
    via: 'dalad.housing-construction',
  },
  'dalad.education-sports': {
    group: 'dalad.group.culture-education-health',
    via: 'dalad.education-sports',
  },
  'dalad.health': { group: 'dalad.group.culture-education-health', via: 'dalad.health' },
  'dalad.finance': { group: 'dalad.group.social-services', via: 'dalad.commerce-investment' },
  'dalad.town.zhaojun': {
    group: 'dalad.group.agriculture-forestry-water',
    via: 'dalad.agriculture-husbandry',
  },
};

/** Submission day-of-month relative to the 20th deadline: negative = early, positive = late. */
const DEMO_REPORTS: {
  unit: string;
  kind: LedgerReportKind;
  lateByDays?: number;
  period?: string;
  submittedAt?: string;
  /** Received by the aggregating unit (else still with it). */
  received?: boolean;
}[] = [
  { unit: 'dalad.housing-construction', kind: LedgerReportKind.REGULAR, received: true },
  { unit: 'dalad.investment-project-agency', kind: LedgerReportKind.REGULAR, received: true },
  { unit: 'dalad.education-sports', kind: LedgerReportKind.REGULAR, lateByDays: 3 },
  { unit: 'dalad.health', kind: LedgerReportKind.ZEROING, received: true },
  { unit: 'dalad.finance', kind: LedgerReportKind.NIL, received: true },
  { unit: 'dalad.town.zhaojun', kind: LedgerReportKind.REGULAR, lateByDays: 1 },
  {
    unit: 'wutaishan.tourism',
    kind: LedgerReportKind.REGULAR,
    period: '2023-08',
    submittedAt: '2023-08-24T02:00:00Z',
  },
];

const DEMO_DEADLINES: {
  key: string;
  region: string;
  title: string;
  kind: CampaignDeadlineKind;
  dueOn: string;
  source: string;
}[] = [
  {
    key: 'deadline#002#ledger',
    region: '140999',
    title: '完成梳理排查，形成完善的清欠台账上报景区清欠办',
    kind: CampaignDeadlineKind.LEDGER_SUBMITTED,
    dueOn: '2023-08-25',
    source: '台清欠办函【2023】4号 二（一）',
  },
  {
    key: 'deadline#002#agreements',
    region: '140999',
    title: '确有支付困难的签订还款协议，制定还款计划',
    kind: CampaignDeadlineKind.AGREEMENT_SIGNED,
    dueOn: '2023-08-31',
    source: '台清欠办函【2023】4号 二（二）',
  },
  {
    key: 'deadline#002#repaid',
    region: '140999',
    title: '按照市清欠办的统一要求全部偿还完毕',
    kind: CampaignDeadlineKind.ALL_REPAID,
    dueOn: '2023-10-31',
    source: '台清欠办函【2023】4号 二（二）',
  },
  {
    key: 'deadline#004#ledger',
    region: '410422',
    title: '全面排查，形成工作台账，报送县企业服务活动办公室',
    kind: CampaignDeadlineKind.LEDGER_SUBMITTED,
    dueOn: '2022-06-13',
    source: '叶政办明电〔2022〕12号 二（一）',
  },
  {
    key: 'deadline#004#plans',
    region: '410422',
    title: '各相关部门制定清偿计划后报县企业服务活动办公室',
    kind: CampaignDeadlineKind.AGREEMENT_SIGNED,
    dueOn: '2022-06-15',
    source: '叶政办明电〔2022〕12号 二（二）',
  },
];

export function seedWorkflows(
  em: EntityManager,
  ledgerOf: (unitKey: string, asOf: string) => FrozenLine[],
): void {
  const today = todayInChina();
  // The national arrangement, in the hub-wide layer of the calendar, and its years on record.
  for (const [day, kind, note] of DEMO_CALENDAR)
    em.create(CalendarDay, { id: stableId(`calendar#${day}`), day, kind, note });
  for (const year of new Set(DEMO_CALENDAR.map(([day]) => Number(day.slice(0, 4)))))
    em.create(CalendarYear, {
      id: stableId(`calendar-year#${year}`),
      year,
      source:
        year === 2025 ? '国办发明电〔2024〕12号' : '国务院办公厅关于2026年部分节假日安排的通知',
      enteredBy: 'demo-data',
    });
  const overrides = new Map(DEMO_CALENDAR.map(([day, kind]) => [day, kind]));

  for (const [regionCode, office] of Object.entries(DEMO_INTAKE_OFFICES))
    em.create(RegionSettings, {
      id: stableId(`region-settings#${regionCode}`),
      regionCode,
      intakeOfficeId: stableId(office),
      updatedBy: 'demo-data',
    });

  for (const c of DEMO_CLUES) {
    const regionCode =
      DEMO_CLUE_REGIONS[c.respondent.split('.').slice(0, 2).join('.')] ??
      DEMO_CLUE_REGIONS[c.respondent.split('.')[0]!]!;
    const intakeOffice = DEMO_INTAKE_OFFICES[regionCode];
    const receivedOn = addDays(today, -c.receivedDaysAgo);
    const assignedOn = c.assignedAfter !== undefined ? addDays(receivedOn, c.assignedAfter) : null;
    const closed = c.status === ClueStatus.CLOSED;
    em.create(Clue, {
      id: stableId(c.key),
      channel: c.channel,
      externalRef: c.externalRef ?? null,
      receivedOn,
      regionCode,
      intakeOfficeId: intakeOffice ? stableId(intakeOffice) : null,
      complainantId: stableId(c.complainant),
      complainantName: c.complainantName,
      respondentId: stableId(c.respondent),
      respondentName: c.respondentName,
      amountClaimed: c.amountClaimed,
      contractNo: c.contractNo ?? null,
      facts: c.facts,
      notInOtherProceedings: true,
      contactName: '联系人（演示）',
      contactPhone: '0477-0000000',
      status: c.status,
      reviewDueOn: addWorkingDays(receivedOn, 10, overrides),
      acceptedOn: assignedOn ? addDays(receivedOn, 2) : null,
      transferDueOn: assignedOn ? addWorkingDays(addDays(receivedOn, 2), 10, overrides) : null,
      rejectionReason: c.rejectionReason ?? null,
      handlingUnitId: c.handlingUnit ? stableId(c.handlingUnit) : null,
      assignedOn,
      handlingDueOn: assignedOn ? addDays(assignedOn, 30) : null,
      confirmedAmount: closed ? c.amountClaimed : null,
      disputed: closed ? false : null,
      verificationNote: closed ? '经核查，款项属实且无分歧。' : null,
      arrearId: c.arrearKey ? stableId(c.arrearKey) : null,
      feedback: closed ? '款项已于2023年10月底前全额支付，已电话回访企业。' : null,
      answeredOn: closed && assignedOn ? addDays(assignedOn, 20) : null,
      closedOn: closed && assignedOn ? addDays(assignedOn, 22) : null,
      outcome: closed ? ClueOutcome.RESOLVED : null,
      registeredBy: 'demo-data',
    });
  }

  const lastPeriod = previousPeriod(today.slice(0, 7));
  // The deadline as a region on the national calendar has it (moved off rest days), where the
  // demo calendar has the year; the hub's default day otherwise.
  const calendar = {
    overrides,
    years: new Set(DEMO_CALENDAR.map(([day]) => Number(day.slice(0, 4)))),
  };
  const deadlineOf = (period: string) => {
    const d = reportingDeadline({ period, reportDay: 20, reportTime: '12:00', calendar });
    return d.ok ? d.dueAt : defaultDeadline(period);
  };
  const unitRoute = (unit: string) => DALAD_ROUTES[unit];
  const received = new Map<string, LedgerReport>();
  for (const r of DEMO_REPORTS) {
    const period = r.period ?? lastPeriod;
    const dueAt = deadlineOf(period);
    const submittedAt = r.submittedAt
      ? new Date(r.submittedAt)
      : new Date(dueAt.getTime() + (r.lateByDays ?? -2) * 86_400_000);
    const asOf = todayInChina(submittedAt);
    const lines = ledgerOf(r.unit, asOf);
    const route = unitRoute(r.unit);
    const report = em.create(LedgerReport, {
      id: stableId(`report#${r.unit}#${period}`),
      unitId: stableId(r.unit),
      period,
      kind: r.kind,
      revision: 1,
      viaUnitId: route ? stableId(route.via) : null,
      groupId: route ? stableId(route.group) : null,
      receiverId: route ? stableId('dalad.industry-it') : null,
      status: r.received ? LedgerReportStatus.RECEIVED : LedgerReportStatus.SUBMITTED,
      receivedAt: r.received ? new Date(submittedAt.getTime() + 3_600_000) : null,
      receivedBy: r.received ? 'demo-data' : null,
      submittedAt,
      submittedBy: 'demo-data',
      dueAt,
      late: submittedAt > dueAt,
      arrearsCount: lines.length,
      outstanding: snapshotTotals(lines).outstanding,
      snapshot: { asOf, lines },
    });
    if (r.received) received.set(r.unit, report);
  }

  // 城建组 consolidated last month by 住建局, signed by the group leader, sent to 工信和科技局.
  const urban = ['dalad.housing-construction', 'dalad.investment-project-agency'];
  const included = urban.map((u) => received.get(u)!).filter(Boolean);
  const totals = snapshotTotals(
    included.flatMap((r) => (r.snapshot as { lines: FrozenLine[] }).lines),
  );
  const consolidatedAt = deadlineOf(lastPeriod);
  em.create(GroupReport, {
    id: stableId(`group-report#dalad.group.urban-construction#${lastPeriod}`),
    groupId: stableId('dalad.group.urban-construction'),
    regionCode: '150621',
    aggregatorId: stableId('dalad.housing-construction'),
    receiverId: stableId('dalad.industry-it'),
    period: lastPeriod,
    revision: 1,
    status: GroupReportStatus.SENT,
    reportIds: included.map((r) => r.id),
    // The group's other units (transport, urban management, utilities, the subdistricts) did not
    // report in the demo: they are listed as missing.
    unitsExpected: 11,
    unitsReported: included.length,
    nilReturns: 0,
    zeroingNotices: 0,
    missingUnitIds: [
      'dalad.transport',
      'dalad.urban-management',
      'dalad.public-utilities',
      ...['gongye', 'xini', 'xiyuan', 'baita', 'zhaojun', 'pingyuan'].map(
        (s) => `dalad.subdistrict.${s}`,
      ),
    ].map((k) => stableId(k)),
    pausedUnitIds: [],
    lateUnitIds: [],
    arrearsCount: totals.count,
    amountDue: totals.amountDue,
    paid: totals.paid,
    outstanding: totals.outstanding,
    consolidatedAt,
    consolidatedBy: 'demo-data',
    signedAt: new Date(consolidatedAt.getTime() + 3_600_000),
    signedBy: 'demo-data',
    signatoryPostId: stableId('dalad.government.deputy-head.5'),
    signatoryTitle: '旗人民政府副旗长',
    signatoryName: null,
    sentAt: new Date(consolidatedAt.getTime() + 2 * 3_600_000),
    sentBy: 'demo-data',
  });

  for (const d of DEMO_DEADLINES) {
    em.create(CampaignDeadline, {
      id: stableId(d.key),
      regionCode: d.region,
      title: d.title,
      kind: d.kind,
      dueOn: d.dueOn,
      source: d.source,
      createdBy: 'demo-data',
    });
  }
}
