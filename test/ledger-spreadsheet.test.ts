// A clerk's ledger spreadsheet through the gateway: the template from the hub, a file with bad rows
// reported row by row and nothing written, the fixed file imported once, a repeat import changing
// nothing, and the unit's export importing back unchanged.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, hub, INSPECTOR, type As } from './harness/client.ts';
import { unique } from './harness/fixtures.ts';

const IMPORT = `mutation($i: ImportLedgerInput!) { importLedger(input: $i) { rows imported unchanged rejected writtenNothing errors { row column message } notices { row column message } } }`;
const EXPORT = `query($i: LedgerExportInput!) { ledgerExport(input: $i) { fileName mediaType contentBase64 rows } }`;
const LEDGER = `query($unit: ID!) { arrears(first: 50, filter: { debtorIds: [$unit] }) { totalCount edges { node { id contractNo amountDue paid outstanding status statutoryDueOn creditor { name } history { action actorId } } } } }`;

interface Creditor {
  id: string;
  name: string;
  creditCode: string;
}

let unitId: string;
let unitName: string;
let creditors: Creditor[];
let template: Buffer;

/** The template's first sheet with these rows filled in, as the clerk would send it. */
async function fill(rows: Record<string, string>[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  rows.forEach((row, i) => {
    for (const [header, value] of Object.entries(row)) {
      const col = headers.indexOf(header);
      if (col < 1) throw new Error(`The template has no column ${header}`);
      sheet.getCell(i + 2, col).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const row = (
  creditor: Creditor,
  contractNo: string,
  amountDue: string,
  paid = '0.00',
): Record<string, string> => ({
  债权企业名称: creditor.name,
  统一社会信用代码: creditor.creditCode,
  合同编号: contractNo,
  合同签订日期: '2024-03-01',
  合同标的: '工程',
  '应付金额（元）': amountDue,
  '已付金额（元）': paid,
  交付日期: '2024-05-10',
  欠款成因: '资金未到位',
  是否有分歧: '否',
});

const importFile = (fileBase64: string, as: As = ADMIN, goodRowsOnly = false) =>
  gql<any>(IMPORT, { i: { unitId, fileBase64, goodRowsOnly } }, as);
const ledger = async () => (await data<any>(LEDGER, { unit: unitId })).arrears;

beforeAll(async () => {
  unitName = unique('表格导入测试局');
  const created = await data<any>(
    `mutation($n: String!) { registerOrganisation(input: { name: $n, kind: GOVERNMENT_DEPARTMENT, regionCode: "150621" }) { id } }`,
    { n: unitName },
    ADMIN,
  );
  unitId = created.registerOrganisation.id;
  // In 达拉特旗 every reporting unit reports through a sector group: the leading group routes it.
  const groups = await data<any>(
    `{ workingGroups(first: 50, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node { id sector } } } }`,
  );
  const social = groups.workingGroups.edges.find((e: any) => e.node.sector === '社会服务业').node;
  await data<any>(
    `mutation($i: AssignReportingGroupInput!) { assignReportingGroup(input: $i) { id } }`,
    { i: { unitId, groupId: social.id } },
  );
  const found = await data<any>(
    `{ organisations(first: 20, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id name creditCode } } } }`,
  );
  creditors = found.organisations.edges
    .map((e: any) => e.node)
    .filter((c: Creditor) => c.creditCode);
  expect(creditors.length).toBeGreaterThanOrEqual(3);
  const file = await data<any>(`{ ledgerTemplate { fileName mediaType contentBase64 } }`);
  expect(file.ledgerTemplate.fileName).toMatch(/\.xlsx$/);
  template = Buffer.from(file.ledgerTemplate.contentBase64, 'base64');
});

describe('ledger import and export', () => {
  const contract = unique('XLSX');
  let goodRows: Record<string, string>[];

  it('reports each bad row with its column and writes nothing', async () => {
    goodRows = [
      row(creditors[0]!, `${contract}-1`, '120000.00', '20000.00'),
      row(creditors[1]!, `${contract}-2`, '58000.50'),
      row(creditors[2]!, `${contract}-3`, '9900.00', '9900.00'),
    ];
    const badAmount = row(creditors[0]!, `${contract}-4`, '3000.125');
    const badCode = {
      ...row(creditors[1]!, `${contract}-5`, '4500.00'),
      统一社会信用代码: `${creditors[1]!.creditCode.slice(0, 17)}${creditors[1]!.creditCode.endsWith('0') ? '1' : '0'}`,
    };
    const result = await importFile(await fill([...goodRows, badAmount, badCode]));
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLedger;
    expect(report).toMatchObject({ rows: 5, imported: 0, rejected: 2, writtenNothing: true });
    expect(report.errors.map((e: any) => [e.row, e.column])).toEqual([
      [5, '应付金额（元）'],
      [6, '统一社会信用代码'],
    ]);
    expect(report.errors.every((e: any) => e.message.length > 5)).toBe(true);
    expect((await ledger()).totalCount).toBe(0);
  });

  it('imports all five rows once the two are fixed, and a second upload changes nothing', async () => {
    const fixed = [
      ...goodRows,
      row(creditors[0]!, `${contract}-4`, '3000.12'),
      row(creditors[1]!, `${contract}-5`, '4500.00'),
    ];
    const file = await fill(fixed);
    const first = (await importFile(file)).data!.importLedger;
    expect(first).toMatchObject({
      rows: 5,
      imported: 5,
      unchanged: 0,
      rejected: 0,
      errors: [],
      writtenNothing: false,
    });
    const after = await ledger();
    expect(after.totalCount).toBe(5);
    const byContract = Object.fromEntries(after.edges.map((e: any) => [e.node.contractNo, e.node]));
    expect(byContract[`${contract}-1`]).toMatchObject({
      amountDue: '120000.00',
      paid: '20000.00',
      outstanding: '100000.00',
      status: 'REGISTERED',
    });
    expect(byContract[`${contract}-3`]).toMatchObject({ outstanding: '0.00', status: 'CLEARED' });
    expect(byContract[`${contract}-4`].amountDue).toBe('3000.12');
    // The statutory due date is computed as for registerArrear; each line's history names the importer.
    expect(byContract[`${contract}-2`].statutoryDueOn).toMatch(/^2024-0[67]-\d\d$/);
    expect(byContract[`${contract}-2`].history).toEqual([{ action: 'IMPORT', actorId: ADMIN.sub }]);

    const again = (await importFile(file)).data!.importLedger;
    expect(again).toMatchObject({
      rows: 5,
      imported: 0,
      unchanged: 5,
      errors: [],
      notices: [],
      writtenNothing: true,
    });
    expect((await ledger()).totalCount).toBe(5);
  });

  it('a repeat upload with different figures leaves the ledger alone and says so', async () => {
    const changed = await fill([{ ...goodRows[1]!, '应付金额（元）': '60000.00' }]);
    const report = (await importFile(changed)).data!.importLedger;
    expect(report).toMatchObject({ imported: 0, unchanged: 1, writtenNothing: true });
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0].message).toContain('58000.50');
  });

  it('exports the unit in the template layout, and the export imports back unchanged', async () => {
    const exported = (await data<any>(EXPORT, { i: { unitId } })).ledgerExport;
    expect(exported).toMatchObject({
      rows: 5,
      mediaType: expect.stringContaining('spreadsheetml'),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(exported.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.load(template as unknown as ArrayBuffer);
    expect(headers).toEqual(
      (templateBook.worksheets[0]!.getRow(1).values as unknown[]).map(String),
    );
    const cell = (r: number, header: string) =>
      String(sheet.getCell(r, headers.indexOf(header)).value);
    const lines = [2, 3, 4, 5, 6].map((r) => ({
      contractNo: cell(r, '合同编号'),
      outstanding: cell(r, '欠款余额（元）'),
      debtor: cell(r, '欠款单位'),
    }));
    const api = await ledger();
    expect(lines.map((l) => l.contractNo).sort()).toEqual(
      api.edges.map((e: any) => e.node.contractNo).sort(),
    );
    for (const line of lines) {
      expect(line.debtor).toBe(unitName);
      expect(line.outstanding).toBe(
        api.edges.find((e: any) => e.node.contractNo === line.contractNo).node.outstanding,
      );
    }
    const summary = workbook.getWorksheet('汇总')!;
    expect(String(summary.getCell('B6').value)).toBe('165500.62'); // 100000 + 58000.50 + 0 + 3000.12 + 4500

    const roundTrip = (await importFile(exported.contentBase64)).data!.importLedger;
    expect(roundTrip).toMatchObject({
      rows: 5,
      imported: 0,
      unchanged: 5,
      rejected: 0,
      errors: [],
      notices: [],
    });
  });

  it('exports CSV with the same columns and figures', async () => {
    const exported = (await data<any>(EXPORT, { i: { unitId, format: 'CSV' } }, INSPECTOR))
      .ledgerExport;
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]!.split(',')).toContain('欠款余额（元）');
    expect(lines.some((l) => l.includes(`${contract}-1`) && l.includes('100000.00'))).toBe(true);
  });

  it('imports only the good rows when asked', async () => {
    const file = await fill([
      row(creditors[2]!, `${contract}-6`, '800.00'),
      { ...row(creditors[2]!, `${contract}-7`, '900.00'), 合同签订日期: '2024-02-30' },
    ]);
    const strict = (await importFile(file)).data!.importLedger;
    expect(strict).toMatchObject({ imported: 0, rejected: 1, writtenNothing: true });
    expect(strict.errors[0]).toMatchObject({ row: 3, column: '合同签订日期' });
    const lenient = (await importFile(file, ADMIN, true)).data!.importLedger;
    expect(lenient).toMatchObject({ imported: 1, rejected: 1, writtenNothing: false });
    expect((await ledger()).totalCount).toBe(6);
  });

  it('refuses what is not a spreadsheet, a file without the template headers, and a unit outside the jurisdiction', async () => {
    const notBase64 = await importFile('这不是文件!');
    expect(errorCodes(notBase64)).toEqual(['BAD_USER_INPUT']);
    expect(notBase64.errors![0]!.extensions!.field).toBe('input.fileBase64');
    const tooBig = await importFile(Buffer.alloc(1_450_000).toString('base64'));
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    expect(tooBig.errors![0]!.message).toContain('请拆分为几个文件');
    const notXlsx = (await importFile(Buffer.from('合同编号,金额\n1,2\n').toString('base64'))).data!
      .importLedger;
    expect(notXlsx).toMatchObject({ rows: 0, writtenNothing: true, errors: [{ row: 0 }] });
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1').addRow(['名称', '金额']);
    const noHeaders = (
      await importFile(Buffer.from(await blank.xlsx.writeBuffer()).toString('base64'))
    ).data!.importLedger;
    expect(noHeaders.errors.map((e: any) => e.column)).toContain('统一社会信用代码');
    const others = await data<any>(
      `{ organisations(first: 5, filter: { kinds: [GOVERNMENT_DEPARTMENT], regionCode: "150621" }) { edges { node { id } } } }`,
    );
    const other = others.organisations.edges
      .map((e: any) => e.node.id)
      .find((id: string) => id !== unitId);
    const bureau: As = { roles: ['BUREAU'], org: other, sub: 'test-bureau-xlsx' };
    const forbidden = await importFile(
      await fill([row(creditors[0]!, unique('HT'), '1.00')]),
      bureau,
    );
    expect(errorCodes(forbidden), JSON.stringify(forbidden)).toEqual(['FORBIDDEN']);
    const enterprise = await importFile(await fill([row(creditors[0]!, unique('HT'), '1.00')]), {
      roles: ['ENTERPRISE'],
      org: creditors[0]!.id,
    });
    expect(errorCodes(enterprise), JSON.stringify(enterprise)).toEqual(['FORBIDDEN']);
    expect((await ledger()).totalCount).toBe(6);
    // The unit's own bureau may import its ledger.
    const own = (
      await importFile(await fill([row(creditors[0]!, `${contract}-8`, '1.00')]), {
        roles: ['BUREAU'],
        org: unitId,
        sub: 'test-bureau-own',
      })
    ).data!.importLedger;
    expect(own).toMatchObject({ imported: 1 });
  });

  it('exports the monthly report as the unit submitted it, and names the units that did not report', async () => {
    // A period long past, so the reporting-status tests of recent periods do not see this unit's report.
    const period = '2025-06';
    const submitted = await data<any>(
      `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) { arrearsCount outstanding } }`,
      { i: { unitId, period, kind: 'REGULAR' } },
      ADMIN,
    );
    // A debt added after the submission is not in that month's report.
    await importFile(await fill([row(creditors[2]!, `${contract}-late`, '5.00')]));
    const file = (await data<any>(EXPORT, { i: { unitId, period } })).ledgerExport;
    expect(file.fileName).toContain('月报');
    expect(file.rows).toBe(submitted.submitLedgerReport.arrearsCount);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const contracts = workbook.worksheets[0]!.getColumn(4).values.slice(2).map(String);
    expect(contracts).not.toContain(`${contract}-late`);
    expect(contracts).toContain(`${contract}-1`);
    const summary = workbook.getWorksheet('汇总')!;
    expect(String(summary.getCell('B6').value)).toBe(submitted.submitLedgerReport.outstanding);
    const region = (await data<any>(EXPORT, { i: { regionCode: '150621', period } })).ledgerExport;
    const regionBook = new ExcelJS.Workbook();
    await regionBook.xlsx.load(
      Buffer.from(region.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const regionSummary = regionBook.getWorksheet('汇总')!;
    expect(String(regionSummary.getCell('A8').value)).toBe('未报送单位');
    expect(String(regionSummary.getCell('B8').value)).not.toContain(unitName);
    expect(errorCodes(await gql(EXPORT, { i: { unitId, period: '2026-13' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('exports a sector group’s ledger: the debts of the units that report through it', async () => {
    const groups = await data<any>(
      `{ workingGroups(first: 100, kinds: [SECTOR_CLUE_SCREENING]) { edges { node { id name memberUnits { id } } } } }`,
    );
    // A group whose units have debts in the demo ledger, so the count means something (the demo's
    // member units supervise no unit of their own, which the export would bring too).
    let group: any;
    let expected = 0;
    for (const candidate of groups.workingGroups.edges.map((e: any) => e.node)) {
      const ids = [...new Set(candidate.memberUnits.map((u: any) => u.id))];
      if (!ids.length) continue;
      expected = (
        await data<any>(
          `query($ids: [ID!]) { arrears(first: 1, filter: { debtorIds: $ids }) { totalCount } }`,
          { ids },
        )
      ).arrears.totalCount;
      if (expected > 0) {
        group = candidate;
        break;
      }
    }
    expect(group, 'a working group whose member units owe something').toBeTruthy();
    const file = (await data<any>(EXPORT, { i: { workingGroupId: group.id, format: 'CSV' } }))
      .ledgerExport;
    expect(file.rows).toBe(expected);
    expect(file.fileName).toContain(group.name.replace(/[\\/:*?"<>|\s]+/g, '_'));
    const unknown = await gql(EXPORT, {
      i: { workingGroupId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions!.field).toBe('input.workingGroupId');
  });

  it('asks for exactly one scope when exporting', async () => {
    const neither = await gql(EXPORT, { i: {} });
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    const region = (await data<any>(EXPORT, { i: { regionCode: '150621', format: 'CSV' } }))
      .ledgerExport;
    expect(region.rows).toBeGreaterThan(6);
  });

  it('the command-line tools export the unit and import the file back unchanged', async () => {
    const run = (script: string, args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
        cwd: fileURLToPath(new URL('../', import.meta.url)),
        env: { ...process.env, HUB_GATEWAY_URL: hub().gatewayUrl },
      });
    const out = join(await mkdtemp(join(tmpdir(), 'hub-ledger-')), 'ledger.xlsx');
    const exported = await run('export-ledger', ['--unit', unitId, '--out', out]);
    expect(exported.stdout).toContain('(8 ledger lines)');
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK'); // a zip: the xlsx container
    const imported = await run('import-ledger', [out, '--unit', unitId]);
    expect(imported.stdout).toContain(
      '8 rows read, 0 imported, 8 already in the ledger, 0 refused',
    );
  });
});
