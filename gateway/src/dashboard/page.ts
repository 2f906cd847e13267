// The dashboard's and the bulletin's HTML: shells whose panels the page's modules fill from the
// registered operations (/dashboard/*.js). No inline script, so the Content-Security-Policy can
// forbid them (a pasted token stays in this tab's sessionStorage and never reaches another origin).

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PANELS: [id: string, title: string][] = [
  ['regions', '各地区欠款余额与逾期（万元）'],
  ['reporting', '月度台账报送情况（按行业组）'],
  ['ranking', '单位考核排名（晾晒）'],
  ['trend', '月度清偿进度（近12个月付款，万元）'],
  ['ageing', '账龄分布（万元）'],
  ['clues', '线索办理时限'],
  ['plans', '还款计划违约'],
  ['deadlines', '攻坚时限与完成情况'],
  ['funds', '清欠资金与欠款（万元）'],
  ['cases', '在办督办案件'],
  ['payments', '付款时效（上一完整半年度，自付款期限起算）'],
];

const KPIS: [id: string, label: string][] = [
  ['outstanding', '欠款余额（万元）'],
  ['overdue', '逾期余额（万元）'],
  ['count', '在册笔数'],
  ['clearanceRate', '清偿率'],
  ['zeroingRate', '欠款清零率'],
  ['clueClosureRate', '线索办结率'],
  ['newAfterZeroing', '边清边欠（笔）'],
  ['available', '可用清欠资金（万元）'],
  ['warnings', '资金预警单位'],
];

export interface PageOptions {
  regionCode: string;
  /** Operation name → trusted document id, for every operation the page runs. */
  documents: Record<string, string>;
  /** Only in development with the built-in key; never in production. */
  developmentToken?: string;
  /** "YYYY-MM": the bulletin's month (the dashboard's reporting month). */
  period?: string;
}

function bodyAttributes(options: PageOptions): string {
  const token = options.developmentToken
    ? ` data-development-token="${escape(options.developmentToken)}"`
    : '';
  const period = options.period ? ` data-period="${escape(options.period)}"` : '';
  return `data-state="starting" data-region-code="${escape(options.regionCode)}" data-documents="${escape(JSON.stringify(options.documents))}"${period}${token}`;
}

const TOKEN_FORM = `<form id="token-form" hidden>
      <label>令牌（LEADING_GROUP）<input name="token" type="password" autocomplete="off" placeholder="npm run token -- LEADING_GROUP" /></label>
      <button type="submit">查看</button>
    </form>`;

const DRILL = `<section id="drill" class="panel" hidden>
    <h2><span class="drill-title"></span> <button type="button" class="drill-close">关闭</button></h2>
    <p class="drill-status"></p>
    <div class="drill-table"></div>
    <p class="drill-nav"><button type="button" class="drill-previous">上一页</button> <button type="button" class="drill-next">下一页</button> <a class="drill-csv" href="#">下载 CSV（前 500 条）</a></p>
  </section>`;

export function dashboardPage(options: PageOptions): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>清欠工作领导小组看板 · 清欠数据枢纽</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="/dashboard/dashboard.css" />
</head>
<body ${bodyAttributes(options)}>
  <header>
    <h1>清欠工作领导小组看板 · <span id="region-name">${escape(options.regionCode)}</span></h1>
    <p id="status">加载中…</p>
    <form id="pickers">
      <label>地区 <select id="region-picker" name="region"><option value="${escape(options.regionCode)}">${escape(options.regionCode)}</option></select></label>
      <a id="region-up" hidden>返回上一级</a>
      <label>月份 <input id="period-picker" name="period" type="month" /></label>
      <a id="bulletin-link" target="_blank">月度通报（可打印）</a>
    </form>
    ${TOKEN_FORM}
  </header>
  <section class="kpis">
    ${KPIS.map(([id, label]) => `<button type="button" class="kpi" data-kpi-box="${id}" title="点击查看明细"><span>${label}</span><strong data-kpi="${id}">—</strong></button>`).join('\n    ')}
  </section>
  ${DRILL}
  <main>
    ${PANELS.map(([id, title]) => `<section class="panel" data-panel="${id}"><h2>${title}</h2><p class="note"></p><div class="chart"></div><details><summary>数据（点击行查看明细）</summary><div class="numbers"></div></details></section>`).join('\n    ')}
  </main>
  <script src="/dashboard/echarts.js"></script>
  <script type="module" src="/dashboard/client.js"></script>
