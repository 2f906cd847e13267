/// <reference lib="dom" />
// The dashboard page's script: gets a token, runs the registered Dashboard operation by its
// document id (the text never leaves the server), and draws the result. Typed by the generated
// operation types, so a schema change that breaks the page breaks the build.
import type { DashboardQuery, DashboardQueryVariables } from './generated/operations.js';
import { drawAll } from './charts.js';

const TOKEN_KEY = 'arrears-hub.token';
const page = document.body.dataset;
const status = document.getElementById('status')!;
const tokenForm = document.getElementById('token-form') as HTMLFormElement;

/** The development token the gateway put in the page, else the one pasted earlier in this tab. */
function currentToken(): string | null {
  return page.developmentToken || sessionStorage.getItem(TOKEN_KEY);
}

/** The last twelve months up to this one, in China time like the ledger's dates. */
function lastTwelveMonths(): { from: string; to: string } {
  const now = new Date(Date.now() + 8 * 3600_000);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 7), to: now.toISOString().slice(0, 7) };
}

/** The last half-year that has ended ("2026-H1" from July on), for the payment-times panel. */
function lastFinishedHalf(): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  const year = now.getUTCFullYear();
  return now.getUTCMonth() < 6 ? `${year - 1}-H2` : `${year}-H1`;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function fetchDashboard(
  token: string,
  variables: DashboardQueryVariables,
): Promise<{ status: number; body: GraphQLResponse<DashboardQuery> }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: page.documentId, operationName: 'Dashboard', variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResponse<DashboardQuery>,
  };
}

function askForToken(message: string): void {
  sessionStorage.removeItem(TOKEN_KEY);
  delete page.developmentToken; // a refused development token is not offered again
  status.textContent = message;
  page.state = 'needs-token';
  tokenForm.hidden = false;
}

async function load(): Promise<void> {
  const token = currentToken();
  if (!token) return askForToken('请粘贴领导小组令牌（LEADING_GROUP）后查看。');
  tokenForm.hidden = true;
  page.state = 'loading';
  status.textContent = '加载中…';
  const variables: DashboardQueryVariables = {
    regionCode: page.regionCode!,
    ...lastTwelveMonths(),
    half: lastFinishedHalf(),
  };
  const { status: code, body } = await fetchDashboard(token, variables);
  if (code === 401) return askForToken('令牌无效或已过期，请重新粘贴。');
  const region = body.data?.region;
  if (body.errors?.length || !region) {
    page.state = 'error';
    status.textContent = `查询失败：${body.errors?.map((e) => e.message).join('；') ?? `未找到地区 ${variables.regionCode}`}`;
    return;
  }
  document.getElementById('region-name')!.textContent = region.name;
  const s = region.arrearsSummary;
  const kpis: Record<string, string> = {
    outstanding: s.outstanding,
    overdue: s.overdueOutstanding,
    count: String(s.count),
    clearanceRate: s.clearanceRate === null ? '—' : `${(s.clearanceRate * 100).toFixed(2)}%`,
    available: region.funds.availableForClearance,
    warnings: String(region.fundingWarnings.length),
  };
  for (const [name, value] of Object.entries(kpis)) {
    const element = document.querySelector<HTMLElement>(`[data-kpi="${name}"]`)!;
    element.textContent = value;
    element.dataset.value = value;
  }
  await drawAll(region);
  status.textContent = `数据期间 ${variables.from} 至 ${variables.to}，更新于 ${new Date().toLocaleString('zh-CN')}`;
  page.state = 'ready';
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const pasted = new FormData(tokenForm).get('token');
  if (typeof pasted === 'string' && pasted.trim())
    sessionStorage.setItem(TOKEN_KEY, pasted.trim().replace(/^Bearer\s+/i, ''));
  void load();
});

load().catch((error: unknown) => {
  page.state = 'error';
  status.textContent = `加载失败：${String(error)}`;
});
