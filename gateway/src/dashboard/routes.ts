// GET /dashboard: the leading group's dashboard, and GET /dashboard/bulletin?region=…&period=…: the
// monthly bulletin, served by the gateway with everything they need (ECharts from the installed npm
// package, the compiled client modules): the machines are offline. The pages run registered
// operations (gateway/operations/Dashboard*.graphql, MonthlyBulletin*.graphql) by their ids.
import { existsSync, readFileSync } from 'node:fs';
import type { RouteHandler } from '@arrears-hub/protocol';
import { readOperations } from '../example-operations.js';
import { packageFile } from '../graphiql.js';
import { gatewayMessages as msg } from '../messages.js';
import { documentId } from '../trusted-documents.js';
import { BULLETIN_CSS, bulletinPage, DASHBOARD_CSS, dashboardPage } from './page.js';

/** The region the leading group's monthly questions are about (design §4: the Overview query). */
export const DEFAULT_REGION = '150621';

// Scripts only from the gateway itself; styles are the page's own sheet and ECharts' inline ones.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

/** The operations the pages run, by name → document id. */
const PAGE_OPERATIONS = [
  'Dashboard',
  'DashboardPanels',
  'DashboardRegions',
  'DashboardArrears',
  'DashboardClues',
  'MonthlyBulletin',
  'MonthlyBulletinMatters',
];

function pageDocuments(): Record<string, string> {
  const operations = new Map(readOperations().map((op) => [op.name, op.document]));
  return Object.fromEntries(
    PAGE_OPERATIONS.map((name) => {
      const document = operations.get(name);
      if (!document)
        throw new Error(
          `gateway/operations/${name}.graphql is missing: the dashboard has no operation to run.`,
        );
      return [name, documentId(document)];
    }),
  );
}

/** "YYYY-MM" of a real month, else undefined (the page then takes this month). */
const validPeriod = (value: string | null) =>
  value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;

/** The compiled client modules sit beside this file in dist/ (tsc builds them with the gateway). */
const CLIENT_MODULES = [
  'client.js',
  'dashboard-variables.js',
  'bulletin.js',
  'api.js',
  'charts.js',
  'drill.js',
  'figures.js',
  'filters.js',
  'money.js',
  'panels.js',
];

function staticFile(body: () => Buffer | string, type: string, cache: string): RouteHandler {
  return (_req, res) => {
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
    });
    res.end(body());
  };
}

function sendPage(res: Parameters<RouteHandler>[1], html: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

export function dashboardRoutes(
  developmentToken: () => Promise<string | undefined>,
): Record<string, RouteHandler> {
  const documents = pageDocuments();
  const echarts = readFileSync(packageFile('echarts', 'dist/echarts.min.js'));
  const routes: Record<string, RouteHandler> = {
    '/dashboard': async (_req, res, url) => {
      const html = dashboardPage({
        regionCode: url.searchParams.get('region') ?? DEFAULT_REGION,
        documents,
        developmentToken: await developmentToken(),
      });
      sendPage(res, html);
    },
    '/dashboard/bulletin': async (_req, res, url) => {
      const html = bulletinPage({
        regionCode: url.searchParams.get('region') ?? DEFAULT_REGION,
        period: validPeriod(url.searchParams.get('period')),
        documents,
        developmentToken: await developmentToken(),
      });
      sendPage(res, html);
    },
    // The short address the bulletin is announced by.
    '/bulletin': (req, res, url) => routes['/dashboard/bulletin']!(req, res, url),
    '/dashboard/echarts.js': staticFile(() => echarts, 'text/javascript', 'public, max-age=86400'),
    '/dashboard/dashboard.css': staticFile(() => DASHBOARD_CSS, 'text/css', 'no-cache'),
    '/dashboard/bulletin.css': staticFile(() => BULLETIN_CSS, 'text/css', 'no-cache'),
  };
  for (const name of CLIENT_MODULES) {
    const file = new URL(`./${name}`, import.meta.url);
    // Read on request: a missing file (running from src/ without a build) is a clear 500, not a crash at start.
    routes[`/dashboard/${name}`] = (req, res, url) => {
      if (!existsSync(file)) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end(msg.clientModuleNotBuilt({ name }).text());
      }
      return staticFile(() => readFileSync(file), 'text/javascript', 'no-cache')(req, res, url);
    };
  }
  return routes;
}
