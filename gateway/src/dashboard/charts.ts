/// <reference lib="dom" />
// The panels of the leading group's dashboard drawn from the Dashboard result, with ECharts from
// the gateway (/dashboard/echarts.js, the npm package's UMD bundle) as a global. Areas are
// horizontal bars, one row each, so 17 or 30 region names stay readable; amounts are 万元 on the
// charts and in the tables (the tables' data-* attributes keep the API's exact strings). A click
// on a bar, a slice or a table row opens the list behind it (drill.ts).
import type { Whole } from './api.js';
import type * as ECharts from 'echarts';
import type { AgeBucket, DashboardQuery } from './generated/operations.js';
import { figureTable, moneyLeft, tenThousands, wan, type FigureRow } from './figures.js';
import { openDrill, type Drill } from './drill.js';
import {
  countedDebts,
  debtsOverdueAtLeast,
  outstandingDebts,
  overdueDebts,
  runningClues,
  type ListArea,
} from './filters.js';

declare const echarts: typeof ECharts;

export type Region = NonNullable<Whole<DashboardQuery>['region']>;
type Child = Region['children'][number];
/** A bar of the region charts: a child region, or the region's own level, with the lists behind it. */
type Area = Child & { scope: ListArea };

/** The region as a whole (its totals row), as the lists see it. */
const whole = (region: Region) => ({ name: region.name, scope: { regionCode: region.code } });

/**
 * The region's own level (旗直部门 and other units not in any region below it), as one more area
 * beside the children: the region's totals cover its whole subtree, so without it the bars would
 * not add up to the totals at the top of the page.
 */
function withOwnLevel(region: Region): Area[] {
  const c = region.children;
  // Funds and supervision come from other subgraphs than the ledger: when one is down its figures
  // are null, and the own level has none either (the panels that need them say 数据暂不可用).
  const all = <T>(pick: (x: Region | Child) => T | null | undefined) =>
    [region, ...c].every((x) => pick(x) !== null && pick(x) !== undefined);
  const own: Area = {
    code: `${region.code}-own`,
    name: `${region.name}本级`,
    scope: { regionCode: region.code, ownLevel: true },
    arrearsSummary: {
      count: region.arrearsSummary.count - c.reduce((n, x) => n + x.arrearsSummary.count, 0),
      outstanding: moneyLeft(
        region.arrearsSummary.outstanding,
        c.map((x) => x.arrearsSummary.outstanding),
      ),
      overdueOutstanding: moneyLeft(
        region.arrearsSummary.overdueOutstanding,
        c.map((x) => x.arrearsSummary.overdueOutstanding),
      ),
    },
    funds: (all((x) => x.funds)
      ? {
          availableForClearance: moneyLeft(
            region.funds.availableForClearance,
            c.map((x) => x.funds.availableForClearance),
          ),
        }
      : null) as Area['funds'],
    supervision: (all((x) => x.supervision)
      ? {
          openCases:
            region.supervision.openCases - c.reduce((n, x) => n + x.supervision.openCases, 0),
          overdueCases:
            region.supervision.overdueCases - c.reduce((n, x) => n + x.supervision.overdueCases, 0),
        }
      : null) as Area['supervision'],
  };
  return [own, ...c.map((child) => ({ ...child, scope: { regionCode: child.code } }))];
}

export const AGE_LABELS: Record<AgeBucket, string> = {
  NOT_DUE: '未到期',
  UP_TO_30_DAYS: '30天以内',
  DAYS_31_TO_90: '31–90天',
  DAYS_91_TO_180: '91–180天',
  DAYS_181_TO_365: '181–365天',
  OVER_1_YEAR: '1–3年',
  OVER_3_YEARS: '3年以上',
};

/** The fewest days past due of each bucket: the drill-down lists the bucket and those above it. */
const AGE_FROM_DAYS: Record<AgeBucket, number> = {
  NOT_DUE: 0,
  UP_TO_30_DAYS: 1,
  DAYS_31_TO_90: 31,
  DAYS_91_TO_180: 91,
  DAYS_181_TO_365: 181,
  OVER_1_YEAR: 366,
  OVER_3_YEARS: 1096,
};

/** Rows of a horizontal bar chart: its height grows with them so no label overlaps another. */
const barHeight = (rows: number) => Math.max(300, rows * 30 + 80);

/** What a click on a chart hands over: the row (category) and the series clicked. */
type OnClick = (dataIndex: number, seriesIndex: number, name: string) => void;

