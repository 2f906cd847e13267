// Role × operation matrix: each viewer sees and changes only what its role and jurisdiction allow
// (docs/access-model.md). Every assertion compares a restricted viewer with what the leading group sees
// for the same units, so removing any scoping makes it fail.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  data,
  errorCodes,
  gql,
  LEADING_GROUP,
  subgraphRequest,
  type As,
} from './harness/client.ts';
import { unique } from './harness/fixtures.ts';

let ids: Record<string, string>;
const LEDGER = `query($f: ArrearFilter) { arrears(first: 500, filter: $f) { totalCount edges { node { id debtor { id } creditor { id } } } } }`;

beforeAll(async () => {
  const names = {
    housing: '达拉特旗住房和城乡建设局',
    agency: '达拉特旗政府投资项目代建中心',
    shulinzhao: '树林召镇人民政府',
    hengtai: '恒泰建筑工程有限公司',
    ruifeng: '瑞丰建材有限公司',
  };
  ids = {};
  for (const [key, name] of Object.entries(names)) {
    const result = await data<any>(
      `query($n: String) { organisations(first: 1, filter: { nameContains: $n }) { edges { node { id } } } }`,
      { n: name },
    );
    ids[key] = result.organisations.edges[0].node.id;
  }
});

const bureau = (): As => ({ roles: ['BUREAU'], org: ids.housing, sub: 'clerk-housing' });
const enterprise = (): As => ({ roles: ['ENTERPRISE'], org: ids.hengtai, sub: 'hengtai' });
const townLeader: As = { roles: ['LEADING_GROUP'], region: '150621101', sub: 'shulinzhao-leader' };
const otherCounty: As = { roles: ['LEADING_GROUP'], region: '140502', sub: 'chengqu-leader' };

describe('reading the ledger', () => {
  it('a bureau sees exactly its own unit’s debts', async () => {
    const mine = await data<any>(LEDGER, {}, bureau());
    const expected = await data<any>(LEDGER, { f: { debtorIds: [ids.housing] } });
    expect(mine.arrears.totalCount).toBeGreaterThanOrEqual(2);
    expect(mine.arrears.totalCount).toBe(expected.arrears.totalCount);
    expect(new Set(mine.arrears.edges.map((e: any) => e.node.debtor.id))).toEqual(
      new Set([ids.housing]),
    );
  });

  it('a leading group bound to a township sees that township only', async () => {
    const town = await data<any>(LEDGER, {}, townLeader);
    const expected = await data<any>(LEDGER, { f: { debtorIds: [ids.shulinzhao] } });
    expect(town.arrears.totalCount).toBeGreaterThanOrEqual(1);
    expect(town.arrears.totalCount).toBe(expected.arrears.totalCount);
    const summary = await data<any>(
      `{ region(code: "150621") { arrearsSummary { count } } }`,
      {},
      townLeader,
    );
    expect(summary.region.arrearsSummary.count).toBeLessThanOrEqual(town.arrears.totalCount);
  });

  it('an enterprise sees only the debts owed to it', async () => {
    const claims = await data<any>(LEDGER, {}, enterprise());
    const expected = await data<any>(LEDGER, { f: { creditorIds: [ids.hengtai] } });
    expect(claims.arrears.totalCount).toBeGreaterThanOrEqual(3);
    expect(claims.arrears.totalCount).toBe(expected.arrears.totalCount);
    expect(new Set(claims.arrears.edges.map((e: any) => e.node.creditor.id))).toEqual(
      new Set([ids.hengtai]),
    );
    const clues = await data<any>(`{ clues(first: 100) { totalCount } }`, {}, enterprise());
    expect(clues.clues.totalCount).toBe(0); // 恒泰 filed no complaint in the demo data
  });

  it('an inspector and the unbound leading group see everything', async () => {
    const all = await data<any>(LEDGER, {}, LEADING_GROUP);
    const inspector = await data<any>(LEDGER, {}, { roles: ['INSPECTOR'] });
    expect(inspector.arrears.totalCount).toBe(all.arrears.totalCount);
    expect(new Set(all.arrears.edges.map((e: any) => e.node.debtor.id)).size).toBeGreaterThan(10);
  });

  it('another county sees none of it: lists, single records, summaries and entity references', async () => {
    const dalad = await data<any>(LEDGER, { f: { debtorIds: [ids.housing] } });
    const someId = dalad.arrears.edges[0].node.id;
    expect(
      (await data<any>(`query($id: ID!) { arrear(id: $id) { id } }`, { id: someId }, otherCounty))
        .arrear,
    ).toBeNull();
    const summary = await data<any>(
      `{ region(code: "150621") { arrearsSummary { count outstanding } } }`,
      {},
      otherCounty,
    );
    expect(summary.region.arrearsSummary).toEqual({ count: 0, outstanding: '0.00' });
    const owed = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsOwed { totalCount } arrearsSummary { count } } }`,
      { id: ids.housing },
      otherCounty,
    );
    expect(owed.organisation).toEqual({
      arrearsOwed: { totalCount: 0 },
      arrearsSummary: { count: 0 },
    });
    const entity = await subgraphRequest(
      'arrears',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Arrear { id } } }`,
      {
        r: [{ __typename: 'Arrear', id: someId }],
      },
      { id: 'x', roles: ['LEADING_GROUP'], regionCode: '140502' },
    );
    expect(entity.data!._entities).toEqual([null]);
  });
});

describe('changing the ledger', () => {
  it('a bureau pays and registers its own debts, not another unit’s', async () => {
    const own = await data<any>(LEDGER, {
      f: { debtorIds: [ids.housing], statuses: ['VERIFIED', 'REPAYING'] },
    });
    const other = await data<any>(LEDGER, {
      f: { debtorIds: [ids.agency], statuses: ['REPAYING', 'PLANNED'] },
    });
    const pay = (arrearId: string) =>
      gql(
        `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
        {
          i: {
            arrearId,
            amount: '1.00',
            paidOn: '2025-02-01',
            method: 'TRANSFER',
            idempotencyKey: unique('j'),
          },
        },
        bureau(),
      );
    expect(errorCodes(await pay(own.arrears.edges[0].node.id))).toEqual([]);
    const refused = await pay(other.arrears.edges[0].node.id);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.message).toMatch(/不在您的管辖范围内/);
    const register = (debtorId: string) =>
      gql(
        `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id } }`,
        {
          i: {
            debtorId,
            creditorId: ids.ruifeng,
            contractNo: unique('J'),
            contractSignedOn: '2025-01-01',
            subject: 'GOODS',
            amountDue: '100.00',
          },
        },
        bureau(),
      );
    expect(errorCodes(await register(ids.housing))).toEqual([]);
    expect(errorCodes(await register(ids.agency))).toEqual(['FORBIDDEN']);
  });

  it('a bureau updates its own unit, not another one; a region-bound leader registers units in its region only', async () => {
    const unit = await data<any>(`query($id: ID!) { organisation(id: $id) { version } }`, {
      id: ids.agency,
    });
    const update = await gql(
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { shortName: "代建中心" }) { id } }`,
      { id: ids.agency, v: unit.organisation.version },
      bureau(),
    );
    expect(errorCodes(update)).toEqual(['FORBIDDEN']);
    const elsewhere = await gql(
      `mutation { registerOrganisation(input: { name: "外地单位", kind: GOVERNMENT_DEPARTMENT, regionCode: "140502" }) { id } }`,
      {},
      townLeader,
    );
    expect(errorCodes(elsewhere)).toEqual(['FORBIDDEN']);
  });
});
