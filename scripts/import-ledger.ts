// npm run import-ledger -- <file.xlsx> --unit <ID> [--good-rows-only] [--register-unknown-creditors]
// Sends a unit's ledger spreadsheet to the hub (the importLedger mutation) and prints the report:
// what was imported, and every bad row with its column and reason. Exit code 1 when rows were refused.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { callRegistered, clientToken } from './lib/gateway-client.ts';

const USAGE =
  'usage: npm run import-ledger -- <file.xlsx> --unit <organisation id> [--good-rows-only] [--register-unknown-creditors]\n  (HUB_GATEWAY_URL, HUB_TOKEN as for every tool; the template: npm run export-ledger -- --template)';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: { type: 'string' },
    'good-rows-only': { type: 'boolean', default: false },
    'register-unknown-creditors': { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file || !values.unit) {
  console.error(USAGE);
  process.exit(2);
}

interface Problem {
  row: number;
  column: string;
  message: string;
}
interface Report {
  rows: number;
  imported: number;
  unchanged: number;
  rejected: number;
  writtenNothing: boolean;
  errors: Problem[];
  notices: Problem[];
  newCreditors: { row: number; creditCode: string; name: string }[];
}

try {
  const content = await readFile(file);
  const started = performance.now();
  const { importLedger: report } = await callRegistered<{ importLedger: Report }>(
    'ImportLedger',
    {
      input: {
        unitId: values.unit,
        fileBase64: content.toString('base64'),
        goodRowsOnly: values['good-rows-only'],
        registerUnknownCreditors: values['register-unknown-creditors'],
      },
    },
    await clientToken('LEADING_GROUP'),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${file}: ${report.rows} rows read, ${report.imported} imported, ${report.unchanged} already in the ledger, ${report.rejected} refused (${seconds} s).`,
  );
  for (const e of report.errors) console.log(`  第 ${e.row} 行 ${e.column}: ${e.message}`);
  for (const c of report.newCreditors)
    console.log(`  新登记企业 第 ${c.row} 行: ${c.name}（${c.creditCode}）`);
  for (const n of report.notices) console.log(`  注意 第 ${n.row} 行 ${n.column}: ${n.message}`);
  if (report.errors.length && report.writtenNothing)
    console.log(
      'Nothing was imported: fix the rows above, or pass --good-rows-only to import the others.',
    );
  process.exit(report.errors.length ? 1 : 0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
