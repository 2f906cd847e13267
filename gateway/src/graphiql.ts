// GraphiQL served by the gateway itself, from the installed npm packages: the hub's machines are
// offline, so no CDN. In development the page carries a LEADING_GROUP token so it works at once.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RouteHandler } from '@arrears-hub/protocol';
import { readOperations } from './example-operations.js';

const require = createRequire(import.meta.url);

/** A file of an installed package, even one its `exports` map does not list (the UMD bundles). */
export function packageFile(pkg: string, file: string): string {
  let dir = dirname(require.resolve(pkg));
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== pkg
  ) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package directory of ${pkg}`);
    dir = parent;
  }
  return join(dir, file);
}

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  '/graphiql/react.js': {
    pkg: 'react',
    file: 'umd/react.production.min.js',
    type: 'text/javascript',
  },
  '/graphiql/react-dom.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  '/graphiql/graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

function page(token: string | undefined): string {
  const tabs = readOperations().map((op) => ({
    query: `# ${op.title}\n${op.document}`,
    variables: op.variables ? JSON.stringify(op.variables, null, 2) : undefined,
  }));
  const headers = token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : '';
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>清欠数据枢纽 · Arrears Hub GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    // The active tab, kept for the CSV button (GraphiQL reports edits and tab changes).
    const tabs = ${json(tabs)};
    const current = { query: tabs[0].query, variables: tabs[0].variables || '', headers: ${json(headers)} };
    async function downloadCsv() {
      let headers = {};
      let variables = {};
      try {
        headers = current.headers ? JSON.parse(current.headers) : {};
        variables = current.variables ? JSON.parse(current.variables) : {};
      } catch {
        return alert('变量或请求头不是有效的 JSON。');
      }
      const response = await fetch('/export.csv', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: current.query, variables }),
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        return alert('导出失败：' + ((body.errors || []).map((e) => e.message).join('；') || response.status));
      }
      const name = /filename\\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') || '');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = name ? decodeURIComponent(name[1]) : 'export.csv';
      link.click();
      URL.revokeObjectURL(link.href);
    }
    const csvButton = React.createElement(
      'button',
      { className: 'graphiql-toolbar-button', title: '把当前查询的结果下载为 CSV（Download the result as CSV）', onClick: downloadCsv, style: { fontSize: '11px', fontWeight: 600 } },
      'CSV',
    );
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: tabs,
        defaultHeaders: current.headers,
        shouldPersistHeaders: false,
        defaultEditorToolsVisibility: ${token ? "'headers'" : 'false'},
        toolbar: { additionalContent: csvButton },
        onEditQuery: (value) => (current.query = value),
        onEditVariables: (value) => (current.variables = value),
        onEditHeaders: (value) => (current.headers = value),
        onTabChange: (state) => {
          const tab = state.tabs[state.activeTabIndex];
          if (tab) Object.assign(current, { query: tab.query || '', variables: tab.variables || '', headers: tab.headers || current.headers });
        },
      }),
    );
  </script>
</body>
</html>`;
}

export function graphiqlRoutes(
  developmentToken: () => Promise<string | undefined>,
): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {
    '/graphiql': async (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(page(await developmentToken()));
    },
  };
  for (const [path, asset] of Object.entries(ASSETS)) {
    const body = readFileSync(packageFile(asset.pkg, asset.file));
    routes[path] = (_req, res) => {
      res.writeHead(200, {
        'content-type': `${asset.type}; charset=utf-8`,
        'cache-control': 'public, max-age=86400',
      });
      res.end(body);
    };
  }
  return routes;
}
