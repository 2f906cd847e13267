/// <reference lib="dom" />
// The monthly bulletin (月度通报) of a region: /dashboard/bulletin?region=…&period=YYYY-MM, one
// printable page (print CSS in page.ts; the browser's 打印 / 另存为 PDF makes the PDF). It runs the
// registered Bulletin operation (the figures at the end of the month, the month's reporting, the
// ranking) and then BulletinMatters (overdue clues and plans in default of the region's units),
// and writes the figures as text: amounts in 万元 from the exact decimal strings. A part whose data
// did not come says 数据暂不可用; the rest is printed.
import type { Whole } from './api.js';
import type {
  MonthlyBulletinMattersQuery,
  MonthlyBulletinMattersQueryVariables,
  MonthlyBulletinQuery,
  MonthlyBulletinQueryVariables,
} from './generated/operations.js';
import {
  currentToken,
  errorText,
  forgetToken,
  keepToken,
  monthEnd,
  run,
  todayInChina,
  Unauthorised,
} from './api.js';
import { percent, wan } from './figures.js';

const page = document.body.dataset;
const status = document.getElementById('status')!;
const tokenForm = document.getElementById('token-form') as HTMLFormElement;

type Region = NonNullable<Whole<MonthlyBulletinQuery>['region']>;
type Unit = { id: string; name: string };

const text = (id: string, value: string) => (document.getElementById(id)!.textContent = value);

function part(name: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-part="${name}"] .body`)!;
}

function paragraph(container: HTMLElement, content: string): HTMLParagraphElement {
  const p = container.appendChild(document.createElement('p'));
  p.textContent = content;
  return p;
}

/** A table whose cells carry the figures; data-figure names each row for readers and tests. */
function table(
  container: HTMLElement,
  headers: string[],
  rows: { key: string; cells: string[] }[],
): void {
  const t = container.appendChild(document.createElement('table'));
  const head = t.createTHead().insertRow();
  for (const h of headers) head.appendChild(document.createElement('th')).textContent = h;
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.figure = row.key;
    row.cells.forEach((cell, i) => {
      const td = tr.insertCell();
      td.textContent = cell;
      if (i === 0 || (i === 1 && headers[0] === '排名')) td.className = 'name';
    });
  }
}

/** Runs a part; when its data is missing it says 数据暂不可用 and the bulletin goes on. */
function safely(name: string, write: (container: HTMLElement) => void): void {
  const container = part(name);
  container.replaceChildren();
  try {
    write(container);
    container.dataset.state = 'ready';
  } catch (error) {
    container.replaceChildren();
    const p = paragraph(container, '数据暂不可用。');
    p.className = 'unavailable';
    p.title = String(error);
    container.dataset.state = 'unavailable';
  }
}

const names = (units: Unit[]) => (units.length ? units.map((u) => u.name).join('、') : '无');

/** "2026-10" → "2026年10月". */
const monthLabel = (period: string) => `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;

function figures(region: Region, period: string): void {
  safely('figures', (c) => {
    const s = region.arrearsSummary;
    const p = s.positionOn;
    const month = s.clearedByMonth[0] ?? { payments: 0, paid: '0.00' };
    paragraph(
      c,
      `截至${p.date}，${region.name}在册拖欠企业账款${p.count}笔，应付金额${wan(p.amountDue)}万元，` +
        `已清偿${wan(p.paid)}万元，欠款余额${wan(p.outstanding)}万元，其中逾期${wan(p.overdueOutstanding)}万元，` +
        `清偿率${percent(p.clearanceRate)}。${monthLabel(period)}当月清偿${wan(month.paid)}万元（${month.payments}笔）。`,
    );
    paragraph(
      c,
      `欠款清零率${percent(s.zeroing.rate)}（${s.zeroing.zeroed}/${s.zeroing.units}个单位），` +
        `线索办结率${percent(s.clueClosure.rate)}（${s.clueClosure.closed}/${s.clueClosure.accepted}件），` +
        `边清边欠${s.newAfterZeroing.count}笔、${wan(s.newAfterZeroing.amountDue)}万元，` +
        `漏报${s.newAfterZeroing.lateRegisteredCount}笔、${wan(s.newAfterZeroing.lateRegisteredAmountDue)}万元。`,
    );
    table(
      c,
      ['指标', '数值'],
      [
        { key: 'count', cells: ['在册欠款（笔）', String(p.count)] },
        { key: 'amountDue', cells: ['应付金额（万元）', wan(p.amountDue)] },
        { key: 'paid', cells: ['已清偿（万元）', wan(p.paid)] },
        { key: 'outstanding', cells: ['欠款余额（万元）', wan(p.outstanding)] },
        { key: 'overdueOutstanding', cells: ['其中逾期（万元）', wan(p.overdueOutstanding)] },
        { key: 'clearanceRate', cells: ['清偿率', percent(p.clearanceRate)] },
        { key: 'paidInMonth', cells: [`${monthLabel(period)}当月清偿（万元）`, wan(month.paid)] },
        { key: 'zeroingRate', cells: ['欠款清零率', percent(s.zeroing.rate)] },
        { key: 'clueClosureRate', cells: ['线索办结率', percent(s.clueClosure.rate)] },
        { key: 'newAfterZeroing', cells: ['边清边欠（笔）', String(s.newAfterZeroing.count)] },
      ],
    );
  });
}

