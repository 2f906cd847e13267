// The dashboard's HTML: a shell with seven panels; everything else comes from /dashboard/*.js.
// No inline script, so the Content-Security-Policy can forbid them (a pasted token stays in this
// tab's sessionStorage and never reaches another origin).

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PANELS: [id: string, title: string][] = [
  ['regions', '各地区欠款余额与逾期'],
  ['trend', '月度清偿进度（近12个月付款）'],
  ['ageing', '账龄分布'],
  ['clues', '线索办理时限'],
  ['funds', '清欠资金与欠款'],
  ['cases', '在办督办案件'],
  ['payments', '付款时效（上一完整半年度，自付款期限起算）'],
];

const KPIS: [id: string, label: string][] = [
  ['outstanding', '欠款余额（元）'],
  ['overdue', '逾期余额（元）'],
  ['count', '在册笔数'],
  ['clearanceRate', '清偿率'],
  ['available', '可用清欠资金（元）'],
  ['warnings', '资金预警单位'],
];

export interface PageOptions {
  regionCode: string;
  documentId: string;
  /** Only in development with the built-in key; never in production. */
  developmentToken?: string;
}

export function dashboardPage(options: PageOptions): string {
  const token = options.developmentToken
    ? ` data-development-token="${escape(options.developmentToken)}"`
    : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>清欠工作领导小组看板 · 清欠数据枢纽</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="/dashboard/dashboard.css" />
</head>
<body data-state="starting" data-region-code="${escape(options.regionCode)}" data-document-id="${escape(options.documentId)}"${token}>
  <header>
    <h1>清欠工作领导小组看板 · <span id="region-name">${escape(options.regionCode)}</span></h1>
    <p id="status">加载中…</p>
    <form id="token-form" hidden>
      <label>令牌（LEADING_GROUP）<input name="token" type="password" autocomplete="off" placeholder="npm run token -- LEADING_GROUP" /></label>
      <button type="submit">查看</button>
    </form>
  </header>
  <section class="kpis">
    ${KPIS.map(([id, label]) => `<div class="kpi"><span>${label}</span><strong data-kpi="${id}">—</strong></div>`).join('\n    ')}
  </section>
  <main>
    ${PANELS.map(([id, title]) => `<section class="panel" data-panel="${id}"><h2>${title}</h2><div class="chart"></div><details><summary>数据</summary><div class="numbers"></div></details></section>`).join('\n    ')}
  </main>
  <script src="/dashboard/echarts.js"></script>
  <script type="module" src="/dashboard/client.js"></script>
</body>
</html>`;
}

export const DASHBOARD_CSS = `
body { margin: 0; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #f4f6f9; color: #1f2d3d; }
header { background: #b22222; color: #fff; padding: 12px 24px; }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; font-size: 13px; opacity: .9; }
header form { margin-top: 8px; } header input { width: 420px; }
.kpis { display: grid; grid-template-columns: repeat(6, 1fr); gap: 12px; padding: 12px 24px 0; }
.kpi { background: #fff; border-radius: 6px; padding: 10px 14px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.kpi span { display: block; font-size: 12px; color: #5a6b7b; } .kpi strong { font-size: 20px; }
main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; padding: 12px 24px 24px; }
.panel { background: #fff; border-radius: 6px; padding: 8px 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.panel h2 { font-size: 15px; margin: 4px 0; } .chart { height: 300px; }
table.figures { border-collapse: collapse; font-size: 12px; width: 100%; }
table.figures th, table.figures td { border-bottom: 1px solid #e5e9f0; padding: 2px 6px; text-align: right; }
table.figures th:first-child, table.figures td:first-child { text-align: left; }
`;
