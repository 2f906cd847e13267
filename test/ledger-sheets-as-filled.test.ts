// A 摸排表 as a local unit fills it in, through the gateway: its own headers (a 序号 column, amounts
// due in 万元, paid amounts with thousands separators), dates in every form clerks use (Excel
// days among them), 无分歧 and 有分歧, and five suppliers the registry does not have. Without
// registerUnknownCreditors each of those rows is an error on its credit-code column and nothing is
// written or registered; with it the unit's own clerk imports the whole sheet, the five enterprises
// are registered in the organisations registry (audited there) and listed; the same upload again
// changes nothing.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, countStatements, data, gql, INSPECTOR, type As } from './harness/client.ts';
import { newCreditCode, newDebtorUnit, unique } from './harness/fixtures.ts';

const IMPORT = `mutation($i: ImportLedgerInput!) { importLedger(input: $i) {
  rows imported unchanged rejected writtenNothing
  errors { row column message } notices { row column message }
  newCreditors { row creditCode name organisation { id name kind creditCode region { code } } } } }`;
const LEDGER = `query($unit: ID!) { arrears(first: 50, filter: { debtorIds: [$unit] }) { totalCount edges { node {
  contractNo contractSignedOn deliveredOn amountDue paid outstanding status disputed creditor { id name } } } } }`;
const BY_CODE = `query($code: CreditCode!) { organisations(first: 2, filter: { creditCode: $code }) { totalCount } }`;

const HEADERS = [
  '序号',
  '债权企业名称',
  '统一社会信用代码',
  '合同编号',
  '合同签订日期',
  '合同标的',
  '应付金额（万元）',
  '已付金额（元）',
  '交付日期',
  '是否有分歧',
  '欠款成因',
];

let unitId: string;
let clerk: As;
let known: { name: string; creditCode: string }[];
const fresh = Array.from({ length: 5 }, (_, i) => ({
  name: unique(`摸排新供应商${i + 1}`),
  creditCode: newCreditCode(),
}));
const contract = unique('MP');

type Cell = string | number | Date;

