// Whom the statute protects, through the gateway: the creditor's size class as at the contract's
// signing (2025 arts. 2–3), kept on the debt. An SME's debt gets the statutory due date, the 0.05 %
// a day and the ban list; a large enterprise's keeps the contract's own terms and says why; the
// campaign's figures for private enterprises still count both. The size can be declared (flagged),
// in a registration or in the ledger spreadsheet, and recorded again later.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql } from './harness/client.ts';
import { newDebtorUnit, newEnterprise, unique } from './harness/fixtures.ts';

const REGISTER = `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id version statutoryDueOn
  paymentTermBasis creditorSizeAtSigning creditorSizeSource creditorSizeBasis creditorSizeFlagged statuteApplies
  lateInterest(asOf: "2025-12-31") { amount basis } violations { code } } }`;

let debtorId: string;
let large: string;
let small: string;
let grown: string;

const register = (creditorId: string, extra: Record<string, unknown> = {}) =>
  gql<any>(
    REGISTER,
    {
      i: {
        debtorId,
        creditorId,
        contractNo: unique('SIZE'),
        contractSignedOn: '2025-07-01',
        subject: 'GOODS',
        amountDue: '100000.00',
        deliveredOn: '2025-07-02',
        ...extra,
      },
    },
    ADMIN,
  );

beforeAll(async () => {
  debtorId = await newDebtorUnit(unique('规模测试局'));
  large = await newEnterprise(500, '2025-01-01'); // 500 employees in 其他行业: large before signing
  small = await newEnterprise(50, '2025-01-01');
  grown = await newEnterprise(800, '2026-06-30'); // large now; facts dated after the signing
});

describe('the creditor’s size at signing decides whether the regulation applies', () => {
  it('an SME’s debt: statutory 30 days, 0.05 % a day (100,000 × 0.0005 × 152 = 7,600.00), the ban list', async () => {
    const r = (await register(small, { terms: { payWhenPaid: true } })).data!.registerArrear;
    expect(r).toMatchObject({
      statutoryDueOn: '2025-08-01',
      creditorSizeAtSigning: 'SMALL',
      creditorSizeSource: 'SIZE_FACTS',
      creditorSizeFlagged: false,
      statuteApplies: true,
      lateInterest: { amount: '7600.00' },
    });
    expect(r.paymentTermBasis).toMatch(/2025 年条例第九条第一款/);
    expect(r.violations.map((v: any) => v.code)).toContain('PAY_WHEN_PAID');
  });

  it('a large enterprise’s debt gets no statutory term or interest, says why, and is flagged for no banned term', async () => {
    const r = (await register(large, { terms: { payWhenPaid: true } })).data!.registerArrear;
    expect(r).toMatchObject({
      statutoryDueOn: null,
      creditorSizeAtSigning: 'LARGE',
      creditorSizeSource: 'SIZE_FACTS',
      statuteApplies: false,
      lateInterest: { amount: '0.00' },
      violations: [],
    });
    expect(r.paymentTermBasis).toMatch(
      /大型企业.*不适用《保障中小企业款项支付条例》.*第二条、第三条/,
    );
    expect(r.lateInterest.basis).toMatch(/不计条例规定的每日万分之五利息/);
  });

  it('a large enterprise’s contract terms apply instead: its agreed term (rest days moved) and its agreed rate', async () => {
    // 2025-07-02 + 45 days = 2025-08-16, a Saturday → 2025-08-18 (民法典 art. 203); 3.65 % a year
    // on 100,000 is 10.00 a day: 10 days to 2025-08-28 → 100.00.
    const r = (
      await gql<any>(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { statutoryDueOn paymentTermBasis statuteApplies
          lateInterest(asOf: "2025-08-28") { amount agreedRateBelowLpr } } }`,
        {
          i: {
            debtorId,
            creditorId: large,
            contractNo: unique('SIZE'),
            contractSignedOn: '2025-07-01',
            subject: 'GOODS',
            amountDue: '100000.00',
            deliveredOn: '2025-07-02',
            terms: { agreedTermDays: 45, agreedAnnualRate: '3.65', lprAtSigning: '3.00' },
          },
        },
        ADMIN,
      )
    ).data!.registerArrear;
    expect(r).toMatchObject({
      statutoryDueOn: '2025-08-18',
      statuteApplies: false,
      lateInterest: { amount: '100.00', agreedRateBelowLpr: null },
    });
    expect(r.paymentTermBasis).toMatch(/按合同约定的 45 天/);
  });

  it('a supplier that has grown since it signed keeps the protection it declares, flagged; a bad declaration is refused', async () => {
    const r = (await register(grown, { creditorSizeAtSigning: 'MEDIUM' })).data!.registerArrear;
    expect(r).toMatchObject({
      creditorSizeAtSigning: 'MEDIUM',
      creditorSizeSource: 'DECLARED',
      creditorSizeFlagged: true,
      statuteApplies: true,
      statutoryDueOn: '2025-08-01',
    });
    const undeclared = (await register(grown)).data!.registerArrear;
    expect(undeclared).toMatchObject({
      creditorSizeAtSigning: 'LARGE',
      creditorSizeSource: 'SIZE_FACTS_AFTER_SIGNING',
      creditorSizeFlagged: true,
    });
    const bad = await register(small, { creditorSizeAtSigning: 'UNKNOWN' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('input.creditorSizeAtSigning');
    // Recorded again later (the SME department's ruling, 2025 art. 29): the terms follow.
    const ruled = await data<any>(
      `mutation($i: RecordCreditorSizeInput!) { recordCreditorSize(input: $i) { creditorSizeAtSigning creditorSizeSource statutoryDueOn statuteApplies } }`,
      {
        i: { arrearId: undeclared.id, expectedVersion: undeclared.version, sizeAtSigning: 'SMALL' },
      },
      ADMIN,
    );
    expect(ruled.recordCreditorSize).toEqual({
      creditorSizeAtSigning: 'SMALL',
      creditorSizeSource: 'DECLARED',
      statutoryDueOn: '2025-08-01',
      statuteApplies: true,
    });
  });

  it('the campaign’s figures for private enterprises still count a large enterprise’s debts', async () => {
    const unit = await newDebtorUnit(unique('规模合计局'));
    for (const creditorId of [large, small])
      await data(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
        {
          i: {
            debtorId: unit,
            creditorId,
            contractNo: unique('SUM'),
            contractSignedOn: '2025-07-01',
            subject: 'SERVICES',
            amountDue: '1000.00',
            deliveredOn: '2025-07-02',
          },
        },
        ADMIN,
      );
    const s = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { count outstanding } } }`,
      { id: unit },
    );
    expect(s.organisation.arrearsSummary).toEqual({ count: 2, outstanding: '2000.00' });
  });
});

