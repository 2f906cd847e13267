// Units named the way people name them (issue 18): an input that takes a unit takes it as { id },
// { creditCode } or { name } (exactly one), resolved in one batch; a clerk's own unit is the
// default where the field is its own unit; ambiguous, unknown and doubly named units are refused
// and write nothing; a unit named outside the viewer's reach gets the same refusal as by id.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  data,
  gql,
  INSPECTOR,
  leastStatements,
  LEADING_GROUP,
  type As,
} from './harness/client.ts';
import { newCreditCode, registerRegion, unique } from './harness/fixtures.ts';

const REGISTER = `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id debtor { id } creditor { id } } }`;
const REGISTER_ID_ONLY = `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`;

// Two banners of one league, each with its own 教育体育局 known as 教体局: the same short name in
// two regions, so 教体局 alone is ambiguous and 甲旗…教体局 is not.
const REGION_A = '150675';
const REGION_B = '150676';
const tag = Date.now().toString(36).slice(-5);
const regionAName = `名甲${tag}旗`;
const regionBName = `名乙${tag}旗`;

let bureauA: { id: string; name: string; creditCode: string };
let bureauB: { id: string; name: string; creditCode: string };
let enterprise: { id: string; name: string; creditCode: string };
let clerkA: As;

const region = (code: string, name: string) => registerRegion(code, name, 'BANNER', '150600');

async function unit(input: Record<string, unknown>) {
  const creditCode = newCreditCode();
  const result = await data<any>(
    `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id name creditCode } }`,
    { i: { creditCode, ...input } },
    ADMIN,
  );
  return result.registerOrganisation as { id: string; name: string; creditCode: string };
}

const debt = (parties: Record<string, unknown>) => ({
  ...parties,
  contractNo: unique('UR'),
  contractSignedOn: '2025-01-10',
  subject: 'SERVICES',
  amountDue: '5000.00',
  deliveredOn: '2025-02-01',
});

/** How many debts the ledger holds for these units (as debtor or creditor). */
async function debtsOf(): Promise<number> {
  const result = await data<any>(
    `query($d: [ID!], $c: [ID!]) {
       owed: arrears(first: 1, filter: { debtorIds: $d }) { totalCount }
       claimed: arrears(first: 1, filter: { creditorIds: $c }) { totalCount } }`,
    { d: [bureauA.id, bureauB.id], c: [enterprise.id] },
    ADMIN,
  );
  return result.owed.totalCount + result.claimed.totalCount;
}

beforeAll(async () => {
  await region(REGION_A, regionAName);
  await region(REGION_B, regionBName);
  bureauA = await unit({
    name: `${regionAName}教育体育局`,
    shortName: '旗教育体育局',
    aliases: ['教体局', '旗教体局'],
    kind: 'GOVERNMENT_DEPARTMENT',
    regionCode: REGION_A,
  });
  bureauB = await unit({
    name: `${regionBName}教育体育局`,
    shortName: '旗教育体育局',
    aliases: ['教体局', '旗教体局'],
    kind: 'GOVERNMENT_DEPARTMENT',
    regionCode: REGION_B,
  });
  enterprise = await unit({
    name: `${regionAName}${tag}建材有限公司`,
    kind: 'PRIVATE_ENTERPRISE',
    regionCode: REGION_A,
    ownership: 'PRIVATE',
  });
  clerkA = { roles: ['BUREAU'], org: bureauA.id, sub: unique('clerk-a') };
});

