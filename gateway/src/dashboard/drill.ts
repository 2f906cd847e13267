/// <reference lib="dom" />
// The drill-down: a click on a bar, a slice, a figure or a table row opens the list behind it,
// a page at a time, with a CSV of the same list. What was clicked hands over a Drill: the list it
// belongs to and that list's filter as an object, passed to the registered operation unchanged
// (DashboardArrears takes an ArrearFilter, DashboardClues a ClueFilter). When ArrearFilter gains
// fields (a region, age buckets, plans in default …) a chart only builds a richer filter; nothing
// here changes.
import type {
  ArrearFilter,
  ArrearStatus,
  ClueFilter,
  ClueStatus,
  DashboardArrearsQuery,
  DashboardArrearsQueryVariables,
  DashboardCluesQuery,
  DashboardCluesQueryVariables,
} from './generated/operations.js';
import { downloadCsv, errorText, run, saveFile, Unauthorised } from './api.js';
import type { Whole } from './api.js';
import { wan } from './figures.js';

export type Drill =
  | { list: 'arrears'; title: string; filter: ArrearFilter }
  | { list: 'clues'; title: string; filter: ClueFilter }
  /** A list the page already holds (units of a panel): shown and exported as it is. */
  | { list: 'rows'; title: string; headers: string[]; rows: string[][] };

const PAGE_SIZE = 20;
/** The CSV holds up to this many rows (the API's largest page; page.ts says so on the link). */
export const CSV_ROWS = 500;

export const ARREAR_STATUS: Record<ArrearStatus, string> = {
  REGISTERED: '已登记',
  VERIFIED: '已核实',
  PLANNED: '已制定还款计划',
  REPAYING: '还款中',
  CLEARED: '已清偿',
  DISPUTED: '有分歧',
  IN_COURT: '司法程序中',
  WITHDRAWN: '已撤销',
};

export const CLUE_STATUS: Record<ClueStatus, string> = {
  RECEIVED: '已登记',
  ACCEPTED: '已受理',
  REJECTED: '不予受理',
  ASSIGNED: '已转办',
  VERIFIED: '已核查',
  ANSWERED: '已书面答复',
  CLOSED: '已办结',
};

interface Page {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  headers: string[];
  rows: { id: string; cells: string[]; values: Record<string, string> }[];
}

type ArrearNode = Whole<DashboardArrearsQuery>['arrears']['edges'][number]['node'];
type ClueNode = Whole<DashboardCluesQuery>['clues']['edges'][number]['node'];

const ARREAR_COLUMNS: [string, (n: ArrearNode) => string][] = [
  ['债务单位', (n) => n.debtor.name],
  ['债权企业', (n) => n.creditor.name],
  ['合同编号', (n) => n.contractNo],
  ['项目名称', (n) => n.projectName ?? ''],
  ['应付（万元）', (n) => wan(n.amountDue)],
  ['已付（万元）', (n) => wan(n.paid)],
  ['欠款余额（万元）', (n) => wan(n.outstanding)],
  ['法定付款期限', (n) => n.statutoryDueOn ?? '未定'],
  ['逾期天数', (n) => String(n.overdueDays)],
  [
    '状态',
    (n) => ARREAR_STATUS[n.status] + (n.disputed && n.status !== 'DISPUTED' ? '（有分歧）' : ''),
  ],
];

const CLUE_COLUMNS: [string, (n: ClueNode) => string][] = [
  ['收到日期', (n) => n.receivedOn],
  ['被反映单位', (n) => n.respondentName],
  ['反映金额（万元）', (n) => wan(n.amountClaimed)],
  ['状态', (n) => CLUE_STATUS[n.status]],
  ['审查转办期限', (n) => n.reviewDueOn],
  ['办理期限', (n) => n.handlingDueOn ?? '—'],
];

async function fetchPage(drill: Drill, after: string | null): Promise<Page> {
  if (drill.list === 'rows') {
    return {
      totalCount: drill.rows.length,
      hasNextPage: false,
      endCursor: null,
      headers: drill.headers,
      rows: drill.rows.map((cells, i) => ({ id: String(i), cells, values: {} })),
    };
  }
  if (drill.list === 'arrears') {
    const answer = await run<DashboardArrearsQuery, DashboardArrearsQueryVariables>(
      'DashboardArrears',
      { filter: drill.filter, first: PAGE_SIZE, after },
    );
    if (!answer.data?.arrears) throw new Error(errorText(answer.errors) || '数据暂不可用');
    const c = answer.data.arrears;
    return {
      totalCount: c.totalCount,
      hasNextPage: c.pageInfo.hasNextPage,
      endCursor: c.pageInfo.endCursor,
      headers: ARREAR_COLUMNS.map(([h]) => h),
      rows: c.edges.map(({ node }) => ({
        id: node.id,
        cells: ARREAR_COLUMNS.map(([, cell]) => cell(node)),
        values: { outstanding: node.outstanding, amountDue: node.amountDue },
      })),
    };
  }
  const answer = await run<DashboardCluesQuery, DashboardCluesQueryVariables>('DashboardClues', {
    filter: drill.filter,
    first: PAGE_SIZE,
    after,
  });
  if (!answer.data?.clues) throw new Error(errorText(answer.errors) || '数据暂不可用');
  const c = answer.data.clues;
  return {
    totalCount: c.totalCount,
    hasNextPage: c.pageInfo.hasNextPage,
    endCursor: c.pageInfo.endCursor,
    headers: CLUE_COLUMNS.map(([h]) => h),
    rows: c.edges.map(({ node }) => ({
      id: node.id,
      cells: CLUE_COLUMNS.map(([, cell]) => cell(node)),
      values: { amountClaimed: node.amountClaimed },
    })),
  };
}

