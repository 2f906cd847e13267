// The row rules of the ledger import, without a database: each bad cell names its column.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DirectoryUnit } from '@arrears-hub/subgraph-kit';
import { prepareRow } from './ledger-rows.js';
import { readLedger, type ParsedRow } from './ledger-sheet.js';
import { templateWorkbook } from './ledger-export.js';
import { arrayBufferOf } from './workbook-bytes.js';

const unit = (
  id: string,
  name: string,
  kind: string,
  creditCode: string | null = null,
): DirectoryUnit => ({
  id,
  name,
  kind,
  creditCode,
  status: 'ACTIVE',
  regionCode: '150621',
  regionPath: '/150000/150600/150621/',
  parentId: null,
  supervisorId: null,
  sizeClass: null,
  sizeFactsAsOf: null,
});

const debtor = unit(
  '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10',
  '达拉特旗交通运输局',
  'GOVERNMENT_DEPARTMENT',
);
const creditor = unit(
  '7e2d2f63-4d9f-4e1c-8b62-1c1e8f4f7b21',
  '瑞丰建材有限公司',
  'PRIVATE_ENTERPRISE',
  '91310110666007217T',
);
const stateFirm = unit(
  '8f3e3a74-5e0a-4f2d-9c73-2d2f9a5a8c32',
  '城投公司',
  'STATE_OWNED_ENTERPRISE',
  '91310115591693856A',
);
const byCode = new Map([creditor, stateFirm].map((u) => [u.creditCode!, u]));

const good: ParsedRow['values'] = {
  creditorName: '瑞丰建材有限公司',
  creditorCreditCode: '91310110666007217T',
  contractNo: 'HT-1',
  contractSignedOn: '2024-03-01',
  subject: '工程',
  amountDue: '1,200.50',
  paid: '200.50',
  outstanding: '1000.00',
};

const check = (values: ParsedRow['values']) =>
  prepareRow({ row: 7, values: { ...good, ...values } }, debtor, byCode);
const columns = (values: ParsedRow['values']) => {
  const result = check(values);
  return Array.isArray(result) ? result.map((e) => e.column) : [];
};

