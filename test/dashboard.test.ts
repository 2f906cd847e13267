// The leading group's dashboard (/dashboard) in headless Chromium against the real test hub: the
// charts must show the numbers the registered Dashboard operation returns for the seeded data
// (plus a payment recorded here, so the clearance trend has a month that is not zero), and a
// production gateway must ask for a token rather than carry one.
// Chromium: HUB_CHROMIUM or Debian's /usr/bin/chromium. Without it the test is skipped with a
// message, unless HUB_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { documentId, loadConfig, startGateway, type RunningGateway } from '@arrears-hub/gateway';
import { readOperations } from '../gateway/src/example-operations.ts';
import { extractText } from 'unpdf';
import type {
  ArrearFilter,
  MonthlyBulletinMattersQuery as MonthlyBulletinMattersAnswer,
  MonthlyBulletinQuery as MonthlyBulletinAnswer,
  MonthlyBulletinQueryVariables,
  DashboardArrearsQuery as DashboardArrearsAnswer,
  DashboardPanelsQuery as DashboardPanelsAnswer,
  DashboardQuery as DashboardAnswer,
  DashboardQueryVariables,
} from '../gateway/src/dashboard/generated/operations.ts';
import type { Whole } from '../gateway/src/dashboard/whole.ts';

// The answers with every subgraph up, as the page reads them (Whole: the records other subgraphs
// add are there).
type MonthlyBulletinMattersQuery = Whole<MonthlyBulletinMattersAnswer>;
type MonthlyBulletinQuery = Whole<MonthlyBulletinAnswer>;
type DashboardArrearsQuery = Whole<DashboardArrearsAnswer>;
type DashboardPanelsQuery = Whole<DashboardPanelsAnswer>;
type DashboardQuery = Whole<DashboardAnswer>;
import { percent, wan } from '../gateway/src/dashboard/money.ts';
import { outstandingDebts, type ListArea } from '../gateway/src/dashboard/filters.ts';
import { ADMIN, data, hub, LEADING_GROUP, tokenFor } from './harness/client.ts';
import { unique, verified } from './harness/fixtures.ts';

const CHROMIUM = process.env.HUB_CHROMIUM ?? '/usr/bin/chromium';
const BROWSER_MISSING = existsSync(CHROMIUM)
  ? null
  : `no Chromium at ${CHROMIUM} (install Debian's chromium or set HUB_CHROMIUM)`;
const REQUIRED = process.env.HUB_REQUIRE_BROWSER === '1';
const ARTIFACTS = fileURLToPath(new URL('./.artifacts/', import.meta.url));
if (BROWSER_MISSING)
  console.warn(
    `[dashboard.test] ${REQUIRED ? 'FAILING' : 'skipping'}: ${BROWSER_MISSING}${REQUIRED ? ' and HUB_REQUIRE_BROWSER=1' : ''}.`,
  );

/** Skips (or, with HUB_REQUIRE_BROWSER=1, fails) a test that needs the browser. */
function needsBrowser(ctx: TestContext): void {
  if (!BROWSER_MISSING) return;
  if (REQUIRED) throw new Error(`HUB_REQUIRE_BROWSER=1 but ${BROWSER_MISSING}.`);
  ctx.skip(`dashboard test skipped: ${BROWSER_MISSING}`);
}

const OPERATIONS = new Map(readOperations().map((op) => [op.name, op]));
const DASHBOARD = OPERATIONS.get('Dashboard')!;

