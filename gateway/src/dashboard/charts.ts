/// <reference lib="dom" />
// The seven panels of the leading group's dashboard, drawn with ECharts from one Dashboard result.
// ECharts comes from the gateway (/dashboard/echarts.js, the npm package's UMD bundle) as a global.
import type * as ECharts from 'echarts';
import type { AgeBucket, DashboardQuery } from './generated/operations.js';
import { figureTable, moneyLeft, tenThousands } from './figures.js';

declare const echarts: typeof ECharts;

type Region = NonNullable<DashboardQuery['region']>;
type Area = Region['children'][number];

/**
 * The region's own level (旗直部门 and other units not in any region below it), as one more area
 * beside the children: the region's totals cover its whole subtree, so without it the bars would
 * not add up to the totals at the top of the page.
 */
function withOwnLevel(region: Region): Area[] {
  const c = region.children;
  const own: Area = {
    code: `${region.code}-own`,
    name: `${region.name}本级`,
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
    funds: {
      availableForClearance: moneyLeft(
        region.funds.availableForClearance,
        c.map((x) => x.funds.availableForClearance),
      ),
    },
    supervision: {
      openCases: region.supervision.openCases - c.reduce((n, x) => n + x.supervision.openCases, 0),
      overdueCases:
        region.supervision.overdueCases - c.reduce((n, x) => n + x.supervision.overdueCases, 0),
    },
  };
  return [own, ...c];
}

const AGE_LABELS: Record<AgeBucket, string> = {
  NOT_DUE: '未到期',
  UP_TO_30_DAYS: '30天以内',
  DAYS_31_TO_90: '31–90天',
  DAYS_91_TO_180: '91–180天',
  DAYS_181_TO_365: '181–365天',
  OVER_1_YEAR: '1–3年',
  OVER_3_YEARS: '3年以上',
};

/** Draws one chart and resolves once ECharts has finished rendering it. */
function draw(panel: string, option: ECharts.EChartsOption): Promise<void> {
  const element = document.querySelector<HTMLElement>(`[data-panel="${panel}"] .chart`)!;
  const chart =
    echarts.getInstanceByDom(element) ?? echarts.init(element, undefined, { renderer: 'canvas' });
  return new Promise((resolve) => {
    chart.on('finished', () => resolve());
    // Animation off: the numbers are the point, and a screenshot must show the final bars.
    chart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { containLabel: true, top: 48, left: 28, right: 8, bottom: 8 },
        ...option,
      },
      true,
    );
  });
}

const figures = (panel: string) =>
  document.querySelector<HTMLElement>(`[data-panel="${panel}"] .numbers`)!;

function regions(region: Region): Promise<void> {
  const areas = withOwnLevel(region);
  const rows = areas.map((c) => ({
    key: c.code,
    label: c.name,
    values: {
      outstanding: c.arrearsSummary.outstanding,
      overdue: c.arrearsSummary.overdueOutstanding,
      count: c.arrearsSummary.count,
    },
  }));
  figureTable(
    figures('regions'),
    'regions',
    ['地区', '欠款余额（元）', '逾期余额（元）', '笔数'],
    rows,
  );
  return draw('regions', {
    legend: { top: 0, data: ['欠款余额', '逾期余额'] },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { rotate: 30, interval: 0 },
    },
    yAxis: { type: 'value', name: '万元' },
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
  });
}

function trend(region: Region): Promise<void> {
  const months = region.arrearsSummary.clearedByMonth;
  figureTable(
    figures('trend'),
    'trend',
    ['月份', '清偿金额（元）', '付款笔数'],
    months.map((m) => ({
      key: m.month,
      label: m.month,
      values: { paid: m.paid, payments: m.payments },
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

function ageing(region: Region): Promise<void> {
  const buckets = region.arrearsSummary.byAgeBucket;
  figureTable(
    figures('ageing'),
    'ageing',
    ['账龄', '欠款余额（元）', '笔数'],
    buckets.map((b) => ({
      key: b.bucket,
      label: AGE_LABELS[b.bucket],
      values: { outstanding: b.outstanding, count: b.count },
    })),
  );
  return draw('ageing', {
    xAxis: {
      type: 'category',
      data: buckets.map((b) => AGE_LABELS[b.bucket]),
      axisLabel: { interval: 0, rotate: 20 },
    },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { name: '欠款余额', type: 'bar', data: buckets.map((b) => tenThousands(b.outstanding)) },
    ],
  });
}

function clues(region: Region): Promise<void> {
  const { onTime, dueSoon, overdue } = region.arrearsSummary.clueClocks;
  const slices = [
    { key: 'onTime', name: '按时', value: onTime },
    { key: 'dueSoon', name: '临期（3天内）', value: dueSoon },
    { key: 'overdue', name: '逾期', value: overdue },
  ];
  figureTable(
    figures('clues'),
    'clues',
    ['时限状态', '线索数'],
    slices.map((s) => ({ key: s.key, label: s.name, values: { count: s.value } })),
  );
  return draw('clues', {
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
  });
}

function funds(region: Region): Promise<void> {
  const areas = withOwnLevel(region);
  const rows = areas.map((c) => ({
    key: c.code,
    label: c.name,
    values: { outstanding: c.arrearsSummary.outstanding, available: c.funds.availableForClearance },
  }));
  figureTable(
    figures('funds'),
    'funds',
    ['地区', '欠款余额（元）', '可用清欠资金（元）'],
    [
      {
        key: region.code,
        label: `${region.name}（合计）`,
        values: {
          outstanding: region.arrearsSummary.outstanding,
          available: region.funds.availableForClearance,
        },
      },
      ...rows,
    ],
  );
  return draw('funds', {
    legend: { top: 0, data: ['欠款余额', '可用清欠资金'] },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { rotate: 30, interval: 0 },
    },
    yAxis: { type: 'value', name: '万元' },
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
  });
}

function cases(region: Region): Promise<void> {
  const areas = withOwnLevel(region);
  const rows = areas.map((c) => ({
    key: c.code,
    label: c.name,
    values: { open: c.supervision.openCases, overdue: c.supervision.overdueCases },
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
      },
      ...rows,
    ],
  );
  return draw('cases', {
    legend: { top: 0, data: ['在办', '超期'] },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { rotate: 30, interval: 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '在办', type: 'bar', data: areas.map((c) => c.supervision.openCases) },
      { name: '超期', type: 'bar', data: areas.map((c) => c.supervision.overdueCases) },
    ],
  });
}

/** A share (0–1) as the API gave it, or — when nothing was paid. */
const shareText = (share: number | null) => (share === null ? '—' : String(share));
const percent = (share: number | null) => (share === null ? 0 : Math.round(share * 10000) / 100);

/** How fast the region's debtors paid in the last finished half-year (docs/domain/payment-statistics.md). */
function payments(region: Region): Promise<void> {
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
      { name: '按笔数', type: 'bar', data: bands.map((b) => percent(b.count)) },
      { name: '按金额', type: 'bar', data: bands.map((b) => percent(b.value)) },
    ],
  });
}

export function drawAll(region: Region): Promise<void[]> {
  return Promise.all([
    regions(region),
    trend(region),
    ageing(region),
    clues(region),
    funds(region),
    cases(region),
    payments(region),
  ]);
}
