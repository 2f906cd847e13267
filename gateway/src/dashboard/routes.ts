// GET /dashboard: the leading group's dashboard, served by the gateway with everything it needs
// (ECharts from the installed npm package, the compiled client modules): the machines are offline.
// The page runs one registered operation (gateway/operations/Dashboard.graphql) by its id.
import { existsSync, readFileSync } from 'node:fs';
import type { RouteHandler } from '@arrears-hub/protocol';
import { readOperations } from '../example-operations.js';
import { packageFile } from '../graphiql.js';
import { documentId } from '../trusted-documents.js';
import { DASHBOARD_CSS, dashboardPage } from './page.js';

/** The region the leading group's monthly questions are about (design §4: the Overview query). */
export const DEFAULT_REGION = '150621';

// Scripts only from the gateway itself; styles are the page's own sheet and ECharts' inline ones.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

function dashboardDocumentId(): string {
  const operation = readOperations().find((op) => op.name === 'Dashboard');
  if (!operation)
    throw new Error(
      'gateway/operations/Dashboard.graphql is missing: the dashboard has no operation to run.',
    );
  return documentId(operation.document);
}

/** The compiled client modules sit beside this file in dist/ (tsc builds them with the gateway). */
const CLIENT_MODULES = ['client.js', 'charts.js', 'figures.js'];

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

export function dashboardRoutes(
  developmentToken: () => Promise<string | undefined>,
): Record<string, RouteHandler> {
  const id = dashboardDocumentId();
  const echarts = readFileSync(packageFile('echarts', 'dist/echarts.min.js'));
  const routes: Record<string, RouteHandler> = {
    '/dashboard': async (_req, res, url) => {
      const regionCode = url.searchParams.get('region') ?? DEFAULT_REGION;
      const html = dashboardPage({
        regionCode,
        documentId: id,
        developmentToken: await developmentToken(),
      });
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': CSP,
        'referrer-policy': 'no-referrer',
      });
      res.end(html);
    },
    '/dashboard/echarts.js': staticFile(() => echarts, 'text/javascript', 'public, max-age=86400'),
    '/dashboard/dashboard.css': staticFile(() => DASHBOARD_CSS, 'text/css', 'no-cache'),
  };
  for (const name of CLIENT_MODULES) {
    const file = new URL(`./${name}`, import.meta.url);
    // Read on request: a missing file (running from src/ without a build) is a clear 500, not a crash at start.
    routes[`/dashboard/${name}`] = (req, res, url) => {
      if (!existsSync(file)) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end(`${name} is not built: run npm run build.`);
      }
      return staticFile(() => readFileSync(file), 'text/javascript', 'no-cache')(req, res, url);
    };
  }
  return routes;
}