/** Draws one chart and resolves once ECharts has finished rendering it. */
export function draw(
  panel: string,
  option: ECharts.EChartsOption,
  onClick?: OnClick,
  height?: number,
): Promise<void> {
  const element = document.querySelector<HTMLElement>(`[data-panel="${panel}"] .chart`)!;
  if (height) element.style.height = `${height}px`;
  const existing = echarts.getInstanceByDom(element);
  existing?.resize();
  const chart = existing ?? echarts.init(element, undefined, { renderer: 'canvas' });
  chart.off('click');
  if (onClick) {
    chart.on('click', (p) => onClick(p.dataIndex, p.seriesIndex ?? 0, p.name));
    element.classList.add('opens');
  }
  return new Promise((resolve) => {
    chart.on('finished', () => resolve());
    // Animation off: the numbers are the point, and a screenshot must show the final bars.
    chart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { containLabel: true, top: 48, left: 8, right: 24, bottom: 8 },
        ...option,
      },
      true,
    );
  });
}

export const figures = (panel: string) =>
  document.querySelector<HTMLElement>(`[data-panel="${panel}"] .numbers`)!;

/** The category axis of a horizontal bar chart: every label, first row on top. */
export const rowAxis = (labels: string[]): ECharts.EChartsOption['yAxis'] => ({
  type: 'category',
  data: labels,
  inverse: true,
  axisLabel: { interval: 0, width: 140, overflow: 'truncate' },
});

const wanAxis: ECharts.EChartsOption['xAxis'] = { type: 'value', name: '万元' };

export interface Context {
  region: Region;
  today: string;
}

function regions({ region, today }: Context): Promise<void> {
  const areas = withOwnLevel(region);
  const open = (a: Area, what: 'counted' | 'outstanding' | 'overdue') => {
    const drills: Record<typeof what, Drill> = {
      counted: { list: 'arrears', title: `${a.name}：在册欠款`, filter: countedDebts(a.scope) },
      outstanding: {
        list: 'arrears',
        title: `${a.name}：有余额的欠款`,
        filter: outstandingDebts(a.scope),
      },
      overdue: {
        list: 'arrears',
        title: `${a.name}：逾期欠款`,
        filter: overdueDebts(a.scope, today),
      },
    };
    return openDrill(drills[what]);
  };
  const rows: FigureRow[] = areas.map((c) => ({
    key: c.code,
    label: c.name,
    values: {
      outstanding: c.arrearsSummary.outstanding,
      overdue: c.arrearsSummary.overdueOutstanding,
      count: c.arrearsSummary.count,
    },
    display: {
      outstanding: wan(c.arrearsSummary.outstanding),
      overdue: wan(c.arrearsSummary.overdueOutstanding),
    },
    onOpen: () => void open(c, 'counted'),
  }));
  figureTable(
    figures('regions'),
    'regions',
    ['地区', '欠款余额（万元）', '逾期余额（万元）', '笔数'],
    rows,
  );
  return draw(
    'regions',
    {
      legend: { top: 0, data: ['欠款余额', '逾期余额'] },
      yAxis: rowAxis(areas.map((a) => a.name)),
      xAxis: wanAxis,
      series: [
        {
          name: '欠款余额',
          type: 'bar',
          data: areas.map((c) => tenThousands(c.arrearsSummary.outstanding)),
        },
        {
          name: '逾期余额',
          type: 'bar',
          data: areas.map((c) => tenThousands(c.arrearsSummary.overdueOutstanding)),
        },
      ],
    },
    (row, series) => void open(areas[row]!, series === 0 ? 'outstanding' : 'overdue'),
    barHeight(areas.length),
  );
}

function trend({ region }: Context): Promise<void> {
  const months = region.arrearsSummary.clearedByMonth;
  figureTable(
    figures('trend'),
    'trend',
    ['月份', '清偿金额（万元）', '付款笔数'],
    months.map((m) => ({
      key: m.month,
      label: m.month,
      values: { paid: m.paid, payments: m.payments },
      display: { paid: wan(m.paid) },
    })),
  );
  return draw('trend', {
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', name: '万元' },
    series: [
      {
        name: '清偿金额',
        type: 'line',
        areaStyle: {},
        data: months.map((m) => tenThousands(m.paid)),
      },
    ],
  });
}