</body>
</html>`;
}

export const DASHBOARD_CSS = `
body { margin: 0; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; background: #f4f6f9; color: #1f2d3d; }
header { background: #b22222; color: #fff; padding: 12px 24px; }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; font-size: 13px; opacity: .9; }
header form { margin-top: 8px; font-size: 13px; } header input[name=token] { width: 420px; }
header a { color: #fff; margin: 0 12px; }
.kpis { display: grid; grid-template-columns: repeat(9, 1fr); gap: 12px; padding: 12px 24px 0; }
.kpi { background: #fff; border: 0; border-radius: 6px; padding: 10px 14px; box-shadow: 0 1px 3px rgba(0,0,0,.08); text-align: left; cursor: pointer; font: inherit; color: inherit; }
.kpi:hover { box-shadow: 0 1px 6px rgba(178,34,34,.4); }
.kpi span { display: block; font-size: 12px; color: #5a6b7b; } .kpi strong { font-size: 20px; }
main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; padding: 12px 24px 24px; align-items: start; }
.panel { background: #fff; border-radius: 6px; padding: 8px 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.panel h2 { font-size: 15px; margin: 4px 0; } .chart { height: 300px; } .note { font-size: 12px; color: #5a6b7b; margin: 0; }
.chart.opens { cursor: pointer; }
.unavailable { color: #8a6d3b; background: #fcf8e3; padding: 24px; text-align: center; font-size: 16px; }
#drill { margin: 12px 24px 0; border-top: 3px solid #b22222; }
#drill h2 button { float: right; }
table.figures { border-collapse: collapse; font-size: 12px; width: 100%; }
table.figures th, table.figures td { border-bottom: 1px solid #e5e9f0; padding: 2px 6px; text-align: right; }
table.figures th:first-child, table.figures td:first-child { text-align: left; }
table.figures tr.opens { cursor: pointer; } table.figures tr.opens:hover { background: #fdf0f0; }
`;

export function bulletinPage(options: PageOptions): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>清欠工作月度通报 · 清欠数据枢纽</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="/dashboard/bulletin.css" />
</head>
<body ${bodyAttributes(options)}>
  <div class="screen-only">
    <p id="status">加载中…</p>
    ${TOKEN_FORM}
    <p><button type="button" id="print">打印 / 另存为 PDF</button></p>
  </div>
  <article id="bulletin" hidden>
    <header>
      <h1><span id="bulletin-region"></span>清理拖欠企业账款工作情况通报</h1>
      <p class="issue">（<span id="bulletin-period"></span>）</p>
    </header>
    <section data-part="figures"><h2>一、总体情况</h2><div class="body"></div></section>
    <section data-part="reporting"><h2>二、台账报送情况</h2><div class="body"></div></section>
    <section data-part="ranking"><h2>三、单位考核排名（晾晒）</h2><div class="body"></div></section>
    <section data-part="clues"><h2>四、线索办理超期情况</h2><div class="body"></div></section>
    <section data-part="plans"><h2>五、还款计划违约情况</h2><div class="body"></div></section>
    <footer><p>清欠工作领导小组办公室&#12288;<span id="bulletin-date"></span></p><p class="source">数据来源：清欠数据枢纽，截至 <span id="bulletin-as-of"></span>。金额单位：万元。</p></footer>
  </article>
  <script type="module" src="/dashboard/bulletin.js"></script>
</body>
</html>`;
}

export const BULLETIN_CSS = `
body { margin: 0; font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "WenQuanYi Zen Hei", serif; color: #000; background: #eee; }
.screen-only { padding: 12px 24px; font-family: sans-serif; }
#bulletin { background: #fff; width: 190mm; margin: 12px auto; padding: 18mm 14mm; box-sizing: border-box; font-size: 12pt; line-height: 1.7; }
#bulletin header { text-align: center; border-bottom: 2px solid #b22222; margin-bottom: 8mm; }
#bulletin h1 { color: #b22222; font-size: 20pt; margin: 0; letter-spacing: 1pt; }
#bulletin .issue { margin: 2mm 0 4mm; }
#bulletin h2 { font-size: 14pt; margin: 6mm 0 2mm; font-family: "SimHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; }
#bulletin p { text-indent: 2em; margin: 0 0 2mm; }
#bulletin table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; }
#bulletin th, #bulletin td { border: 1px solid #444; padding: 1mm 2mm; text-align: right; }
#bulletin th { background: #f2f2f2; text-align: center; }
#bulletin td.name { text-align: left; }
#bulletin tr { page-break-inside: avoid; break-inside: avoid; }
#bulletin footer { margin-top: 10mm; text-align: right; } #bulletin footer p { text-indent: 0; }
#bulletin footer .source { font-size: 9pt; color: #444; }
.unavailable { color: #8a6d3b; }
@page { size: A4; margin: 12mm; }
@media print {
  body { background: #fff; }
  .screen-only { display: none; }
  #bulletin { width: auto; margin: 0; padding: 0; box-shadow: none; }
  thead { display: table-header-group; }
  h2 { page-break-after: avoid; break-after: avoid; }
}
`;