const OPERATION = { arrears: 'DashboardArrears', clues: 'DashboardClues' } as const;

/** The export link of a list (a GET a script or curl can use with a token; the page POSTs it). */
export function csvHref(drill: Exclude<Drill, { list: 'rows' }>): string {
  const variables = JSON.stringify({ filter: drill.filter, first: CSV_ROWS });
  return `/export.csv?operation=${OPERATION[drill.list]}&variables=${encodeURIComponent(variables)}`;
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

let current: { drill: Drill; cursors: (string | null)[] } | undefined;
let onUnauthorised: () => void = () => undefined;

/** Where a refused token goes (the page asks for another). */
export function whenUnauthorised(handler: () => void): void {
  onUnauthorised = handler;
}

function element<T extends HTMLElement>(selector: string): T {
  return document.querySelector<T>(`#drill ${selector}`)!;
}

async function show(): Promise<void> {
  const { drill, cursors } = current!;
  const section = document.getElementById('drill')!;
  section.dataset.state = 'loading';
  element('.drill-status').textContent = '加载中…';
  let page: Page;
  try {
    page = await fetchPage(drill, cursors.at(-1) ?? null);
  } catch (error) {
    if (error instanceof Unauthorised) return onUnauthorised();
    section.dataset.state = 'error';
    element('.drill-status').textContent = `查询失败：${(error as Error).message}`;
    return;
  }
  const table = document.createElement('table');
  table.className = 'figures drill-list';
  const head = table.createTHead().insertRow();
  for (const text of page.headers)
    head.appendChild(document.createElement('th')).textContent = text;
  const body = table.createTBody();
  for (const row of page.rows) {
    const tr = body.insertRow();
    tr.dataset.id = row.id;
    Object.assign(tr.dataset, row.values);
    for (const cell of row.cells) tr.insertCell().textContent = cell;
  }
  element('.drill-table').replaceChildren(table);
  const from = (cursors.length - 1) * PAGE_SIZE;
  section.dataset.totalCount = String(page.totalCount);
  element('.drill-status').textContent =
    page.totalCount === 0
      ? '没有符合条件的记录。'
      : `共 ${page.totalCount} 条，第 ${from + 1}–${from + page.rows.length} 条`;
  element<HTMLButtonElement>('.drill-previous').disabled = cursors.length <= 1;
  const next = element<HTMLButtonElement>('.drill-next');
  next.disabled = !page.hasNextPage;
  next.dataset.cursor = page.endCursor ?? '';
  section.dataset.state = 'ready';
}

/** Opens the list behind what was clicked, on its first page. */
export function openDrill(drill: Drill): Promise<void> {
  current = { drill, cursors: [null] };
  const section = document.getElementById('drill')!;
  section.hidden = false;
  section.dataset.list = drill.list;
  section.dataset.filter = drill.list === 'rows' ? '' : JSON.stringify(drill.filter);
  element('.drill-title').textContent = drill.title;
  const csv = element<HTMLAnchorElement>('.drill-csv');
  csv.href = drill.list === 'rows' ? '#' : csvHref(drill);
  section.scrollIntoView({ block: 'start' });
  return show();
}

export function setUpDrill(): void {
  element('.drill-next').addEventListener('click', (event) => {
    const cursor = (event.currentTarget as HTMLElement).dataset.cursor;
    if (!current || !cursor) return;
    current.cursors.push(cursor);
    void show();
  });
  element('.drill-previous').addEventListener('click', () => {
    if (!current || current.cursors.length <= 1) return;
    current.cursors.pop();
    void show();
  });
  element('.drill-close').addEventListener('click', () => {
    document.getElementById('drill')!.hidden = true;
    current = undefined;
  });
  element('.drill-csv').addEventListener('click', (event) => {
    event.preventDefault();
    if (!current) return;
    const { drill } = current;
    const status = element('.drill-status');
    if (drill.list === 'rows') {
      const text = [drill.headers, ...drill.rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
      saveFile(new Blob([`\uFEFF${text}\r\n`], { type: 'text/csv' }), `${drill.title}.csv`);
      return;
    }
    downloadCsv(OPERATION[drill.list], { filter: drill.filter, first: CSV_ROWS }).catch(
      (error: unknown) => (status.textContent = `导出失败：${(error as Error).message}`),
    );
  });
}
