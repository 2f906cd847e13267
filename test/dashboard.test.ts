// The leading group's dashboard (/dashboard) in headless Chromium against the real test hub: the
// charts must show the numbers the registered Dashboard operation returns for the seeded data
// (plus a payment recorded here, so the clearance trend has a month that is not zero), and a
// production gateway must ask for a token rather than carry one.
// Chromium: HUB_CHROMIUM or Debian's /usr/bin/chromium. Without it the test is skipped with a
// message, unless HUB_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, startGateway, type RunningGateway } from '@arrears-hub/gateway';
import { readOperations } from '../gateway/src/example-operations.ts';
import { documentId } from '../gateway/src/trusted-documents.ts';
import type {
  DashboardQuery,
  DashboardQueryVariables,
} from '../gateway/src/dashboard/generated/operations.ts';
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

const DASHBOARD = readOperations().find((op) => op.name === 'Dashboard')!;
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

    // Seven charts were drawn on canvases of a real size.
    const canvases = await page.$$eval('[data-panel] .chart canvas', (list) =>
      list.map((c) => (c as unknown as { width: number }).width),
    );
    expect(canvases).toHaveLength(7);
    expect(canvases.every((w) => w > 100)).toBe(true);

    mkdirSync(ARTIFACTS, { recursive: true });
    const screenshot = join(ARTIFACTS, 'dashboard.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    console.log(`[dashboard.test] screenshot: ${screenshot}`);
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