function reporting(region: Region, period: string): void {
  safely('reporting', (c) => {
    const r = region.ledgerReporting;
    paragraph(
      c,
      `${monthLabel(period)}月度台账应报送单位${r.expected}个，按时报送${r.onTime}个，逾期报送${r.late}个，逾期未报送${r.missing}个` +
        `（报送截止 ${r.dueAt.slice(0, 16).replace('T', ' ')}）。`,
    );
    paragraph(c, `逾期报送的单位：${names(r.lateUnits)}。`).dataset.units = 'late';
    paragraph(c, `逾期未报送的单位：${names(r.missingUnits)}。`).dataset.units = 'missing';
    if (r.returnedUnits.length)
      paragraph(c, `被退回待重新报送的单位：${names(r.returnedUnits)}。`).dataset.units =
        'returned';
  });
}

function ranking(data: Whole<MonthlyBulletinQuery>): void {
  safely('ranking', (c) => {
    const units = data.ranking.edges.map((e) => e.node).filter((u) => u.assessment);
    units.sort(
      (a, b) =>
        b.assessment!.score - a.assessment!.score || a.name.localeCompare(b.name, 'zh-Hans-CN'),
    );
    let rank = 0;
    const rows = units.map((u, i) => {
      if (i === 0 || u.assessment!.score !== units[i - 1]!.assessment!.score) rank = i + 1;
      const a = u.assessment!;
      return {
        key: u.id,
        cells: [
          String(rank),
          u.name,
          a.score.toFixed(2),
          percent(a.zeroingRate),
          percent(a.clueClosureRate),
          percent(a.ledgerTimeliness),
          String(a.newArrearsAfterZeroing),
        ],
      };
    });
    paragraph(
      c,
      `按本年度考核指标（欠款清零率、线索办结率、按时报送率、企业满意度）综合得分排名如下（${rows.length}个单位）。`,
    );
    table(c, ['排名', '单位', '得分', '清零率', '办结率', '按时报送率', '边清边欠'], rows);
  });
}

function clues(matters: Whole<MonthlyBulletinMattersQuery> | undefined): void {
  safely('clues', (c) => {
    const m = matters!;
    const byUnit = new Map<string, { name: string; review: number; handling: number }>();
    const add = (unit: Unit | null, fallback: string, stage: 'review' | 'handling') => {
      const key = unit?.id ?? fallback;
      const u = byUnit.get(key) ?? { name: unit?.name ?? fallback, review: 0, handling: 0 };
      u[stage] += 1;
      byUnit.set(key, u);
    };
    for (const { node } of m.reviewOverdue.edges)
      add(node.respondent, node.respondentName, 'review');
    for (const { node } of m.handlingOverdue.edges)
      add(node.handlingUnit ?? node.respondent, node.respondentName, 'handling');
    paragraph(
      c,
      `审查转办超期线索${m.reviewOverdue.totalCount}件，办理超期线索${m.handlingOverdue.totalCount}件。` +
        (byUnit.size ? '涉及单位如下：' : ''),
    );
    if (byUnit.size)
      table(
        c,
        ['单位', '审查转办超期（件）', '办理超期（件）'],
        [...byUnit.entries()]
          .sort(([, a], [, b]) => b.review + b.handling - a.review - a.handling)
          .map(([key, u]) => ({
            key,
            cells: [u.name, String(u.review), String(u.handling)],
          })),
      );
  });
}