function ageing({ region, today }: Context): Promise<void> {
  const buckets = region.arrearsSummary.byAgeBucket;
  const open = (bucket: AgeBucket) =>
    void openDrill({
      list: 'arrears',
      title:
        bucket === 'NOT_DUE'
          ? `${region.name}：全部有余额的欠款（含未到期）`
          : `${region.name}：逾期${AGE_FROM_DAYS[bucket]}天及以上的欠款（${AGE_LABELS[bucket]}及更久）`,
      filter: debtsOverdueAtLeast(whole(region).scope, today, AGE_FROM_DAYS[bucket]),
    });
  figureTable(
    figures('ageing'),
    'ageing',
    ['账龄', '欠款余额（万元）', '笔数'],
    buckets.map((b) => ({
      key: b.bucket,
      label: AGE_LABELS[b.bucket],
      values: { outstanding: b.outstanding, count: b.count },
      display: { outstanding: wan(b.outstanding) },
      onOpen: () => open(b.bucket),
    })),
  );
  return draw(
    'ageing',
    {
      yAxis: rowAxis(buckets.map((b) => AGE_LABELS[b.bucket])),
      xAxis: wanAxis,
      series: [
        { name: '欠款余额', type: 'bar', data: buckets.map((b) => tenThousands(b.outstanding)) },
      ],
    },
    (row) => open(buckets[row]!.bucket),
  );
}

function clues({ region }: Context): Promise<void> {
  const { onTime, dueSoon, overdue } = region.arrearsSummary.clueClocks;
  const slices = [
    { key: 'onTime', name: '按时', value: onTime },
    { key: 'dueSoon', name: '临期（3天内）', value: dueSoon },
    { key: 'overdue', name: '逾期', value: overdue },
  ];
  // ClueFilter tells running clues apart from finished ones, not by their clock: every slice
  // opens the running clues, with their deadlines to read.
  const open = () =>
    void openDrill({
      list: 'clues',
      title: `${region.name}：办理中的线索（含审查转办与办理期限）`,
      filter: runningClues(region.code),
    });
  figureTable(
    figures('clues'),
    'clues',
    ['时限状态', '线索数'],
    slices.map((s) => ({ key: s.key, label: s.name, values: { count: s.value }, onOpen: open })),
  );
  return draw(
    'clues',
    {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      color: ['#3ba272', '#fac858', '#ee6666'],
      series: [
        {
          name: '线索时限',
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}: {c}' },
          data: slices,
        },
      ],
    },
    open,
  );
}

function funds({ region }: Context): Promise<void> {
  const areas = withOwnLevel(region);
  const open = (a: { name: string; scope: ListArea }) =>
    void openDrill({
      list: 'arrears',
      title: `${a.name}：有余额的欠款`,
      filter: outstandingDebts(a.scope),
    });
  const rows: FigureRow[] = areas.map((c) => ({
    key: c.code,
    label: c.name,
    values: { outstanding: c.arrearsSummary.outstanding, available: c.funds.availableForClearance },
    display: {
      outstanding: wan(c.arrearsSummary.outstanding),
      available: wan(c.funds.availableForClearance),
    },
    onOpen: () => open(c),
  }));
  figureTable(
    figures('funds'),
    'funds',
    ['地区', '欠款余额（万元）', '可用清欠资金（万元）'],
    [
      {
        key: region.code,
        label: `${region.name}（合计）`,
        values: {
          outstanding: region.arrearsSummary.outstanding,
          available: region.funds.availableForClearance,
        },
        display: {
          outstanding: wan(region.arrearsSummary.outstanding),
          available: wan(region.funds.availableForClearance),
        },
        onOpen: () => open(whole(region)),
      },
      ...rows,
    ],
  );
  return draw(
    'funds',
    {
      legend: { top: 0, data: ['欠款余额', '可用清欠资金'] },
      yAxis: rowAxis(areas.map((a) => a.name)),
      xAxis: wanAxis,
      series: [
        {
          name: '欠款余额',
          type: 'bar',
          data: areas.map((c) => tenThousands(c.arrearsSummary.outstanding)),
        },
        {
          name: '可用清欠资金',
          type: 'bar',
          data: areas.map((c) => tenThousands(c.funds.availableForClearance)),
        },
      ],
    },
    (row) => open(areas[row]!),
    barHeight(areas.length),
  );
}

