/// <reference lib="dom" />
// The dashboard page's script: gets a token, runs the registered operations by their document ids
// (the text never leaves the server) and draws what came back. Dashboard first (the ledger
// totals, and the unit ids the other parts are scoped by), then DashboardPanels (reporting,
// ranking, plans in default, deadlines) and DashboardRegions (the picker). A part whose subgraph
// is down comes back null: its panel says 数据暂不可用 and the rest is drawn. Typed by the
// generated operation types, so a schema change that breaks the page breaks the build.
import type {
  DashboardPanelsQuery,
  DashboardPanelsQueryVariables,
  DashboardQuery,
  DashboardQueryVariables,
  DashboardRegionsQuery,
  DashboardRegionsQueryVariables,
} from './generated/operations.js';
import {
  errorText,
  forgetToken,
  keepToken,
  currentToken,
  run,
  todayInChina,
  Unauthorised,
} from './api.js';
import { drawEach, LEDGER_PANELS, unavailable, type Region } from './charts.js';
import { openDrill, setUpDrill, whenUnauthorised, type Drill } from './drill.js';
import { percent, wan } from './figures.js';
import { dashboardVariables } from './dashboard-variables.js';
import { countedDebts, outstandingDebts, overdueDebts, unclosedClues } from './filters.js';
import { OTHER_PANELS, ranked, type Panels } from './panels.js';

const page = document.body.dataset;
const status = document.getElementById('status')!;
const tokenForm = document.getElementById('token-form') as HTMLFormElement;
const regionPicker = document.getElementById('region-picker') as HTMLSelectElement;
const periodPicker = document.getElementById('period-picker') as HTMLInputElement;

function askForToken(message: string): void {
  forgetToken();
  status.textContent = message;
  page.state = 'needs-token';
  tokenForm.hidden = false;
}
whenUnauthorised(() => askForToken('令牌无效或已过期，请重新粘贴。'));

/** The month the reporting panel and the bulletin are about: ?period=, else this month. */
function period(): string {
  const asked = new URLSearchParams(location.search).get('period');
  return asked && /^\d{4}-\d{2}$/.test(asked) ? asked : todayInChina().slice(0, 7);
}

function setKpi(name: string, value: string, shown: string, drill?: () => Drill | undefined): void {
  const element = document.querySelector<HTMLElement>(`[data-kpi="${name}"]`)!;
  element.textContent = shown;
  element.dataset.value = value;
  const box = element.closest<HTMLElement>('[data-kpi-box]')!;
  box.onclick = drill
    ? () => {
        const d = drill();
        if (d) void openDrill(d);
      }
    : null;
}

function kpis(region: Region, today: string, panels: () => Panels | undefined): void {
  const s = region.arrearsSummary;
  const all = { regionCode: region.code };
  setKpi('outstanding', s.outstanding, wan(s.outstanding), () => ({
    list: 'arrears',
    title: `${region.name}：有余额的欠款`,
    filter: outstandingDebts(all),
  }));
  setKpi('overdue', s.overdueOutstanding, wan(s.overdueOutstanding), () => ({
    list: 'arrears',
    title: `${region.name}：逾期欠款`,
    filter: overdueDebts(all, today),
  }));
  const counted = (): Drill => ({
    list: 'arrears',
    title: `${region.name}：在册欠款`,
    filter: countedDebts(all),
  });
  setKpi('count', String(s.count), String(s.count), counted);
  setKpi('clearanceRate', String(s.clearanceRate ?? ''), percent(s.clearanceRate), counted);
  setKpi(
    'zeroingRate',
    String(s.zeroing.rate ?? ''),
    `${percent(s.zeroing.rate)}（${s.zeroing.zeroed}/${s.zeroing.units}）`,
    () => ({
      list: 'arrears',
      title: `${region.name}：尚未清零单位的欠款`,
      filter: outstandingDebts(all),
    }),
  );
  setKpi(
    'clueClosureRate',
    String(s.clueClosure.rate ?? ''),
    `${percent(s.clueClosure.rate)}（${s.clueClosure.closed}/${s.clueClosure.accepted}）`,
    () => ({
      list: 'clues',
      title: `${region.name}：已受理尚未办结的线索`,
      filter: unclosedClues(region.code),
    }),
  );
  setKpi(
    'newAfterZeroing',
    String(s.newAfterZeroing.count),
    `${s.newAfterZeroing.count}（${wan(s.newAfterZeroing.amountDue)}万元）`,
    () => {
      // The units behind it: this year's assessment counts each unit's new arrears after zeroing.
      const p = panels();
      if (!p?.ranking) return undefined;
      return {
        list: 'rows',
        title: `${region.name}：边清边欠的单位（今年）`,
        headers: ['单位', '边清边欠（笔）', '漏报（笔）'],
        rows: ranked(p)
          .filter((u) => u.assessment!.newArrearsAfterZeroing + u.assessment!.lateRegisteredDebts)
          .map((u) => [
            u.name,
            String(u.assessment!.newArrearsAfterZeroing),
            String(u.assessment!.lateRegisteredDebts),
          ]),
      };
    },
  );
  const warnings = (): Drill | undefined =>
    region.fundingWarnings && {
      list: 'rows',
      title:
        region.fundingWarningCount && region.fundingWarningCount > region.fundingWarnings.length
          ? `${region.name}：欠款超过可用清欠资金的单位（共 ${region.fundingWarningCount} 家，列出缺口最大的 ${region.fundingWarnings.length} 家）`
          : `${region.name}：欠款超过可用清欠资金的单位`,
      headers: ['单位', '资金缺口（万元）'],
      rows: region.fundingWarnings.map((w) => [w.unit.name, wan(w.gap)]),
    };
  try {
    setKpi(
      'available',
      region.funds.availableForClearance,
      wan(region.funds.availableForClearance),
      warnings,
    );
    if (region.fundingWarningCount === null || region.fundingWarningCount === undefined)
      throw new Error('fundingWarningCount unavailable');
    setKpi(
      'warnings',
      String(region.fundingWarningCount),
      String(region.fundingWarningCount),
      warnings,
    );
  } catch {
    setKpi('available', '', '数据暂不可用');
    setKpi('warnings', '', '数据暂不可用');
  }
}