describe('units named by id, credit code or name', () => {
  it('a BUREAU clerk names the creditor by credit code and leaves out the debtor: its own unit', async () => {
    const result = await data<any>(
      REGISTER,
      { i: debt({ creditor: { creditCode: enterprise.creditCode } }) },
      clerkA,
    );
    expect(result.registerArrear).toMatchObject({
      debtor: { id: bureauA.id },
      creditor: { id: enterprise.id },
    });
  });

  it('both named by name: the debtor by an alias after its region’s name, the creditor in full', async () => {
    const result = await data<any>(
      REGISTER,
      {
        i: debt({
          debtor: { name: `${regionAName}教体局` },
          creditor: { name: enterprise.name },
        }),
      },
      LEADING_GROUP,
    );
    expect(result.registerArrear).toMatchObject({
      debtor: { id: bureauA.id },
      creditor: { id: enterprise.id },
    });
    // The clerk of the other banner's bureau names its own unit by the bare alias: its region
    // decides between the two.
    const clerkB: As = { roles: ['BUREAU'], org: bureauB.id, sub: unique('clerk-b') };
    const own = await data<any>(
      REGISTER,
      { i: debt({ debtor: { name: '教体局' }, creditor: { id: enterprise.id } }) },
      clerkB,
    );
    expect(own.registerArrear.debtor.id).toBe(bureauB.id);
  });

  it('the old ids still work, and { id } names a unit as debtorId does', async () => {
    const old = await data<any>(
      REGISTER,
      { i: debt({ debtorId: bureauA.id, creditorId: enterprise.id }) },
      ADMIN,
    );
    expect(old.registerArrear.debtor.id).toBe(bureauA.id);
    const byRef = await data<any>(
      REGISTER,
      { i: debt({ debtor: { id: bureauA.id }, creditorId: enterprise.id }) },
      clerkA,
    );
    expect(byRef.registerArrear.debtor.id).toBe(bureauA.id);
  });
});

