// npm run bench:import-ledger [-- --rows 10000]
// The issue's target: 10,000 ledger rows import in under a minute. Starts a throw-away hub (embedded
// PostgreSQL, every subgraph, the gateway), builds a ledger spreadsheet of N rows with the hub's own
// template, and times, through the gateway: the first import, a repeat import (all unchanged) and
// the unit's export. Prints the figures; it asserts nothing (benchmarks are not tests).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import { callGateway } from '../lib/gateway-client.ts';
import { startStack } from '../lib/stack.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const ROWS = Number(values.rows);

const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-pg-'));
const stack = await startStack({
  dataDir,
  persistent: false,
  demoData: true,
  fixedPorts: false,
  env: { HUB_RATE_LIMIT_PER_MINUTE: '0' },
});
const token = await issueDevelopmentToken({ sub: 'bench', roles: ['ADMIN'] });
const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
  callGateway<T>(query, variables, token, stack.gatewayUrl);
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

try {
  const unit = await call<any>(
    `mutation { registerOrganisation(input: { name: "基准测试局", kind: GOVERNMENT_DEPARTMENT, regionCode: "150621" }) { id } }`,
  );
  const unitId = unit.registerOrganisation.id as string;
  const found = await call<any>(
    `{ organisations(first: 100, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { name creditCode } } } }`,
  );
  const creditors = found.organisations.edges
    .map((e: any) => e.node)
    .filter((c: any) => c.creditCode);
  const template = await call<any>(`{ ledgerTemplate { contentBase64 } }`);

  let t = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(template.ledgerTemplate.contentBase64, 'base64') as unknown as ArrayBuffer,
  );
  const sheet = workbook.worksheets[0]!;
  for (let i = 0; i < ROWS; i++) {
    const c = creditors[i % creditors.length];
    const due = (1000 + (i % 5000) * 37.5).toFixed(2);
    sheet.getRow(i + 2).values = [
      '',
      c.name,
      c.creditCode,
      `BENCH-${String(i).padStart(6, '0')}`,
      '2024-03-01',
      ['货物', '工程', '服务'][i % 3],
      due,
      '0.00',
      due,
      '2024-04-15',
      '资金未到位',
      '否',
      '',
    ];
  }
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  const base64 = file.toString('base64');
  console.log(
    `spreadsheet: ${ROWS} rows, ${mib(file.length)} (${mib(base64.length)} as base64), built in ${seconds(t)}`,
  );

  const IMPORT = `mutation($i: ImportLedgerInput!) { importLedger(input: $i) { rows imported unchanged rejected errors { row column message } } }`;
  t = performance.now();
  const first = await call<any>(IMPORT, { i: { unitId, fileBase64: base64 } });
  console.log(
    `first import:  ${seconds(t)}  ${JSON.stringify({ ...first.importLedger, errors: first.importLedger.errors.slice(0, 3) })}`,
  );
  t = performance.now();
  const again = await call<any>(IMPORT, { i: { unitId, fileBase64: base64 } });
  console.log(
    `repeat import: ${seconds(t)}  ${JSON.stringify({ ...again.importLedger, errors: again.importLedger.errors.length })}`,
  );
  t = performance.now();
  const exported = await call<any>(
    `query($i: LedgerExportInput!) { ledgerExport(input: $i) { rows contentBase64 } }`,
    { i: { unitId } },
  );
  console.log(
    `export:        ${seconds(t)}  ${exported.ledgerExport.rows} rows, ${mib((exported.ledgerExport.contentBase64.length * 3) / 4)}`,
  );
  const stats = await (await fetch(new URL('/debug/stats', stack.subgraphUrls.arrears))).json();
  console.log(`arrears subgraph: ${JSON.stringify(stats)}`);
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}