/** Runs a registered operation by its document id, as the pages do, with a LEADING_GROUP token. */
async function runOperation<T>(name: string, variables: unknown): Promise<T> {
  const response = await fetch(hub().gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor(LEADING_GROUP)}`,
    },
    body: JSON.stringify({
      documentId: documentId(OPERATIONS.get(name)!.document),
      operationName: name,
      variables,
    }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Every row of a drill-down list through the API (pages of 500), for sums over the filter. */
async function allArrears(filter: ArrearFilter) {
  const nodes: DashboardArrearsQuery['arrears']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const page: DashboardArrearsQuery = await runOperation<DashboardArrearsQuery>(
      'DashboardArrears',
      { filter, first: 500, after },
    );
    nodes.push(...page.arrears.edges.map((e) => e.node));
    if (!page.arrears.pageInfo.hasNextPage) return { nodes, totalCount: page.arrears.totalCount };
    after = page.arrears.pageInfo.endCursor;
  }
}

const sumCents = (moneys: string[]) => moneys.reduce((sum, m) => sum + toCents(m), 0n);
const toCents = (money: string) =>
  BigInt(money.includes('.') ? money.replace('.', '') : `${money}00`);
const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

let browser: Browser | undefined;
beforeAll(async () => {
  if (BROWSER_MISSING) return;
  // No background traffic: the machines are offline. launch() gives Chromium a fresh temporary
  // profile of its own (it refuses --user-data-dir) and deletes it on close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page that fails the test on any script error or failed request of its own. */
async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1600, height: 1100 }, locale: 'zh-CN' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource') &&
      problems.push(`console: ${message.text()}`),
  );
  page.on(
    'response',
    (response) =>
      response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
  );
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return { page, problems };
}

/** The exact figures a panel's table carries: row key → data-* values. */
function tableFigures(page: Page, name: string): Promise<Record<string, Record<string, string>>> {
  return page.$$eval(`table[data-figures="${name}"] tbody tr`, (rows) =>
    Object.fromEntries(
      rows.map((row) => {
        const { key, ...values } = (row as unknown as { dataset: Record<string, string> }).dataset;
        return [key!, values as Record<string, string>];
      }),
    ),
  );
}

describe('the leading group dashboard', () => {
  it('draws the same numbers the Dashboard operation returns', async (ctx) => {
    needsBrowser(ctx);
    // A payment this month, so the trend's last month is real money, not only zeroes.
    const arrear = await verified();
    await data(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
      {
        i: {
          arrearId: arrear.id,
          amount: '234.56',
          paidOn: todayInChina(),
          method: 'TRANSFER',
          idempotencyKey: unique('dashboard'),
        },
      },
      ADMIN,
    );

    const { page, problems } = await open();
    const base = hub().gatewayUrl.replace(/\/graphql$/, '');
    const request = page.waitForRequest(
      (r) => r.url().endsWith('/graphql') && r.method() === 'POST',
    );
    await page.goto(`${base}/dashboard`);
    const sent = (await request).postDataJSON() as {
      documentId: string;
      variables: DashboardQueryVariables;
    };
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

    // The page ran the registered operation; run the same one here with the same variables.
    expect(sent.documentId).toBe(documentId(DASHBOARD.document));
    const response = await fetch(hub().gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(LEADING_GROUP)}`,
      },
      body: JSON.stringify({ documentId: sent.documentId, variables: sent.variables }),
    });
    const expected = ((await response.json()) as { data: DashboardQuery }).data.region!;
    const s = expected.arrearsSummary;
    expect(expected.children.length).toBeGreaterThan(0);
    expect(s.clearedByMonth.at(-1)!.month).toBe(todayInChina().slice(0, 7));
    expect(Number(s.clearedByMonth.at(-1)!.paid)).toBeGreaterThanOrEqual(234.56);

    const kpi = (name: string) => page.getAttribute(`[data-kpi="${name}"]`, 'data-value');
    expect(await page.textContent('#region-name')).toBe(expected.name);
    expect(await kpi('outstanding')).toBe(s.outstanding);
    expect(await kpi('overdue')).toBe(s.overdueOutstanding);
    expect(await kpi('count')).toBe(String(s.count));
    expect(await kpi('available')).toBe(expected.funds.availableForClearance);

    // Per area: each region below exactly as the API says, plus the region's own level (本级), so
    // that the areas add up to the region's totals.
    const areas = await tableFigures(page, 'regions');
    const own = `${expected.code}-own`;
    expect(Object.keys(areas).sort()).toEqual(
      [own, ...expected.children.map((c) => c.code)].sort(),
    );
    for (const c of expected.children) {
      expect(areas[c.code]).toEqual({
        outstanding: c.arrearsSummary.outstanding,
        overdue: c.arrearsSummary.overdueOutstanding,
        count: String(c.arrearsSummary.count),
      });
    }
    const total = (
      rows: Record<string, Record<string, string>>,
      field: string,
      keys = Object.keys(rows),
    ) => keys.reduce((sum, k) => sum + toCents(rows[k]![field]!), 0n);
    expect(total(areas, 'outstanding')).toBe(toCents(s.outstanding));
    expect(total(areas, 'overdue')).toBe(toCents(s.overdueOutstanding));
    expect(total(areas, 'count')).toBe(toCents(String(s.count)));
    expect(await tableFigures(page, 'trend')).toEqual(
      Object.fromEntries(
        s.clearedByMonth.map((m) => [m.month, { paid: m.paid, payments: String(m.payments) }]),
      ),
    );
    expect(await tableFigures(page, 'ageing')).toEqual(
      Object.fromEntries(
        s.byAgeBucket.map((b) => [
          b.bucket,
          { outstanding: b.outstanding, count: String(b.count) },
        ]),
      ),
    );
    expect(await tableFigures(page, 'clues')).toEqual({
      onTime: { count: String(s.clueClocks.onTime) },
      dueSoon: { count: String(s.clueClocks.dueSoon) },
      overdue: { count: String(s.clueClocks.overdue) },
    });
    const funds = await tableFigures(page, 'funds');
    expect(funds[expected.code]).toEqual({
      outstanding: s.outstanding,
      available: expected.funds.availableForClearance,
    });
    for (const c of expected.children)
      expect(funds[c.code]).toEqual({
        outstanding: c.arrearsSummary.outstanding,
        available: c.funds.availableForClearance,
      });
    expect(total(funds, 'available', Object.keys(areas))).toBe(
      toCents(expected.funds.availableForClearance),
    );
    const cases = await tableFigures(page, 'cases');
    expect(cases[expected.code]).toEqual({
      open: String(expected.supervision.openCases),
      overdue: String(expected.supervision.overdueCases),
    });
    for (const c of expected.children)
      expect(cases[c.code]).toEqual({
        open: String(c.supervision.openCases),
        overdue: String(c.supervision.overdueCases),
      });
    expect(total(cases, 'open', Object.keys(areas))).toBe(
      toCents(String(expected.supervision.openCases)),
    );

    // How fast the region's debtors paid in the last finished half: the exact shares and days.
    const p = expected.paymentPerformance;
    const text = (share: number | null) => (share === null ? '—' : String(share));
    expect(sent.variables.half).toMatch(/^\d{4}-H[12]$/);
    expect(await tableFigures(page, 'payments')).toEqual({
      within30: { count: text(p.within30), value: text(p.within30Value) },
      days31To60: { count: text(p.days31To60), value: text(p.days31To60Value) },
      over60: { count: text(p.over60), value: text(p.over60Value) },
      paidLate: { count: text(p.paidLate), value: text(p.paidLateValue) },
      days: { count: text(p.averageDays), value: text(p.medianDays) },
      inDispute: { count: text(p.inDispute), value: '—' },
    });

    // Every panel was drawn, on canvases of a real size; none says 数据暂不可用 on a whole hub.
    const panels = await page.$$eval('[data-panel]', (list) =>
      list.map((p) => (p as unknown as { dataset: Record<string, string> }).dataset.state),
    );
    expect(panels).toHaveLength(11);
    expect(
      panels.every((state) => state === 'ready'),
      panels.join(','),
    ).toBe(true);
    const canvases = await page.$$eval('[data-panel] .chart canvas', (list) =>
      list.map((c) => (c as unknown as { width: number }).width),
    );
    expect(canvases).toHaveLength(11);
    expect(canvases.every((w) => w > 100)).toBe(true);
    // Amounts on the figures are 万元 with separators, from the exact strings.
    expect(await page.textContent('[data-kpi="outstanding"]')).toBe(wan(s.outstanding));
    expect(await page.textContent('[data-kpi="zeroingRate"]')).toBe(
      `${percent(s.zeroing.rate)}（${s.zeroing.zeroed}/${s.zeroing.units}）`,
    );
    // Region labels do not overlap: horizontal bars, one row per area, every label drawn.
    const labels = await page.evaluate(() => {
      // In the page: its globals, untyped here (the test compiles without the DOM library).
      const page = globalThis as any;
      const chart = page.echarts.getInstanceByDom(
        page.document.querySelector('[data-panel="regions"] .chart'),
      );
      const option = chart.getOption();
      return {
        type: option.yAxis[0].type,
        data: option.yAxis[0].data,
        interval: option.yAxis[0].axisLabel.interval,
      };
    });
    expect(labels.type).toBe('category');
    expect(labels.interval).toBe(0);
    expect(labels.data).toHaveLength(expected.children.length + 1);

    // The region picker holds the region, its children and the regions above it.
    const options = await page.$$eval('#region-picker option', (list) =>
      list.map((o) => (o as unknown as { value: string; selected: boolean }).value),
    );
    expect(options).toEqual(
      expect.arrayContaining([expected.code, ...expected.children.map((c) => c.code)]),
    );
    if (expected.parent) expect(options).toContain(expected.parent.code);
    expect(
      await page.$eval('#region-picker', (e) => (e as unknown as { value: string }).value),
    ).toBe(expected.code);

    mkdirSync(ARTIFACTS, { recursive: true });
    const screenshot = join(ARTIFACTS, 'dashboard.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    console.log(`[dashboard.test] screenshot: ${screenshot}`);
    expect(problems).toEqual([]);

    // Picking a region below opens its dashboard.
    const child = expected.children[0]!;
    await Promise.all([
      page.waitForURL(/region=/),
      page.selectOption('#region-picker', child.code),
    ]);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    expect(await page.textContent('#region-name')).toBe(child.name);
    expect(problems).toEqual([]);
    await page.close();
  });

  describe('in production', () => {
    let gateway: RunningGateway | undefined;
    afterAll(async () => gateway?.stop());

    it('carries no token: it asks for one, keeps it in the tab, and then draws', async (ctx) => {
      needsBrowser(ctx);
      const routing = Object.fromEntries(
        Object.entries(hub().subgraphUrls).map(([n, u]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, u]),
      );
      gateway = await startGateway(
        loadConfig({
          ...routing,
          PORT: '0',
          NODE_ENV: 'production',
          HUB_RATE_LIMIT_PER_MINUTE: '0',
          HUB_JWT_SECRET: 'arrears-hub-development-jwt-secret-not-for-production',
          HUB_VIEWER_SECRET: 'arrears-hub-development-viewer-secret',
        }),
      );
      const base = gateway.url.replace(/\/graphql$/, '');
      const html = await (await fetch(`${base}/dashboard`)).text();
      expect(html).not.toMatch(/data-development-token|eyJ/);

      const { page, problems } = await open();
      await page.goto(`${base}/dashboard`);
      await page.waitForSelector('body[data-state="needs-token"]');
      expect(await page.isVisible('#token-form')).toBe(true);
      await page.fill('#token-form input[name="token"]', 'not-a-token');
      await page.click('#token-form button');
      await page.waitForSelector('body[data-state="needs-token"] >> text=令牌无效');
      await page.fill('#token-form input[name="token"]', await tokenFor(LEADING_GROUP));
      await page.click('#token-form button');
      await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
      expect(await page.getAttribute('[data-kpi="outstanding"]', 'data-value')).toMatch(
        /^\d+\.\d{2}$/,
      );
      // A reload in the same tab reuses the pasted token.
      await page.reload();
      await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
      // The 401 of the bad token is the one expected failure.
      expect(problems).toEqual([`401 ${gateway.url}`]);
      await page.close();
    });
  });
});