describe('refusals write nothing', () => {
  it('an ambiguous name is refused with the candidates listed', async () => {
    const before = await debtsOf();
    const result = await gql<any>(
      REGISTER,
      { i: debt({ debtor: { name: '教体局' }, creditor: { creditCode: enterprise.creditCode } }) },
      LEADING_GROUP,
    );
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('input.debtor.name');
    expect(error?.extensions?.messageId).toBe('kit.unitRefAmbiguous');
    expect(error?.message).toContain('教体局');
    expect(error?.extensions?.candidates).toEqual(
      expect.arrayContaining([
        {
          id: bureauA.id,
          name: bureauA.name,
          creditCode: bureauA.creditCode,
          regionCode: REGION_A,
        },
        {
          id: bureauB.id,
          name: bureauB.name,
          creditCode: bureauB.creditCode,
          regionCode: REGION_B,
        },
      ]),
    );
    // In English too, with the same candidates.
    const english = await gql<any>(
      REGISTER,
      { i: debt({ debtor: { name: '教体局' }, creditor: { creditCode: enterprise.creditCode } }) },
      LEADING_GROUP,
      { 'accept-language': 'en' },
    );
    expect(english.errors?.[0]?.message).toMatch(/fits \d+ units/);
    expect(english.errors?.[0]?.extensions?.candidates).toEqual(error?.extensions?.candidates);
    expect(await debtsOf()).toBe(before);
  });

  it('an unknown credit code and an unknown name are refused, saying what was not found', async () => {
    const before = await debtsOf();
    const code = newCreditCode();
    const byCode = await gql<any>(
      REGISTER,
      { i: debt({ creditor: { creditCode: code } }) },
      clerkA,
    );
    expect(byCode.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.creditor.creditCode',
      messageId: 'kit.unitRefUnknownCreditCode',
    });
    expect(byCode.errors?.[0]?.message).toContain(code);
    const byName = await gql<any>(
      REGISTER,
      { i: debt({ creditor: { name: `没有这家${tag}公司` } }) },
      clerkA,
    );
    expect(byName.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.creditor.name',
      messageId: 'kit.unitRefUnknownName',
    });
    expect(await debtsOf()).toBe(before);
  });

  it('a unit named in two ways at once is refused', async () => {
    const before = await debtsOf();
    const twoWays = await gql<any>(
      REGISTER,
      {
        i: debt({
          debtor: { id: bureauA.id, name: bureauA.name },
          creditor: { id: enterprise.id },
        }),
      },
      ADMIN,
    );
    expect(twoWays.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.debtor',
      messageId: 'kit.unitRefOneWay',
    });
    const idAndRef = await gql<any>(
      REGISTER,
      {
        i: debt({
          debtorId: bureauA.id,
          debtor: { id: bureauA.id },
          creditor: { id: enterprise.id },
        }),
      },
      ADMIN,
    );
    expect(idAndRef.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.debtor',
      messageId: 'kit.unitRefTwice',
    });
    const none = await gql<any>(REGISTER, { i: debt({ creditor: { id: enterprise.id } }) }, ADMIN);
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.debtor',
      messageId: 'kit.unitRefRequired',
    });
    expect(await debtsOf()).toBe(before);
  });

  it('a unit named outside the viewer’s jurisdiction gets the same refusal as by id', async () => {
    const before = await debtsOf();
    const byId = await gql<any>(
      REGISTER,
      { i: debt({ debtorId: bureauB.id, creditorId: enterprise.id }) },
      clerkA,
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const debtor of [
      { name: `${regionBName}教体局` },
      { name: bureauB.name },
      { creditCode: bureauB.creditCode },
      { id: bureauB.id },
    ]) {
      const named = await gql<any>(
        REGISTER,
        { i: debt({ debtor, creditor: { creditCode: enterprise.creditCode } }) },
        clerkA,
      );
      expect(named.errors?.[0]?.extensions?.code, JSON.stringify(debtor)).toBe('FORBIDDEN');
      expect(named.errors?.[0]?.message).toBe(byId.errors?.[0]?.message);
      expect(named.errors?.[0]?.extensions?.messageId).toBe(
        byId.errors?.[0]?.extensions?.messageId,
      );
    }
    // The monthly report too: the unit named by name is the unit checked.
    const reportById = await gql<any>(
      `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) { id } }`,
      { i: { unitId: bureauB.id, period: '2025-01', kind: 'REGULAR' } },
      clerkA,
    );
    expect(reportById.errors?.[0]?.extensions?.code, JSON.stringify(reportById.errors)).toBe(
      'FORBIDDEN',
    );
    const report = await gql<any>(
      `mutation($i: SubmitLedgerReportInput!) { submitLedgerReport(input: $i) { id } }`,
      { i: { unit: { name: bureauB.name }, period: '2025-01', kind: 'REGULAR' } },
      clerkA,
    );
    expect(report.errors?.[0]?.extensions?.code, JSON.stringify(report.errors)).toBe('FORBIDDEN');
    expect(report.errors?.[0]?.message).toBe(byId.errors?.[0]?.message);
    expect(await debtsOf()).toBe(before);
  });
});

