/// <reference lib="dom" />
// The dashboard's panels from the DashboardPanels result: the month's reporting by sector group,
// the ranking of units by this year's assessment (晾晒), plans in default, campaign deadlines with
// compliance. Each takes the part of the answer it needs, which is null when the subgraph that
// answers it is down: drawEach (charts.ts) then marks it 数据暂不可用.
import type { Whole } from './api.js';
import type {
  CampaignDeadlineKind,
  DashboardPanelsQuery,
  UnitReportingState,
} from './generated/operations.js';
import { draw, figures, rowAxis } from './charts.js';
import { openDrill } from './drill.js';
import { figureTable, percent } from './figures.js';
import { countedDebtsOf, plannedDebtsOf } from './filters.js';

export type Panels = Whole<DashboardPanelsQuery>;
type Ranked = NonNullable<Panels['ranking']>['edges'][number]['node'];

export const STATE_LABELS: Record<UnitReportingState, string> = {
  ON_TIME: '按时报送',
  LATE: '逾期报送',
  PAUSED: '清零后暂停（视为按时）',
  RETURNED: '已退回待重报',
  MISSING: '逾期未报',
  PENDING: '未到期未报',
};

export const DEADLINE_KINDS: Record<CampaignDeadlineKind, string> = {
  LEDGER_SUBMITTED: '按时报送台账',
  AGREEMENT_SIGNED: '签订还款协议',
  ALL_REPAID: '全部清偿',
};

const STATES: UnitReportingState[] = [
  'ON_TIME',
  'PAUSED',
  'LATE',
  'RETURNED',
  'MISSING',
  'PENDING',
];
const STATE_COLOURS = ['#3ba272', '#91cc75', '#fac858', '#fc8452', '#ee6666', '#9a9a9a'];

const required = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`${what} 数据暂不可用`);
  return value;
};

export interface PanelContext {
  panels: Panels;
  regionName: string;
  period: string;
}

/** 月报: each sector group's units by where they stand with the month's ledger. */
function reporting({ panels, period }: PanelContext): Promise<void> {
  const groups = required(panels.workingGroups, '行业组').edges.map((e) => e.node);
  const counts = (g: (typeof groups)[number], state: UnitReportingState) =>
    required(g.ledgerReporting, '月报').lines.filter((l) => l.state === state).length;
  const openUnits = (g: (typeof groups)[number], state?: UnitReportingState) =>
    void openDrill({
      list: 'rows',
      title: `${g.name}：${period} 月报${state ? `（${STATE_LABELS[state]}）` : ''}`,
      headers: ['单位', '报送情况'],
      rows: required(g.ledgerReporting, '月报')
        .lines.filter((l) => !state || l.state === state)
        .map((l) => [l.unit.name, STATE_LABELS[l.state]]),
    });
  figureTable(
    figures('reporting'),
    'reporting',
    ['行业组', '单位', '按时', '逾期报送', '退回', '逾期未报', '未到期'],
    groups.map((g) => {
      const r = required(g.ledgerReporting, '月报');
      return {
        key: g.id,
        label: g.shortName ?? g.name,
        values: {
          units: r.units,
          onTime: r.onTime + r.paused,
          late: r.late,
          returned: r.returned,
          missing: r.missing,
          pending: r.pending,
        },
        onOpen: () => openUnits(g),
      };
    }),
  );
  const region = required(panels.region?.ledgerReporting, '地区月报');
  const note = document.querySelector<HTMLElement>('[data-panel="reporting"] .note');
  if (note)
    note.textContent = `全地区应报 ${region.expected} 个单位：按时 ${region.onTime}，逾期报送 ${region.late}，逾期未报 ${region.missing}（截止 ${region.dueAt.slice(0, 16).replace('T', ' ')}）`;
  return draw(
    'reporting',
    {
      legend: { top: 0 },
      yAxis: rowAxis(groups.map((g) => g.shortName ?? g.name)),
      xAxis: { type: 'value', minInterval: 1, name: '单位数' },
      color: STATE_COLOURS,
      series: STATES.map((state) => ({
        name: STATE_LABELS[state],
        type: 'bar',
        stack: 'units',
        data: groups.map((g) => counts(g, state)),
      })),
    },
    (row, series) => openUnits(groups[row]!, STATES[series]),
    Math.max(300, groups.length * 30 + 80),
  );
}

/** The units in rank order: score first, then name in Chinese collation (pinyin). */
export function ranked(panels: Panels): (Ranked & { rank: number })[] {
  const units = required(panels.ranking, '考核').edges.map((e) => e.node);
  const withScore = units.filter((u) => u.assessment);
  withScore.sort(
    (a, b) =>
      b.assessment!.score - a.assessment!.score || a.name.localeCompare(b.name, 'zh-Hans-CN'),
  );
  let rank = 0;
  return withScore.map((u, i) => {
    if (i === 0 || u.assessment!.score !== withScore[i - 1]!.assessment!.score) rank = i + 1;
    return { ...u, rank };
  });
}

const RANKING_SHOWN = 20;