/** The sheet as the unit sends it: its own header row, then one debt per row. */
async function sheet(rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('拖欠账款摸排表');
  ws.addRow(HEADERS);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

// Seven debts: five owed to suppliers not yet registered, two to registered enterprises; the
// signing dates in six different forms; amounts due in 万元, paid in 元 with separators.
const rows = (): Cell[][] => [
  [
    1,
    fresh[0]!.name,
    fresh[0]!.creditCode,
    `${contract}-1`,
    '2025/8/5',
    '工程',
    '12.3456',
    '1,234.56',
    '2025年9月1日',
    '无分歧',
    '资金未到位',
  ],
  [
    2,
    fresh[1]!.name,
    fresh[1]!.creditCode,
    `${contract}-2`,
    '2025.8.5',
    '货物',
    '１，２００．５',
    '0',
    '2025.8.20',
    '否',
    '',
  ],
  [
    3,
    fresh[2]!.name,
    fresh[2]!.creditCode,
    `${contract}-3`,
    '2025年8月5日',
    '服务',
    85,
    '',
    '',
    '有分歧',
    '对验收有异议',
  ],
  [
    4,
    fresh[3]!.name,
    fresh[3]!.creditCode,
    `${contract}-4`,
    45874,
    '工程',
    '0.000001',
    '',
    '2025-08-20',
    '无',
    '',
  ],
  [
    5,
    fresh[4]!.name,
    fresh[4]!.creditCode,
    `${contract}-5`,
    new Date(Date.UTC(2025, 7, 5)),
    '货物',
    '3',
    '10,000',
    '20250820',
    '',
    '',
  ],
  [
    6,
    known[0]!.name,
    known[0]!.creditCode,
    `${contract}-6`,
    '2025-08-05',
    '工程',
    '1,000.5',
    '2,000,000.00',
    '2025/8/25',
    '否',
    '',
  ],
  [
    7,
    known[1]!.name,
    known[1]!.creditCode,
    `${contract}-7`,
    '2025/08/05',
    '服务',
    '2',
    '',
    '',
    '无分歧',
    '',
  ],
];

const importSheet = (fileBase64: string, registerUnknownCreditors: boolean, goodRowsOnly = false) =>
  gql<any>(IMPORT, { i: { unitId, fileBase64, registerUnknownCreditors, goodRowsOnly } }, clerk);
const registered = async (code: string) =>
  (await data<any>(BY_CODE, { code })).organisations.totalCount as number;

beforeAll(async () => {
  unitId = await newDebtorUnit(unique('摸排测试局'));
  // In 达拉特旗 every reporting unit reports through a sector group: the leading group routes it.
  const groups = await data<any>(
    `{ workingGroups(first: 50, regionCode: "150621", kinds: [SECTOR_CLUE_SCREENING]) { edges { node { id sector } } } }`,
  );
  const social = groups.workingGroups.edges.find((e: any) => e.node.sector === '社会服务业').node;
  await data<any>(
    `mutation($i: AssignReportingGroupInput!) { assignReportingGroup(input: $i) { id } }`,
    { i: { unitId, groupId: social.id } },
  );
  // The unit's own clerk: a BUREAU viewer holds no region, only its unit.
  clerk = { roles: ['BUREAU'], org: unitId, sub: unique('clerk') };
  // The other subgraphs learn of a new unit within their directory's 30 seconds (organisations
  // README): until then its own clerk is refused. An empty sheet asks without writing anything.
  const empty = await sheet([]);
  for (let tries = 0; ; tries++) {
    const answer = await gql<any>(IMPORT, { i: { unitId, fileBase64: empty } }, clerk);
    if (answer.data?.importLedger) break;
    expect(tries, JSON.stringify(answer.errors)).toBeLessThan(40);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const found = await data<any>(
    `{ organisations(first: 20, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { name creditCode } } } }`,
  );
  known = found.organisations.edges.map((e: any) => e.node).filter((c: any) => c.creditCode);
  expect(known.length).toBeGreaterThanOrEqual(2);
}, 60_000);

describe('a spreadsheet as the units fill it in', () => {
  it('without registerUnknownCreditors: each unknown creditor is its row’s error on the credit-code column, and nothing is written or registered', async () => {
    const result = await importSheet(await sheet(rows()), false);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLedger;
    expect(report).toMatchObject({ rows: 7, imported: 0, rejected: 5, writtenNothing: true });
    expect(report.newCreditors).toEqual([]);
    expect(report.errors.map((e: any) => [e.row, e.column])).toEqual(
      [2, 3, 4, 5, 6].map((row) => [row, '统一社会信用代码']),
    );
    report.errors.forEach((e: any, i: number) => {
      expect(e.message).toContain(fresh[i]!.creditCode);
      expect(e.message).toContain('未在枢纽登记');
      expect(e.message).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/); // Chinese
    });
    expect((await data<any>(LEDGER, { unit: unitId })).arrears.totalCount).toBe(0);
    for (const c of fresh) expect(await registered(c.creditCode)).toBe(0);
  });

  it('with the option but other rows wrong: every problem of every row at once, and nobody registered', async () => {
    const broken = rows();
    broken[5]![4] = '2025/2/30'; // a day that does not exist
    broken[5]![9] = '也许';
    broken[6]![6] = '1,23,4'; // a misplaced thousands separator, in the 万元 column
    const answer = await importSheet(await sheet(broken), true);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const report = answer.data!.importLedger;
    expect(report).toMatchObject({ imported: 0, writtenNothing: true, newCreditors: [] });
    expect(report.errors.map((e: any) => [e.row, e.column])).toEqual([
      ...[2, 3, 4, 5, 6].map((row) => [row, '统一社会信用代码']),
      [7, '合同签订日期'],
      [7, '是否有分歧'],
      [8, '应付金额（万元）'],
    ]);
    const byColumn = Object.fromEntries(
      report.errors.slice(5).map((e: any) => [e.column, e.message]),
    );
    expect(byColumn['合同签订日期']).toBe('“2025/2/30”不是有效日期：2025年2月只有 28 天。');
    expect(byColumn['是否有分歧']).toContain('无分歧');
    expect(byColumn['应付金额（万元）']).toContain('千位分隔符');
    for (const c of fresh) expect(await registered(c.creditCode)).toBe(0);
  });

  let newIds: string[] = [];

  it('with registerUnknownCreditors: the clerk imports the sheet, the five suppliers are registered and listed', async () => {
    let result: any;
    const statements = await countStatements(async () => {
      result = await importSheet(await sheet(rows()), true);
    });
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLedger;
    expect(report).toMatchObject({
      rows: 7,
      imported: 7,
      unchanged: 0,
      rejected: 0,
      errors: [],
      writtenNothing: false,
    });
    expect(report.newCreditors.map((c: any) => [c.row, c.creditCode, c.name])).toEqual(
      fresh.map((c, i) => [i + 2, c.creditCode, c.name]),
    );
    for (const c of report.newCreditors) {
      expect(c.organisation).toMatchObject({
        name: c.name,
        kind: 'PRIVATE_ENTERPRISE',
        creditCode: c.creditCode,
        region: { code: '150621' },
      });
    }
    newIds = report.newCreditors.map((c: any) => c.organisation.id);
    // The registry's audit trail names the clerk who registered each one, and why.
    const history = await data<any>(
      `query($ids: [ID!]) { organisations(first: 5, filter: { ids: $ids }) { edges { node { id history { action actorId reason } } } } }`,
      { ids: newIds },
      INSPECTOR,
    );
    for (const { node } of history.organisations.edges) {
      expect(node.history).toEqual([
        { action: 'CREATE', actorId: clerk.sub, reason: expect.stringContaining('台账导入') },
      ]);
    }
    // The registrations are one batch, not one round per supplier.
    expect(statements.organisations).toBeLessThan(40);

    const ledger = (await data<any>(LEDGER, { unit: unitId })).arrears;
    expect(ledger.totalCount).toBe(7);
    const line = Object.fromEntries(
      ledger.edges.map((e: any) => [e.node.contractNo.slice(contract.length + 1), e.node]),
    );
    for (const n of ['1', '2', '3', '4', '5', '6', '7'])
      expect(line[n].contractSignedOn, `row ${n}`).toBe('2025-08-05');
    expect(line['1']).toMatchObject({
      amountDue: '123456.00', // 12.3456 万元
      paid: '1234.56',
      outstanding: '122221.44',
      deliveredOn: '2025-09-01',
      disputed: false,
      creditor: { id: newIds[0], name: fresh[0]!.name },
    });
    expect(line['2']).toMatchObject({ amountDue: '12005000.00', paid: '0.00' }); // １，２００．５ 万元
    expect(line['3']).toMatchObject({ amountDue: '850000.00', disputed: true });
    expect(line['4']).toMatchObject({ amountDue: '0.01' }); // 0.000001 万元 is one fen
    expect(line['5']).toMatchObject({
      amountDue: '30000.00',
      paid: '10000.00',
      deliveredOn: '2025-08-20',
    });
    expect(line['6']).toMatchObject({
      amountDue: '10005000.00',
      paid: '2000000.00',
      outstanding: '8005000.00',
    });
    expect(line['7']).toMatchObject({ amountDue: '20000.00', disputed: false });
  });

  it('re-importing the same sheet is a no-op: nothing imported, nobody registered', async () => {
    const report = (await importSheet(await sheet(rows()), true)).data!.importLedger;
    expect(report).toMatchObject({
      rows: 7,
      imported: 0,
      unchanged: 7,
      errors: [],
      notices: [],
      writtenNothing: true,
      newCreditors: [],
    });
    for (const c of fresh) expect(await registered(c.creditCode)).toBe(1);
    expect((await data<any>(LEDGER, { unit: unitId })).arrears.totalCount).toBe(7);
  });

  it('a credit code the file gives two names is registered for neither row', async () => {
    const code = newCreditCode();
    const twoNames = [
      [1, unique('甲'), code, unique('MP'), '2025/8/5', '工程', '1', '', '', '', ''],
      [2, unique('乙'), code, unique('MP'), '2025/8/5', '工程', '1', '', '', '', ''],
    ];
    const report = (await importSheet(await sheet(twoNames), true, true)).data!.importLedger;
    expect(report).toMatchObject({ imported: 0, writtenNothing: true, newCreditors: [] });
    expect(report.errors.map((e: any) => [e.row, e.column])).toEqual([
      [2, '统一社会信用代码'],
      [2, '债权企业名称'],
      [3, '统一社会信用代码'],
      [3, '债权企业名称'],
    ]);
    expect(await registered(code)).toBe(0);
  });

  it('a clerk of another unit cannot import this unit’s sheet, and registers nobody by trying', async () => {
    const other = await newDebtorUnit(unique('摸排别的局'));
    const code = newCreditCode();
    const result = await gql<any>(
      IMPORT,
      {
        i: {
          unitId,
          registerUnknownCreditors: true,
          fileBase64: await sheet([
            [1, unique('丙'), code, unique('MP'), '2025/8/5', '工程', '1', '', '', '', ''],
          ]),
        },
      },
      { roles: ['BUREAU'], org: other, sub: unique('other-clerk') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await registered(code)).toBe(0);
    void ADMIN;
  });
});
