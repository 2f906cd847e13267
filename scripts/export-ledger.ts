// npm run export-ledger -- (--unit ID | --sector ID | --group ID | --region CODE) [--period YYYY-MM] [--csv] [--open-only] [--out FILE]
// npm run export-ledger -- --template [--out FILE]
// Saves a ledger — today's, or a period's monthly report as submitted — or the blank template from
// the hub, as XLSX or CSV, in the template's layout.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { callRegistered, clientToken } from './lib/gateway-client.ts';

const { values } = parseArgs({
  options: {
    unit: { type: 'string' },
    sector: { type: 'string' },
    group: { type: 'string' },
    region: { type: 'string' },
    csv: { type: 'boolean', default: false },
    'open-only': { type: 'boolean', default: false },
    period: { type: 'string' },
    template: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const scopes = [values.unit, values.sector, values.group, values.region].filter(Boolean).length;
if (values.template ? scopes !== 0 : scopes !== 1) {
  console.error(
    'usage: npm run export-ledger -- (--unit ID | --sector ID | --group ID | --region CODE) [--period YYYY-MM] [--csv] [--open-only] [--out FILE]\n       npm run export-ledger -- --template [--out FILE]',
  );
  process.exit(2);
}

interface SpreadsheetFile {
  fileName: string;
  contentBase64: string;
  rows: number;
}

try {
  const token = await clientToken('LEADING_GROUP');
  const file = values.template
    ? (await callRegistered<{ ledgerTemplate: SpreadsheetFile }>('LedgerTemplate', {}, token))
        .ledgerTemplate
    : (
        await callRegistered<{ ledgerExport: SpreadsheetFile }>(
          'LedgerExport',
          {
            input: {
              unitId: values.unit,
              sectorUnitId: values.sector,
              workingGroupId: values.group,
              regionCode: values.region,
              format: values.csv ? 'CSV' : 'XLSX',
              includeClosed: !values['open-only'],
              period: values.period,
            },
          },
          token,
        )
      ).ledgerExport;
  const out = values.out ?? file.fileName;
  await writeFile(out, Buffer.from(file.contentBase64, 'base64'));
  console.log(`wrote ${out}${values.template ? '' : ` (${file.rows} ledger lines)`}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