/** 晾晒: the units ranked by this year's assessment, the first 20 charted, all in the table. */
function ranking({ panels }: PanelContext): Promise<void> {
  const rows = ranked(panels);
  const open = (u: (typeof rows)[number]) =>
    void openDrill({
      list: 'arrears',
      title: `${u.name}：在册欠款`,
      filter: countedDebtsOf(u.id),
    });
  figureTable(
    figures('ranking'),
    'ranking',
    ['排名', '单位', '得分', '欠款清零率', '线索办结率', '按时报送率', '企业满意度', '边清边欠'],
    rows.map((u) => {
      const a = u.assessment!;
      return {
        key: u.id,
        label: String(u.rank),
        values: {
          unit: u.name,
          score: a.score,
          zeroingRate: percent(a.zeroingRate),
          clueClosureRate: percent(a.clueClosureRate),
          ledgerTimeliness: percent(a.ledgerTimeliness),
          satisfaction: percent(a.satisfaction),
          newArrearsAfterZeroing: a.newArrearsAfterZeroing,
        },
        onOpen: () => open(u),
      };
    }),
  );
  const shown = rows.slice(0, RANKING_SHOWN);
  return draw(
    'ranking',
    {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: false },
      yAxis: rowAxis(shown.map((u) => `${u.rank}. ${u.shortName ?? u.name}`)),
      xAxis: { type: 'value', name: '得分', max: 100 },
      series: [{ name: '考核得分', type: 'bar', data: shown.map((u) => u.assessment!.score) }],
    },
    (row) => open(shown[row]!),
    Math.max(300, shown.length * 26 + 80),
  );
}

/** The open supervision cases opened because a repayment plan is in default, by unit. */
export function planDefaults(panels: Panels) {
  const byUnit = new Map<string, { id: string; name: string; cases: number; debts: number }>();
  for (const { node } of required(panels.cases, '督办').edges) {
    if (node.trigger !== 'PLAN_DEFAULT') continue;
    const u = byUnit.get(node.targetUnit.id) ?? { ...node.targetUnit, cases: 0, debts: 0 };
    u.cases += 1;
    u.debts += node.arrears.length;
    byUnit.set(u.id, u);
  }
  return [...byUnit.values()].sort(
    (a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'zh-Hans-CN'),
  );
}

/** 还款计划违约: the units with a plan in default, the debts of their plans behind each bar. */
function plans({ panels }: PanelContext): Promise<void> {
  const units = planDefaults(panels);
  const open = (u: (typeof units)[number]) =>
    void openDrill({
      list: 'arrears',
      title: `${u.name}：有还款计划、尚未还清的欠款`,
      filter: plannedDebtsOf(u.id),
    });
  figureTable(
    figures('plans'),
    'plans',
    ['单位', '违约督办案件', '涉及欠款笔数'],
    units.map((u) => ({
      key: u.id,
      label: u.name,
      values: { cases: u.cases, debts: u.debts },
      onOpen: () => open(u),
    })),
  );
  const note = document.querySelector<HTMLElement>('[data-panel="plans"] .note');
  if (note)
    note.textContent = units.length
      ? `${units.length} 个单位有还款计划违约（在办督办案件）`
      : '没有在办的还款计划违约督办案件。';
  return draw(
    'plans',
    {
      legend: { show: false },
      yAxis: rowAxis(units.map((u) => u.name)),
      xAxis: { type: 'value', minInterval: 1, name: '案件数' },
      series: [{ name: '违约督办案件', type: 'bar', data: units.map((u) => u.cases) }],
    },
    (row) => open(units[row]!),
    Math.max(300, units.length * 30 + 80),
  );
}

/** 攻坚时限: the campaign deadlines binding the region, each with its units' compliance. */
function deadlines({ panels }: PanelContext): Promise<void> {
  const list = required(panels.campaignDeadlines, '攻坚时限');
  const note = document.querySelector<HTMLElement>('[data-panel="deadlines"] .note');
  if (note)
    note.textContent = list.length
      ? `${list.length} 个攻坚时限，${list.filter((d) => d.compliance.compliant < d.compliance.units).length} 个尚有单位未完成`
      : '本地区暂无攻坚时限。';
  const open = (d: (typeof list)[number]) =>
    void openDrill({
      list: 'rows',
      title: `${d.title}（${d.dueOn}）：各单位完成情况`,
      headers: ['单位', '是否完成', '说明'],
      rows: d.compliance.byUnit.map((u) => [
        u.unit.name,
        u.compliant ? '已完成' : '未完成',
        u.detail,
      ]),
    });
  figureTable(
    figures('deadlines'),
    'deadlines',
    ['时限', '类型', '截止日期', '单位数', '已完成', '完成率'],
    list.map((d) => ({
      key: d.id,
      label: d.title,
      values: {
        kind: DEADLINE_KINDS[d.kind],
        dueOn: d.dueOn,
        units: d.compliance.units,
        compliant: d.compliance.compliant,
        rate: percent(d.compliance.units ? d.compliance.compliant / d.compliance.units : null),
      },
      onOpen: () => open(d),
    })),
  );
  return draw(
    'deadlines',
    {
      legend: { top: 0, data: ['已完成', '未完成'] },
      yAxis: rowAxis(list.map((d) => `${d.dueOn} ${d.title}`)),
      xAxis: { type: 'value', minInterval: 1, name: '单位数' },
      color: ['#3ba272', '#ee6666'],
      series: [
        {
          name: '已完成',
          type: 'bar',
          stack: 'units',
          data: list.map((d) => d.compliance.compliant),
        },
        {
          name: '未完成',
          type: 'bar',
          stack: 'units',
          data: list.map((d) => d.compliance.units - d.compliance.compliant),
        },
      ],
    },
    (row) => open(list[row]!),
    Math.max(300, list.length * 30 + 80),
  );
}

export const OTHER_PANELS = { reporting, ranking, plans, deadlines };