describe('GraphiQL for inspectors', () => {
  it('downloads the active tab’s result as CSV with the CSV button', async (ctx) => {
    needsBrowser(ctx);
    const base = hub().gatewayUrl.replace(/\/graphql$/, '');
    const page = await browser!.newPage({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on(
      'console',
      (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`),
    );
    await page.goto(`${base}/graphiql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 }).catch(() => undefined);
    // A broken inline script leaves GraphiQL blank: say so rather than time out.
    expect(await page.$('button[title*="CSV"]'), problems.join('; ')).not.toBeNull();
    // The first tab is the first registered operation (CluesPastClock), run with the development token.
    const first = readOperations()[0]!;
    await page.waitForSelector('button[title*="CSV"]', { timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('button[title*="CSV"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${first.name}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    // The rows are the first list of the same operation's answer.
    const answer = await data<any>(first.document, first.variables ?? {}, LEADING_GROUP);
    const firstList = Object.values(answer)[0] as { edges: unknown[] };
    expect(lines.length - 1).toBe(firstList.edges.length);
    expect(lines[0]!.split(',').length).toBeGreaterThan(1);
    await page.close();
  });
});

/** Where a bar of a chart is on the page (ECharts' own layout of the drawn rectangle). */
async function barCentre(page: Page, panel: string, seriesIndex: number, dataIndex: number) {
  const centre = await page.evaluate(
    ({ panel, seriesIndex, dataIndex }) => {
      const page = globalThis as any; // in the page: its globals, untyped here
      const element = page.document.querySelector(`[data-panel="${panel}"] .chart`);
      const chart = page.echarts.getInstanceByDom(element);
      const rect = chart
        .getModel()
        .getSeriesByIndex(seriesIndex)
        .getData()
        .getItemLayout(dataIndex);
      const box = element.getBoundingClientRect();
      return { x: box.left + rect.x + rect.width / 2, y: box.top + rect.y + rect.height / 2 };
    },
    { panel, seriesIndex, dataIndex },
  );
  return centre;
}

describe('the drill-down behind the dashboard', () => {
  it('a click on a region’s bar opens its debts: same filter, paged, with CSV', async (ctx) => {
    needsBrowser(ctx);
    const { page, problems } = await open();
    const base = hub().gatewayUrl.replace(/\/graphql$/, '');
    const dashboard = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'Dashboard',
    );
    await page.goto(`${base}/dashboard`);
    const region = ((await (await dashboard).json()) as { data: DashboardQuery }).data.region!;
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

    // The area with the most outstanding: its outstanding bar (series 0) is the widest to hit.
    // The region's own level (本级) and each child: the own level's list is the debts of units
    // placed in the region itself, which the API tells apart (regionOwnLevel).
    const areas: { code: string; name: string; scope: ListArea; outstanding: string }[] = [
      {
        code: `${region.code}-own`,
        name: `${region.name}本级`,
        scope: { regionCode: region.code, ownLevel: true },
        outstanding: '',
      },
      ...region.children.map((c) => ({
        code: c.code,
        name: c.name,
        scope: { regionCode: c.code },
        outstanding: c.arrearsSummary.outstanding,
      })),
    ];
    const rows = await tableFigures(page, 'regions');
    for (const a of areas) a.outstanding = rows[a.code]!.outstanding!;
    const index = areas.reduce(
      (best, a, i) => (toCents(a.outstanding) > toCents(areas[best]!.outstanding) ? i : best),
      0,
    );
    const area = areas[index]!;
    expect(toCents(area.outstanding)).toBeGreaterThan(0n);

    const { x, y } = await barCentre(page, 'regions', 0, index);
    await page.mouse.click(x, y);
    await page.waitForSelector('#drill[data-state="ready"]', { timeout: 30_000 });
    expect(await page.textContent('#drill .drill-title')).toBe(`${area.name}：有余额的欠款`);
    const filter = JSON.parse((await page.getAttribute('#drill', 'data-filter'))!) as ArrearFilter;
    expect(filter).toEqual(outstandingDebts(area.scope));

    // The list behind the bar is the bar: its debts' outstanding adds up to the bar's figure.
    const all = await allArrears(filter);
    expect(sumCents(all.nodes.map((n) => n.outstanding))).toBe(toCents(area.outstanding));
    expect(await page.getAttribute('#drill', 'data-total-count')).toBe(String(all.totalCount));
    const shown = await page.$$eval('#drill tbody tr', (trs) =>
      trs.map((tr) => (tr as unknown as { dataset: Record<string, string> }).dataset),
    );
    expect(shown.map((r) => r.id)).toEqual(all.nodes.slice(0, 20).map((n) => n.id));
    expect(shown.map((r) => r.outstanding)).toEqual(
      all.nodes.slice(0, 20).map((n) => n.outstanding),
    );

    // A KPI opens the region's whole list; it pages 20 at a time.
    await page.click('[data-kpi-box="outstanding"]');
    await page.waitForSelector(`#drill[data-state="ready"] >> text=${region.name}：有余额的欠款`);
    const whole = await allArrears(outstandingDebts({ regionCode: region.code }));
    expect(sumCents(whole.nodes.map((n) => n.outstanding))).toBe(
      toCents(region.arrearsSummary.outstanding),
    );
    expect(await page.getAttribute('#drill', 'data-total-count')).toBe(String(whole.totalCount));
    if (whole.totalCount > 20) {
      await page.click('#drill .drill-next');
      await page.waitForSelector('#drill[data-state="ready"] >> text=第 21–');
      const second = await page.$$eval('#drill tbody tr', (trs) =>
        trs.map((tr) => (tr as unknown as { dataset: Record<string, string> }).dataset.id),
      );
      expect(second).toEqual(whole.nodes.slice(20, 40).map((n) => n.id));
      await page.click('#drill .drill-previous');
      await page.waitForSelector('#drill[data-state="ready"] >> text=第 1–');
    }

    // The CSV link downloads the same list (the registered operation through /export.csv).
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('#drill .drill-csv'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^DashboardArrears-\d{4}-\d{2}-\d{2}\.csv$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.length - 1).toBe(Math.min(whole.totalCount, 500));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows 数据暂不可用 for a panel whose data did not come, and draws the others', async (ctx) => {
    needsBrowser(ctx);
    const { page, problems } = await open();
    // The gateway's answer when a subgraph is down: the field null, an error naming its path.
    await page.route('**/graphql', async (route) => {
      const name = route.request().postDataJSON()?.operationName as string;
      const response = await route.fetch();
      const body = (await response.json()) as { data: any; errors?: unknown[] };
      if (name === 'Dashboard') {
        body.data.region.supervision = null;
        for (const c of body.data.region.children) c.supervision = null;
        body.errors = [{ message: '督办子图暂不可用', path: ['region', 'supervision'] }];
      }
      if (name === 'DashboardPanels') {
        body.data.ranking = null;
        body.errors = [{ message: '督办子图暂不可用', path: ['ranking'] }];
      }
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${hub().gatewayUrl.replace(/\/graphql$/, '')}/dashboard`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const states = Object.fromEntries(
      await page.$$eval('[data-panel]', (list) =>
        list.map((p) => {
          const d = (p as unknown as { dataset: Record<string, string> }).dataset;
          return [d.panel!, d.state!];
        }),
      ),
    );
    expect(states).toMatchObject({
      cases: 'unavailable',
      ranking: 'unavailable',
      regions: 'ready',
      reporting: 'ready',
      deadlines: 'ready',
      funds: 'ready',
    });
    expect(await page.textContent('[data-panel="cases"] .unavailable')).toBe('数据暂不可用');
    expect(await page.textContent('#status')).toMatch(/2 个面板数据暂不可用/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the reporting, ranking and deadline panels from DashboardPanels', async (ctx) => {
    needsBrowser(ctx);
    const { page, problems } = await open();
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().postDataJSON()?.operationName === 'DashboardPanels',
    );
    await page.goto(`${hub().gatewayUrl.replace(/\/graphql$/, '')}/dashboard`);
    const sent = (await answered).request().postDataJSON() as { variables: unknown };
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const expected = await runOperation<DashboardPanelsQuery>('DashboardPanels', sent.variables);

    const reporting = await tableFigures(page, 'reporting');
    const groups = expected.workingGroups.edges.map((e) => e.node);
    expect(Object.keys(reporting).sort()).toEqual(groups.map((g) => g.id).sort());
    for (const g of groups)
      expect(reporting[g.id]).toMatchObject({
        units: String(g.ledgerReporting.units),
        late: String(g.ledgerReporting.late),
        missing: String(g.ledgerReporting.missing),
      });
    const ranking = await tableFigures(page, 'ranking');
    const scored = expected.ranking.edges.filter((e) => e.node.assessment);
    expect(Object.keys(ranking)).toHaveLength(scored.length);
    const best = Math.max(...scored.map((e) => e.node.assessment!.score));
    const first = await page.$eval(
      'table[data-figures="ranking"] tbody tr',
      (tr) => (tr as unknown as { dataset: Record<string, string> }).dataset,
    );
    expect(Number(first.score)).toBe(best);
    const deadlines = await tableFigures(page, 'deadlines');
    for (const d of expected.campaignDeadlines)
      expect(deadlines[d.id]).toMatchObject({
        units: String(d.compliance.units),
        compliant: String(d.compliance.compliant),
      });

    // A click on a sector group's bar lists its units in that state.
    if (groups.length) {
      const g = groups.findIndex((x) => x.ledgerReporting.lines.length > 0);
      if (g >= 0) {
        const line = groups[g]!.ledgerReporting.lines[0]!;
        const states = ['ON_TIME', 'PAUSED', 'LATE', 'RETURNED', 'MISSING', 'PENDING'];
        const { x, y } = await barCentre(page, 'reporting', states.indexOf(line.state), g);
        await page.mouse.click(x, y);
        await page.waitForSelector('#drill[data-state="ready"]');
        const units = await page.$$eval('#drill tbody tr td:first-child', (tds) =>
          tds.map((td) => td.textContent),
        );
        expect(units).toEqual(
          groups[g]!.ledgerReporting.lines.filter((l) => l.state === line.state).map(
            (l) => l.unit.name,
          ),
        );
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the monthly bulletin (月度通报)', () => {
  it('prints to PDF with the figures the API gives for the region and month', async (ctx) => {
    needsBrowser(ctx);
    const { page, problems } = await open();
    const base = hub().gatewayUrl.replace(/\/graphql$/, '');
    const period = todayInChina().slice(0, 7);
    const sent = page.waitForRequest(
      (r) => r.url().endsWith('/graphql') && r.postDataJSON()?.operationName === 'MonthlyBulletin',
    );
    await page.goto(`${base}/bulletin?region=150621&period=${period}`);
    const variables = (await sent).postDataJSON().variables as MonthlyBulletinQueryVariables;
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    expect(variables).toMatchObject({ regionCode: '150621', period, monthEnd: todayInChina() });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const saved = join(ARTIFACTS, 'bulletin.pdf');
    writeFileSync(saved, pdf);
    console.log(`[dashboard.test] bulletin: ${saved}`);
    const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: true });
    expect(totalPages).toBeGreaterThan(0);
    const flat = text.replace(/\s+/g, '');

    const b = await runOperation<MonthlyBulletinQuery>('MonthlyBulletin', variables);
    const region = b.region!;
    const p = region.arrearsSummary.positionOn;
    const s = region.arrearsSummary;
    expect(flat).toContain(`${region.name}清理拖欠企业账款工作情况通报`);
    for (const figure of [
      `欠款余额${wan(p.outstanding)}万元`,
      `其中逾期${wan(p.overdueOutstanding)}万元`,
      `在册拖欠企业账款${p.count}笔`,
      `应付金额${wan(p.amountDue)}万元`,
      `清偿率${percent(p.clearanceRate)}`,
      `欠款清零率${percent(s.zeroing.rate)}（${s.zeroing.zeroed}/${s.zeroing.units}个单位）`,
      `线索办结率${percent(s.clueClosure.rate)}`,
      `边清边欠${s.newAfterZeroing.count}笔`,
      `当月清偿${wan(s.clearedByMonth[0]!.paid)}万元（${s.clearedByMonth[0]!.payments}笔）`,
    ])
      expect(flat, figure).toContain(figure.replace(/\s+/g, ''));
    const r = region.ledgerReporting;
    expect(flat).toContain(
      `应报送单位${r.expected}个，按时报送${r.onTime}个，逾期报送${r.late}个，逾期未报送${r.missing}个`,
    );
    for (const u of [...r.lateUnits, ...r.missingUnits]) expect(flat).toContain(u.name);
    // The ranking: the best-scored unit is named, with its score.
    const scored = b.ranking.edges.map((e) => e.node).filter((u) => u.assessment);
    if (scored.length) {
      const top = Math.max(...scored.map((u) => u.assessment!.score));
      const firsts = scored.filter((u) => u.assessment!.score === top);
      expect(firsts.some((u) => flat.includes(`1${u.name}${top.toFixed(2)}`))).toBe(true);
    }
    // Overdue clues and plans in default: the counts, and every unit named.
    const m = await runOperation<MonthlyBulletinMattersQuery>('MonthlyBulletinMatters', {
      regionCode: region.code,
      asOf: variables.monthEnd,
    });
    expect(flat).toContain(
      `审查转办超期线索${m.reviewOverdue.totalCount}件，办理超期线索${m.handlingOverdue.totalCount}件`,
    );
    const defaults = m.cases.edges.filter((e) => e.node.trigger === 'PLAN_DEFAULT');
    expect(flat).toContain(`还款计划违约在办督办案件${defaults.length}件`);
    for (const d of defaults) expect(flat).toContain(d.node.targetUnit.name);
    expect(problems).toEqual([]);
    await page.close();
  });
});
