// Bad input gets a coded error naming the field, and writes nothing.
import { describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, INSPECTOR } from './harness/client.ts';

const REGISTER_ARREAR = `mutation($input: RegisterArrearInput!) { registerArrear(input: $input) { id outstanding status } }`;
const REGISTER_ORG = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name version size { sizeClass } } }`;

async function twoUnits(): Promise<{ debtorId: string; creditorId: string }> {
  const result = await data<any>(`{
    debtor: organisations(first: 1, filter: { kinds: [GOVERNMENT_DEPARTMENT], regionCode: "150621" }) { edges { node { id } } }
    creditor: organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } }
  }`);
  return { debtorId: result.debtor.edges[0].node.id, creditorId: result.creditor.edges[0].node.id };
}

async function ledgerSize(): Promise<number> {
  return (await data<any>(`{ arrears(first: 1) { totalCount } }`)).arrears.totalCount;
}

function arrearInput(
  units: { debtorId: string; creditorId: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    ...units,
    contractNo: `BAD-${Math.random().toString(36).slice(2, 10)}`,
    contractSignedOn: '2024-03-01',
    subject: 'SERVICES',
    amountDue: '1000.00',
    ...overrides,
  };
}

describe('scalars refuse bad values with the field at fault, in Chinese (English on request)', () => {
  const cases: [string, Record<string, unknown>, string, RegExp, RegExp][] = [
    [
      'Money as a JSON number',
      { amountDue: 1000.5 },
      'input.amountDue',
      /^变量 \$input 的值无效（input\.amountDue）：金额须写成字符串/,
      /decimal string/,
    ],
    [
      'Money with three decimals',
      { amountDue: '10.005' },
      'input.amountDue',
      /“10\.005”的小数超过 2 位/,
      /more than 2 decimal places/,
    ],
    ['negative Money', { amountDue: '-5.00' }, 'input.amountDue', /是负数/, /negative/],
    [
      'Money that is not a number',
      { amountDue: 'ten yuan' },
      'input.amountDue',
      /“ten yuan”不是金额/,
      /not an amount/,
    ],
    [
      'a date that does not exist',
      { contractSignedOn: '2025-02-29' },
      'input.contractSignedOn',
      /“2025-02-29”不是真实存在的日期/,
      /not a real calendar date/,
    ],
    [
      'a date in another format',
      { contractSignedOn: '2025/03/01' },
      'input.contractSignedOn',
      /YYYY-MM-DD/,
      /YYYY-MM-DD/,
    ],
  ];
  it.each(cases)('%s', async (_label, override, field, chinese, english) => {
    const units = await twoUnits();
    const before = await ledgerSize();
    const input = arrearInput(units, override);
    const result = await gql(REGISTER_ARREAR, { input });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(result.errors![0]!.extensions!.messageId).toMatch(/^protocol\./);
    expect(result.errors![0]!.message).toMatch(chinese);
    const inEnglish = await gql(REGISTER_ARREAR, { input }, undefined, {
      'accept-language': 'en',
    });
    expect(inEnglish.errors![0]!.extensions!.field).toBe(field);
    expect(inEnglish.errors![0]!.message).toMatch(/^Variable "\$input" got invalid value/);
    expect(inEnglish.errors![0]!.message).toMatch(english);
    expect(await ledgerSize()).toBe(before);
  });

  it('CreditCode: a wrong check character and a wrong length', async () => {
    for (const [code, message] of [
      ['91310110666007217X', /校验码应为“T”/],
      ['9131011066600721', /18 位/],
    ] as const) {
      const result = await gql(
        REGISTER_ORG,
        {
          input: {
            name: '测试企业',
            kind: 'PRIVATE_ENTERPRISE',
            regionCode: '150621',
            creditCode: code,
          },
        },
        ADMIN,
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe('input.creditCode');
      expect(result.errors![0]!.message).toMatch(message);
    }
  });

  it('a bad literal in the query text is BAD_USER_INPUT too', async () => {
    const query = `{ arrears(first: 1, filter: { minOutstanding: "1.234" }) { totalCount } }`;
    const result = await gql(query);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.message).toMatch(/小数超过 2 位/);
    const inEnglish = await gql(query, {}, undefined, { 'accept-language': 'en' });
    expect(inEnglish.errors![0]!.message).toMatch(/more than 2 decimal places/);
    // The field at fault is named as for a variable: the argument and the fields around the value.
    expect(result.errors![0]!.extensions).toMatchObject({
      field: 'filter.minOutstanding',
      messageId: 'protocol.moneyTooManyDecimals',
    });
    const nested = await gql(
      `mutation { registerArrear(input: { debtorId: "8b5c3f1e-0d4a-4c6b-9e2f-7a1d5c3b9e40", creditorId: "8b5c3f1e-0d4a-4c6b-9e2f-7a1d5c3b9e40", contractNo: "L-1", contractSignedOn: "2999-01-01", subject: SERVICES, amountDue: "1.00" }) { id } }`,
      {},
      ADMIN,
    );
    expect(nested.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contractSignedOn',
      messageId: 'protocol.dateOutOfRange',
    });
  });

  it("graphql-js' own errors: Chinese by default, its English on request, code and field kept", async () => {
    const units = await twoUnits();
    const { amountDue: _amount, ...withoutAmount } = arrearInput(units);
    const missing = await gql(REGISTER_ARREAR, { input: withoutAmount });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0]!.message).toMatch(/^变量 \$input 的值无效：缺少必填字段“amountDue”/);
    expect(missing.errors![0]!.extensions!.messageId).toBe('gateway.invalidVariable');
    const english = await gql(REGISTER_ARREAR, { input: withoutAmount }, undefined, {
      'accept-language': 'en',
    });
    expect(english.errors![0]!.message).toMatch(
      /^Variable "\$input" got invalid value .*; Field "amountDue" of required type "Money!" was not provided\.$/,
    );
    const unknownField = await gql(`{ arrears(first: 1) { totalCount owed } }`);
    expect(errorCodes(unknownField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(unknownField.errors![0]!.message).toMatch(/^类型 \w+ 上没有可查询的字段“owed”。/);
  });
});

describe('registerArrear refuses what the ledger cannot hold, writing nothing', () => {
  const cases: [
    string,
    (u: { debtorId: string; creditorId: string }) => Record<string, unknown>,
    string,
  ][] = [
    [
      'debtor and creditor are the same unit',
      (u) => ({ creditorId: u.debtorId }),
      'input.creditorId',
    ],
    ['a zero amount', () => ({ amountDue: '0.00' }), 'input.amountDue'],
    ['paid more than due', () => ({ paidSoFar: '1000.01' }), 'input.paidSoFar'],
    [
      'a contract signed in the future',
      () => ({ contractSignedOn: '2199-01-01' }),
      'input.contractSignedOn',
    ],
    [
      'acceptance before delivery',
      () => ({ deliveredOn: '2024-05-01', acceptedOn: '2024-04-01' }),
      'input.acceptedOn',
    ],
    ['an empty contract number', () => ({ contractNo: '   ' }), 'input.contractNo'],
    ['a debtor id that is not an id', () => ({ debtorId: 'dalad.finance' }), 'input.debtorId'],
  ];
  it.each(cases)('%s', async (_label, override, field) => {
    const units = await twoUnits();
    const before = await ledgerSize();
    const result = await gql(REGISTER_ARREAR, { input: arrearInput(units, override(units)) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await ledgerSize()).toBe(before);
  });

  it('the same debtor, creditor and contract twice is a CONFLICT; the first stays', async () => {
    const units = await twoUnits();
    const input = arrearInput(units, { paidSoFar: '250.00' });
    const first = await data<any>(REGISTER_ARREAR, { input });
    expect(first.registerArrear).toMatchObject({ outstanding: '750.00', status: 'REGISTERED' });
    const before = await ledgerSize();
    const second = await gql(REGISTER_ARREAR, { input: { ...input, amountDue: '2000.00' } });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0]!.message).toMatch(/这笔欠款已在台账中/);
    expect(await ledgerSize()).toBe(before);
  });

  it('an inspector may not write the ledger (FORBIDDEN)', async () => {
    const result = await gql(REGISTER_ARREAR, { input: arrearInput(await twoUnits()) }, INSPECTOR);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});

describe('id filters', () => {
  it.each([
    [
      'arrears',
      `{ arrears(filter: { debtorIds: ["not-an-id"] }) { totalCount } }`,
      'filter.debtorIds',
    ],
    [
      'clues',
      `{ clues(filter: { respondentIds: ["not-an-id"] }) { totalCount } }`,
      'filter.respondentIds',
    ],
  ])(
    '%s: a value that is not an id is BAD_USER_INPUT naming the filter, not an internal error',
    async (_name, query, field) => {
      const result = await gql(query);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe(field);
    },
  );
});

describe('organisation mutations', () => {
  it('refuses to place a unit under its own subsidiary (a cycle), naming the field', async () => {
    const REGISTER = `mutation($n: String!, $p: ID) { registerOrganisation(input: { name: $n, kind: PUBLIC_INSTITUTION, regionCode: "150621", parentId: $p }) { id version } }`;
    const top = (await data<any>(REGISTER, { n: '循环测试中心' }, ADMIN)).registerOrganisation;
    const middle = (await data<any>(REGISTER, { n: '循环测试分中心', p: top.id }, ADMIN))
      .registerOrganisation;
    const bottom = (await data<any>(REGISTER, { n: '循环测试站', p: middle.id }, ADMIN))
      .registerOrganisation;
    const cycle = await gql(
      `mutation($id: ID!, $v: Int!, $p: ID) { updateOrganisation(id: $id, expectedVersion: $v, input: { parentId: $p }) { id } }`,
      { id: top.id, v: top.version, p: bottom.id },
      ADMIN,
    );
    expect(errorCodes(cycle)).toEqual(['BAD_USER_INPUT']);
    expect(cycle.errors![0]!.extensions!.field).toBe('input.parentId');
  });

  it('registers an enterprise and classifies its size; the same credit code again is a CONFLICT', async () => {
    const input = {
      name: '测试建材有限公司',
      kind: 'PRIVATE_ENTERPRISE',
      regionCode: '150621',
      creditCode: '9131 0115 5916 93856a',
      size: { industry: 'INDUSTRY', employees: 50, revenue: '5000000.00', asOf: '2024-12-31' },
    };
    const created = await data<any>(REGISTER_ORG, { input }, ADMIN);
    expect(created.registerOrganisation).toMatchObject({
      name: '测试建材有限公司',
      version: 1,
      size: { sizeClass: 'SMALL' },
    });
    const again = await gql(REGISTER_ORG, { input: { ...input, name: '另一个名字' } }, ADMIN);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const found = await data<any>(
      `{ organisations(filter: { creditCode: "91310115591693856A" }) { totalCount } }`,
    );
    expect(found.organisations.totalCount).toBe(1);
  });

  it.each([
    [
      'an enterprise without a credit code',
      { name: '无代码企业', kind: 'PRIVATE_ENTERPRISE', regionCode: '150621' },
      'input.creditCode',
    ],
    [
      'an unknown region',
      { name: '某单位', kind: 'GOVERNMENT_DEPARTMENT', regionCode: '999999' },
      'input.regionCode',
    ],
    [
      'an empty name',
      { name: '  ', kind: 'GOVERNMENT_DEPARTMENT', regionCode: '150621' },
      'input.name',
    ],
    [
      'an unknown parent',
      {
        name: '某单位',
        kind: 'GOVERNMENT_DEPARTMENT',
        regionCode: '150621',
        parentId: '00000000-0000-4000-8000-000000000000',
      },
      'input.parentId',
    ],
  ])('refuses %s', async (_label, input, field) => {
    const before = (await data<any>(`{ organisations(first: 1) { totalCount } }`)).organisations
      .totalCount;
    const result = await gql(REGISTER_ORG, { input }, ADMIN);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(
      (await data<any>(`{ organisations(first: 1) { totalCount } }`)).organisations.totalCount,
    ).toBe(before);
  });

  it('updateOrganisation: optimistic locking by version, NOT_FOUND for an unknown id', async () => {
    const created = await data<any>(
      REGISTER_ORG,
      { input: { name: '版本测试单位', kind: 'PUBLIC_INSTITUTION', regionCode: '150621' } },
      ADMIN,
    );
    const id = created.registerOrganisation.id;
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, expectedVersion: $v, input: $input) { name version } }`;
    const updated = await data<any>(
      UPDATE,
      { id, v: 1, input: { name: '版本测试单位（改）' } },
      ADMIN,
    );
    expect(updated.updateOrganisation).toEqual({ name: '版本测试单位（改）', version: 2 });
    const stale = await gql(UPDATE, { id, v: 1, input: { name: '过期的修改' } }, ADMIN);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    const unknown = await gql(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', v: 1, input: { name: 'x' } },
      ADMIN,
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const after = await data<any>(`query($id: ID!) { organisation(id: $id) { name version } }`, {
      id,
    });
    expect(after.organisation).toEqual({ name: '版本测试单位（改）', version: 2 });
  });

  it('appointToPost: needs exactly one of personId and personName; the successor inherits the group seat', async () => {
    const groups = await data<any>(
      `{ workingGroups(regionCode: "150621", kinds: [FUNDING]) { edges { node { members { post { id } holder { name } } } } } }`,
    );
    const seat = groups.workingGroups.edges[0].node.members[0];
    const APPOINT = `mutation($input: AppointToPostInput!) { appointToPost(input: $input) { startedOn person { name } post { holder { name } tenures { endedOn person { name } } } } }`;
    const both = await gql(
      APPOINT,
      {
        input: {
          postId: seat.post.id,
          personId: seat.post.id,
          personName: '某人',
          startedOn: '2025-09-01',
        },
      },
      ADMIN,
    );
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    const appointed = await data<any>(
      APPOINT,
      { input: { postId: seat.post.id, personName: '接任者甲', startedOn: '2025-09-01' } },
      ADMIN,
    );
    expect(appointed.appointToPost.post.holder.name).toBe('接任者甲');
    expect(appointed.appointToPost.post.tenures[1]).toMatchObject({
      endedOn: '2025-09-01',
      person: { name: seat.holder.name },
    });
    const after = await data<any>(
      `{ workingGroups(regionCode: "150621", kinds: [FUNDING]) { edges { node { members { holder { name } } } } } }`,
    );
    expect(after.workingGroups.edges[0].node.members[0].holder.name).toBe('接任者甲');
  });
});