function plans(matters: Whole<MonthlyBulletinMattersQuery> | undefined): void {
  safely('plans', (c) => {
    const defaults = matters!.cases.edges.filter((e) => e.node.trigger === 'PLAN_DEFAULT');
    const byUnit = new Map<string, { name: string; cases: number; debts: number }>();
    for (const { node } of defaults) {
      const u = byUnit.get(node.targetUnit.id) ?? {
        name: node.targetUnit.name,
        cases: 0,
        debts: 0,
      };
      u.cases += 1;
      u.debts += node.arrears.length;
      byUnit.set(node.targetUnit.id, u);
    }
    paragraph(
      c,
      `还款计划违约在办督办案件${defaults.length}件，涉及${byUnit.size}个单位` +
        (byUnit.size ? `：${[...byUnit.values()].map((u) => u.name).join('、')}。` : '。'),
    );
    if (byUnit.size)
      table(
        c,
        ['单位', '违约督办案件（件）', '涉及欠款（笔）'],
        [...byUnit.entries()].map(([key, u]) => ({
          key,
          cells: [u.name, String(u.cases), String(u.debts)],
        })),
      );
  });
}

function askForToken(message: string): void {
  forgetToken();
  status.textContent = message;
  page.state = 'needs-token';
  tokenForm.hidden = false;
}

async function load(): Promise<void> {
  if (!currentToken()) return askForToken('请粘贴领导小组令牌（LEADING_GROUP）后查看。');
  tokenForm.hidden = true;
  page.state = 'loading';
  const today = todayInChina();
  const period = page.period ?? today.slice(0, 7);
  const end = monthEnd(period);
  const asOf = end < today ? end : today;
  const answer = await run<MonthlyBulletinQuery, MonthlyBulletinQueryVariables>('MonthlyBulletin', {
    regionCode: page.regionCode!,
    period,
    monthEnd: asOf,
    year: Number(period.slice(0, 4)),
  });
  const region = answer.data?.region;
  if (!region) {
    page.state = 'error';
    status.textContent = `查询失败：${errorText(answer.errors) || `未找到地区 ${page.regionCode}`}`;
    return;
  }
  const matters = await run<MonthlyBulletinMattersQuery, MonthlyBulletinMattersQueryVariables>(
    'MonthlyBulletinMatters',
    { regionCode: region.code, asOf },
  );
  const [year, month] = period.split('-');
  text('bulletin-region', region.name);
  text('bulletin-period', `${year}年${Number(month)}月`);
  text(
    'bulletin-date',
    `${today.slice(0, 4)}年${Number(today.slice(5, 7))}月${Number(today.slice(8))}日`,
  );
  text('bulletin-as-of', asOf);
  document.title = `${region.name}清欠工作月度通报（${year}年${Number(month)}月）`;
  figures(region, period);
  reporting(region, period);
  ranking(answer.data!);
  clues(matters.data ?? undefined);
  plans(matters.data ?? undefined);
  document.getElementById('bulletin')!.hidden = false;
  const errors = [...(answer.errors ?? []), ...(matters.errors ?? [])];
  status.textContent = errors.length
    ? `部分数据暂不可用：${errorText(errors)}`
    : `已生成，截至 ${asOf}。用浏览器的“打印”另存为 PDF。`;
  page.asOf = asOf;
  page.state = 'ready';
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const pasted = new FormData(tokenForm).get('token');
  if (typeof pasted === 'string' && pasted.trim()) keepToken(pasted);
  void start();
});
document.getElementById('print')!.addEventListener('click', () => window.print());

function start(): Promise<void> {
  return load().catch((error: unknown) => {
    if (error instanceof Unauthorised) return askForToken('令牌无效或已过期，请重新粘贴。');
    page.state = 'error';
    status.textContent = `加载失败：${String(error)}`;
  });
}
void start();