describe('the other bureaus’ inputs take UnitRefs too', () => {
  const APPROPRIATE = `mutation($i: AppropriateInput!) { appropriate(input: $i) { id unit { id } } }`;
  const budget = (unit: Record<string, unknown>) => ({
    ...unit,
    fiscalYear: 2025,
    purpose: 'CLEARANCE_FUND',
    fundingSource: 'FISCAL_FUNDS',
    amount: '100.00',
  });
  const OPEN_CASE = `mutation($i: OpenCaseInput!) { openCase(input: $i) { id targetUnit { id } } }`;
  const opening = (target: Record<string, unknown>) => ({
    ...target,
    measure: 'SUPERVISION_NOTICE',
    trigger: 'SLOW_PROGRESS',
    description: '进度滞后，督办。',
    deadline: '2030-01-31',
  });

  it('finance appropriates to a unit named by alias; supervision opens a case on one named by credit code', async () => {
    const line = await data<any>(
      APPROPRIATE,
      { i: budget({ unit: { name: `${regionAName}教体局` } }) },
      { roles: ['FINANCE'], sub: unique('finance') },
    );
    expect(line.appropriate.unit.id).toBe(bureauA.id);
    const opened = await data<any>(
      OPEN_CASE,
      { i: opening({ targetUnit: { creditCode: bureauB.creditCode } }) },
      INSPECTOR,
    );
    expect(opened.openCase.targetUnit.id).toBe(bureauB.id);
  });

  it('a region-bound viewer naming a unit of another region gets the out-of-reach refusal, as by id', async () => {
    const financeA: As = { roles: ['FINANCE'], region: REGION_A, sub: unique('finance-a') };
    const byId = await gql<any>(APPROPRIATE, { i: budget({ unitId: bureauB.id }) }, financeA);
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byName = await gql<any>(
      APPROPRIATE,
      { i: budget({ unit: { name: `${regionBName}教体局` } }) },
      financeA,
    );
    expect(byName.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byName.errors?.[0]?.message).toBe(byId.errors?.[0]?.message);
    const inspectorA: As = { roles: ['INSPECTOR'], region: REGION_A, sub: unique('inspector-a') };
    const caseByName = await gql<any>(
      OPEN_CASE,
      { i: opening({ targetUnit: { name: bureauB.name } }) },
      inspectorA,
    );
    expect(caseByName.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const both = await gql<any>(
      OPEN_CASE,
      { i: opening({ targetUnitId: bureauA.id, targetUnit: { id: bureauA.id } }) },
      INSPECTOR,
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.targetUnit',
      messageId: 'kit.unitRefTwice',
    });
  });
});

describe('the registry names parents and 主管部门 the same way', () => {
  it('a unit registered under a parent named by alias and a 主管部门 named by credit code; both at once refused', async () => {
    const school = await data<any>(
      `mutation($i: RegisterOrganisationInput!) {
         registerOrganisation(input: $i) { id parent { id } supervisor { id } } }`,
      {
        i: {
          name: `${regionAName}第${tag}中学`,
          kind: 'PUBLIC_INSTITUTION',
          regionCode: REGION_A,
          parent: { name: `${regionAName}教体局` },
          supervisor: { creditCode: bureauA.creditCode },
        },
      },
      ADMIN,
    );
    expect(school.registerOrganisation).toMatchObject({
      parent: { id: bureauA.id },
      supervisor: { id: bureauA.id },
    });
    const twice = await gql(
      `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      {
        i: {
          name: `${regionAName}第${tag}小学`,
          kind: 'PUBLIC_INSTITUTION',
          regionCode: REGION_A,
          parentId: bureauA.id,
          parent: { name: `${regionAName}教体局` },
        },
      },
      ADMIN,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageId: 'kit.unitRefTwice',
    });
    const found = await data<any>(
      `query($n: String!) { organisations(first: 5, filter: { nameContains: $n }) { totalCount } }`,
      { n: `${regionAName}第${tag}小学` },
      ADMIN,
    );
    expect(found.organisations.totalCount).toBe(0);
  });
});

describe('cost', () => {
  it('naming both units by name costs the registry what naming one does: one batch, not one call per name', async () => {
    const oneName = await leastStatements(() =>
      data(
        REGISTER_ID_ONLY,
        { i: debt({ debtor: { name: bureauA.name }, creditor: { id: enterprise.id } }) },
        LEADING_GROUP,
      ),
    );
    const twoNames = await leastStatements(() =>
      data(
        REGISTER_ID_ONLY,
        {
          i: debt({
            debtor: { name: `${regionAName}教体局` },
            creditor: { name: enterprise.name },
          }),
        },
        LEADING_GROUP,
      ),
    );
    const byIds = await leastStatements(() =>
      data(
        REGISTER_ID_ONLY,
        { i: debt({ debtorId: bureauA.id, creditorId: enterprise.id }) },
        LEADING_GROUP,
      ),
    );
    expect(twoNames.organisations).toBe(oneName.organisations);
    expect(twoNames.arrears).toBe(byIds.arrears);
    // The names cost the registry one contract call's statements, beside what ids cost.
    expect(twoNames.organisations! - byIds.organisations!).toBeLessThanOrEqual(3);
  });
});