function cases({ region, today }: Context): Promise<void> {
  const areas = withOwnLevel(region);
  // Supervision cases are about units: the list behind a bar is the area's overdue debts.
  const open = (a: { name: string; scope: ListArea }) =>
    void openDrill({
      list: 'arrears',
      title: `${a.name}：逾期欠款（督办对象）`,
      filter: overdueDebts(a.scope, today),
    });
  const rows: FigureRow[] = areas.map((c) => ({
    key: c.code,
    label: c.name,
    values: { open: c.supervision.openCases, overdue: c.supervision.overdueCases },
    onOpen: () => open(c),
  }));
  figureTable(
    figures('cases'),
    'cases',
    ['地区', '在办督办案件', '其中超期'],
    [
      {
        key: region.code,
        label: `${region.name}（合计）`,
        values: { open: region.supervision.openCases, overdue: region.supervision.overdueCases },
        onOpen: () => open(whole(region)),
      },
      ...rows,
    ],
  );
  return draw(
    'cases',
    {
      legend: { top: 0, data: ['在办', '超期'] },
      yAxis: rowAxis(areas.map((a) => a.name)),
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '在办', type: 'bar', data: areas.map((c) => c.supervision.openCases) },
        { name: '超期', type: 'bar', data: areas.map((c) => c.supervision.overdueCases) },
      ],
    },
    (row) => open(areas[row]!),
    barHeight(areas.length),
  );
}

/** A share (0–1) as the API gave it, or — when nothing was paid. */
const shareText = (share: number | null) => (share === null ? '—' : String(share));
const percentOf = (share: number | null) => (share === null ? 0 : Math.round(share * 10000) / 100);

/** How fast the region's debtors paid in the last finished half-year (docs/domain/payment-statistics.md). */
function payments({ region }: Context): Promise<void> {
  const p = region.paymentPerformance;
  const bands = [
    { key: 'within30', label: '30天以内', count: p.within30, value: p.within30Value },
    { key: 'days31To60', label: '31–60天', count: p.days31To60, value: p.days31To60Value },
    { key: 'over60', label: '60天以上', count: p.over60, value: p.over60Value },
    { key: 'paidLate', label: '逾期支付', count: p.paidLate, value: p.paidLateValue },
  ];
  figureTable(
    figures('payments'),
    'payments',
    [`${p.half}（${p.payments}笔）`, '笔数占比', '金额占比'],
    [
      ...bands.map((b) => ({
        key: b.key,
        label: b.label,
        values: { count: shareText(b.count), value: shareText(b.value) },
      })),
      {
        key: 'days',
        label: '平均 / 中位天数',
        values: { count: shareText(p.averageDays), value: shareText(p.medianDays) },
      },
      {
        key: 'inDispute',
        label: '有分歧的付款',
        values: { count: shareText(p.inDispute), value: '—' },
      },
    ],
  );
  return draw('payments', {
    legend: { top: 0, data: ['按笔数', '按金额'] },
    xAxis: { type: 'category', data: bands.map((b) => b.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '%', max: 100 },
    series: [
      { name: '按笔数', type: 'bar', data: bands.map((b) => percentOf(b.count)) },
      { name: '按金额', type: 'bar', data: bands.map((b) => percentOf(b.value)) },
    ],
  });
}

/** A panel whose data did not come (its subgraph is down): say so and draw nothing. */
export function unavailable(panel: string, why: string): void {
  const section = document.querySelector<HTMLElement>(`[data-panel="${panel}"]`);
  if (!section) return;
  section.dataset.state = 'unavailable';
  const chart = section.querySelector<HTMLElement>('.chart');
  if (chart) {
    echarts.getInstanceByDom(chart)?.dispose();
    chart.style.height = 'auto';
    chart.replaceChildren();
    const note = chart.appendChild(document.createElement('p'));
    note.className = 'unavailable';
    note.textContent = '数据暂不可用';
    note.title = why;
  }
  section.querySelector('.numbers')?.replaceChildren();
}

/**
 * Draws each panel on its own: one whose data is missing (null, as the gateway answers when a
 * subgraph is down) is marked 数据暂不可用 and the others are drawn all the same.
 */
export function drawEach<C>(
  panels: Record<string, (context: C) => Promise<void>>,
  context: C,
): Promise<void[]> {
  return Promise.all(
    Object.entries(panels).map(async ([name, panel]) => {
      const section = document.querySelector<HTMLElement>(`[data-panel="${name}"]`);
      try {
        await panel(context);
        if (section) section.dataset.state = 'ready';
      } catch (error) {
        unavailable(name, String(error));
      }
    }),
  );
}

export const LEDGER_PANELS = { regions, trend, ageing, clues, funds, cases, payments };