describe('the ledger spreadsheet carries the size at signing', () => {
  it('the template has the column, and a row declares the size (大型 / 中型 / 小型 / 微型)', async () => {
    const unit = await newDebtorUnit(unique('规模导入局'));
    const file = await data<any>(`{ ledgerTemplate { contentBase64 } }`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(file.ledgerTemplate.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(headers).toContain('签订时企业规模');
    const creditor = await data<any>(
      `query($id: ID!) { organisation(id: $id) { name creditCode } }`,
      { id: grown },
    );
    const contractNo = unique('XSIZE');
    const row: Record<string, string> = {
      债权企业名称: creditor.organisation.name,
      统一社会信用代码: creditor.organisation.creditCode,
      合同编号: contractNo,
      合同签订日期: '2025-07-01',
      签订时企业规模: '小型',
      合同标的: '货物',
      '应付金额（元）': '5000.00',
      交付日期: '2025-07-02',
    };
    for (const [header, value] of Object.entries(row))
      sheet.getCell(2, headers.indexOf(header)).value = value;
    const bad = { ...row, 合同编号: unique('XSIZE'), 签订时企业规模: '巨型' };
    for (const [header, value] of Object.entries(bad))
      sheet.getCell(3, headers.indexOf(header)).value = value;
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const outcome = await data<any>(
      `mutation($i: ImportLedgerInput!) { importLedger(input: $i) { imported errors { row column message } } }`,
      { i: { unitId: unit, fileBase64, goodRowsOnly: true } },
      ADMIN,
    );
    expect(outcome.importLedger.imported).toBe(1);
    expect(outcome.importLedger.errors).toEqual([
      {
        row: 3,
        column: '签订时企业规模',
        message: expect.stringMatching(/大型.*中型.*小型.*微型/),
      },
    ]);
    const ledger = await data<any>(
      `query($u: ID!) { arrears(first: 5, filter: { debtorIds: [$u] }) { edges { node { contractNo creditorSizeAtSigning creditorSizeSource } } } }`,
      { u: unit },
    );
    expect(ledger.arrears.edges.map((e: any) => e.node)).toEqual([
      { contractNo, creditorSizeAtSigning: 'SMALL', creditorSizeSource: 'DECLARED' },
    ]);
  });
});