describe('prepareRow', () => {
  it('turns a good row into the registration input, money without separators', () => {
    const result = check({});
    expect(Array.isArray(result)).toBe(false);
    expect(result).toMatchObject({
      row: 7,
      input: {
        debtorId: debtor.id,
        creditorId: creditor.id,
        amountDue: '1200.50',
        paidSoFar: '200.50',
        subject: 'WORKS',
        disputed: false,
      },
    });
  });

  it('takes the cells as clerks write them: other date forms, 无分歧, separators, 万元 columns', () => {
    const result = prepareRow(
      {
        row: 4,
        values: {
          ...good,
          contractSignedOn: '2024/3/1',
          deliveredOn: '2024年4月15日',
          disputed: '无分歧',
          amountDue: '１２．３４５６',
          paid: '1,234.56',
          outstanding: '',
        },
        headers: { amountDue: '应付金额（万元）' },
        units: { amountDue: 'WAN_YUAN' },
      },
      debtor,
      byCode,
    );
    expect(result).toMatchObject({
      input: {
        contractSignedOn: '2024-03-01',
        deliveredOn: '2024-04-15',
        disputed: false,
        amountDue: '123456.00',
        paidSoFar: '1234.56',
      },
    });
    const withDispute = check({ disputed: '有分歧' });
    expect(Array.isArray(withDispute) ? withDispute : withDispute.input.disputed).toBe(true);
    // A problem names the column as the sheet names it.
    const bad = prepareRow(
      {
        row: 4,
        values: { ...good, amountDue: '12.3456789', outstanding: '' },
        headers: { amountDue: '应付金额（万元）' },
        units: { amountDue: 'WAN_YUAN' },
      },
      debtor,
      byCode,
    );
    expect(bad).toEqual([
      { row: 4, column: '应付金额（万元）', message: expect.stringContaining('超过六位小数') },
    ]);
  });

  it('hands an unknown creditor with a valid code and a name to the caller', () => {
    const unknown: unknown[] = [];
    const result = prepareRow(
      {
        row: 9,
        values: { ...good, creditorCreditCode: '91130600738737199K', creditorName: '新供应商' },
      },
      debtor,
      byCode,
      (c) => unknown.push(c),
    );
    expect(result).toEqual([
      {
        row: 9,
        column: '统一社会信用代码',
        message: expect.stringContaining('未在枢纽登记'),
      },
    ]);
    expect(unknown).toEqual([{ row: 9, creditCode: '91130600738737199K', name: '新供应商' }]);
  });

  it('names the column of each bad cell', () => {
    expect(columns({ amountDue: '12.345', outstanding: '' })).toEqual(['应付金额（元）']);
    expect(columns({ creditorCreditCode: '91310110666007217X' })).toEqual(['统一社会信用代码']);
    expect(columns({ creditorCreditCode: '91130600738737199K' })).toEqual(['统一社会信用代码']); // valid but not registered
    expect(columns({ creditorCreditCode: '91310115591693856A', creditorName: '城投公司' })).toEqual(
      ['统一社会信用代码'],
    ); // not a private enterprise
    expect(columns({ creditorName: '别的公司' })).toEqual(['债权企业名称']);
    expect(columns({ contractSignedOn: '2024-02-30' })).toEqual(['合同签订日期']);
    expect(columns({ subject: '租赁' })).toEqual(['合同标的']);
    expect(columns({ outstanding: '999.00' })).toEqual(['欠款余额（元）']);
    expect(columns({ disputed: '也许' })).toEqual(['是否有分歧']);
    expect(columns({ debtorName: '别的单位' })).toEqual(['欠款单位']);
    expect(columns({ contractNo: '' })).toEqual(['合同编号']);
  });

  it('reports every problem of a row at once, each with its column', () => {
    expect(
      columns({
        subject: '租赁',
        disputed: '也许',
        contractSignedOn: '2024-02-30',
        creditorName: '别的公司',
      }),
    ).toEqual(['债权企业名称', '合同签订日期', '合同标的', '是否有分歧']);
    // registerArrear's rules run once the cells say enough: a future signing date and paid > due.
    expect(
      columns({
        contractSignedOn: '2198-01-01',
        paid: '2000.00',
        outstanding: '',
        subject: '租赁',
      }),
    ).toEqual(['合同标的']);
    expect(columns({ contractSignedOn: '2198-01-01', paid: '2000.00', outstanding: '' })).toEqual([
      '合同签订日期',
      '已付金额（元）',
    ]);
  });

  it('applies registerArrear’s own rules too', () => {
    expect(columns({ paid: '2000.00', outstanding: '' })).toEqual(['已付金额（元）']);
    expect(columns({ contractSignedOn: '2999-01-01' })).toEqual(['合同签订日期']);
  });
});

describe('readLedger', () => {
  it('reads the template’s header and skips blank rows; numbers typed in Excel keep their cents', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(await templateWorkbook()));
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.getCell(3, headers.indexOf('合同编号')).value = 'HT-9';
    sheet.getCell(3, headers.indexOf('应付金额（元）')).value = 1200.5;
    sheet.getCell(3, headers.indexOf('合同签订日期')).value = new Date(Date.UTC(2024, 2, 1)); // stored as day 45352 in a text column
    sheet.getCell(3, headers.indexOf('交付日期')).value = 45397; // 2024-04-15 as Excel's day number
    const { rows, errors } = await readLedger(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      {
        row: 3,
        values: expect.objectContaining({
          contractNo: 'HT-9',
          amountDue: '1200.50',
          contractSignedOn: '2024-03-01',
          deliveredOn: '2024-04-15',
        }),
      },
    ]);
  });

  it('reads a 万元 column from its header and refuses the same column twice', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('摸排表');
    sheet.addRow([
      '债权企业名称',
      '统一社会信用代码',
      '合同编号',
      '合同签订日期',
      '合同标的',
      '应付金额(万元)',
      '已付金额',
    ]);
    sheet.addRow(['甲公司', '91130600738737199K', 123456, '2025/8/5', '工程', 12.3456, 1200.5]);
    const { rows, errors } = await readLedger(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      values: { contractNo: '123456', amountDue: '12.3456', paid: '1200.50' },
      headers: { amountDue: '应付金额(万元)', paid: '已付金额' },
      units: { amountDue: 'WAN_YUAN' },
    });
    sheet.getCell(1, 8).value = '应付金额（元）';
    const twice = await readLedger(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(twice.errors).toEqual([
      { row: 1, column: '应付金额（元）', message: expect.stringContaining('同一列') },
    ]);
  });

  it('says which required columns are missing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['合同编号', '应付金额（元）']);
    const { errors } = await readLedger(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(errors.map((e) => e.column)).toEqual([
      '债权企业名称',
      '统一社会信用代码',
      '合同签订日期',
      '合同标的',
    ]);
  });
});