type TreeNode = { code: string; name: string; children?: TreeNode[]; parent?: TreeNode | null };

/**
 * The region picker: the tree from the top, indented, opened along the chosen region's line (its
 * ancestors with their regions, its own children); other branches show one level.
 */
function picker(region: Region, around: DashboardRegionsQuery | undefined): void {
  const children = new Map<string, { code: string; name: string }[]>();
  const names = new Map<string, string>();
  const learn = (node: TreeNode | null | undefined) => {
    for (let n = node; n; n = n.parent) {
      names.set(n.code, n.name);
      if (n.children) children.set(n.code, n.children);
      for (const c of n.children ?? []) names.set(c.code, c.name);
    }
  };
  for (const top of around?.regions ?? []) learn(top);
  learn(around?.region as TreeNode | null | undefined);
  children.set(region.code, region.children);
  names.set(region.code, region.name);
  // The roots: the top regions, else the chosen region's farthest known ancestor.
  let root: TreeNode = region as TreeNode;
  for (let n = around?.region as TreeNode | null | undefined; n; n = n.parent) root = n;
  const roots = around?.regions.length ? around.regions : [root];

  const options: [code: string, label: string][] = [];
  const seen = new Set<string>();
  const walk = (nodes: { code: string; name: string }[], depth: number) => {
    for (const n of nodes) {
      if (seen.has(n.code)) continue;
      seen.add(n.code);
      options.push([n.code, `${'\u3000'.repeat(depth)}${names.get(n.code) ?? n.name}`]);
      walk(children.get(n.code) ?? [], depth + 1);
    }
  };
  walk(roots, 0);
  if (!seen.has(region.code)) {
    options.push([region.code, region.name]);
    walk(region.children, 1);
  }
  regionPicker.replaceChildren(
    ...options.map(([code, label]) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = label;
      option.selected = code === region.code;
      return option;
    }),
  );
  const up = document.getElementById('region-up') as HTMLAnchorElement;
  if (region.parent) {
    up.hidden = false;
    up.textContent = `返回上一级（${region.parent.name}）`;
    up.href = `/dashboard?region=${encodeURIComponent(region.parent.code)}&period=${period()}`;
  }
}

function navigate(): void {
  const query = new URLSearchParams({ region: regionPicker.value, period: periodPicker.value });
  location.search = query.toString();
}

async function load(): Promise<void> {
  if (!currentToken()) return askForToken('请粘贴领导小组令牌（LEADING_GROUP）后查看。');
  tokenForm.hidden = true;
  page.state = 'loading';
  status.textContent = '加载中…';
  const today = todayInChina();
  const month = period();
  periodPicker.value = month;
  const variables = dashboardVariables(page.regionCode!);
  const bulletin = document.getElementById('bulletin-link') as HTMLAnchorElement;
  bulletin.href = `/dashboard/bulletin?region=${encodeURIComponent(variables.regionCode)}&period=${month}`;
  const answer = await run<DashboardQuery, DashboardQueryVariables>('Dashboard', variables);
  const region = answer.data?.region;
  if (!region) {
    page.state = 'error';
    status.textContent = `查询失败：${errorText(answer.errors) || `未找到地区 ${variables.regionCode}`}`;
    return;
  }
  document.getElementById('region-name')!.textContent = region.name;
  let panels: Panels | undefined;
  kpis(region, today, () => panels);
  const [, more, tree] = await Promise.all([
    drawEach(LEDGER_PANELS, { region, today }),
    run<DashboardPanelsQuery, DashboardPanelsQueryVariables>('DashboardPanels', {
      regionCode: region.code,
      period: month,
      year: Number(today.slice(0, 4)),
    }).catch((error: unknown) => {
      if (error instanceof Unauthorised) throw error;
      return { data: undefined, errors: [{ message: String(error) }] };
    }),
    run<DashboardRegionsQuery, DashboardRegionsQueryVariables>('DashboardRegions', {
      regionCode: region.code,
    }).catch(() => undefined),
  ]);
  picker(region, tree?.data ?? undefined);
  if (more.data) {
    panels = more.data;
    await drawEach(OTHER_PANELS, { panels: more.data, regionName: region.name, period: month });
  } else for (const name of Object.keys(OTHER_PANELS)) unavailable(name, errorText(more.errors));
  const partial = [...(answer.errors ?? []), ...(more.errors ?? [])];
  const missing = document.querySelectorAll('[data-panel][data-state="unavailable"]').length;
  status.textContent =
    `数据期间 ${variables.from} 至 ${variables.to}，月报 ${month}，更新于 ${new Date().toLocaleString('zh-CN')}` +
    (missing || partial.length ? `；${missing} 个面板数据暂不可用` : '');
  page.state = 'ready';
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const pasted = new FormData(tokenForm).get('token');
  if (typeof pasted === 'string' && pasted.trim()) keepToken(pasted);
  void start();
});
regionPicker.addEventListener('change', navigate);
periodPicker.addEventListener('change', navigate);
setUpDrill();

function start(): Promise<void> {
  return load().catch((error: unknown) => {
    if (error instanceof Unauthorised) return askForToken('令牌无效或已过期，请重新粘贴。');
    page.state = 'error';
    status.textContent = `加载失败：${String(error)}`;
  });
}
void start();
