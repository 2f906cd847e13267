// Every change is attributable; the audit trail cannot be rewritten; lists page with cursors.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ADMIN, data, errorCodes, gql, hub, INSPECTOR } from './harness/client.ts';

describe('audit trail', () => {
  it('records who registered a debt, when, and the values', async () => {
    const units = await data<any>(`{
      d: organisations(first: 1, filter: { kinds: [TOWN_GOVERNMENT] }) { edges { node { id } } }
      c: organisations(first: 1, filter: { kinds: [PRIVATE_ENTERPRISE] }) { edges { node { id } } } }`);
    const created = await data<any>(
      `mutation($i: RegisterArrearInput!) { registerArrear(input: $i) { id registeredBy } }`,
      {
        i: {
          debtorId: units.d.edges[0].node.id,
          creditorId: units.c.edges[0].node.id,
          contractNo: 'AUDIT-1',
          contractSignedOn: '2024-06-01',
          subject: 'GOODS',
          amountDue: '880.00',
        },
      },
      { ...ADMIN, sub: 'clerk-007' },
    );
    expect(created.registerArrear.registeredBy).toBe('clerk-007');
    const history = await data<any>(
      `query($id: ID!) { arrear(id: $id) { history { actorId actorRoles action at before after } } }`,
      { id: created.registerArrear.id },
      INSPECTOR,
    );
    expect(history.arrear.history).toHaveLength(1);
    const [entry] = history.arrear.history;
    expect(entry).toMatchObject({
      actorId: 'clerk-007',
      actorRoles: ['ADMIN'],
      action: 'CREATE',
      before: null,
    });
    expect(entry.after).toMatchObject({ contractNo: 'AUDIT-1', amountDue: '880.00' });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
  });

  it('an organisation update keeps the before and after values', async () => {
    const created = await data<any>(
      `mutation { registerOrganisation(input: { name: "审计测试单位", kind: GOVERNMENT_DEPARTMENT, regionCode: "150621" }) { id } }`,
      {},
      ADMIN,
    );
    const id = created.registerOrganisation.id;
    await data(
      `mutation($id: ID!) { updateOrganisation(id: $id, expectedVersion: 1, input: { status: DISSOLVED }) { version } }`,
      { id },
      ADMIN,
    );
    const history = await data<any>(
      `query($id: ID!) { organisation(id: $id) { history { action before after } } }`,
      { id },
      INSPECTOR,
    );
    expect(history.organisation.history.map((h: any) => h.action)).toEqual(['CREATE', 'UPDATE']);
    expect(history.organisation.history[1].before.status).toBe('ACTIVE');
    expect(history.organisation.history[1].after.status).toBe('DISSOLVED');
  });

  it.each(['organisations', 'arrears'])(
    'the %s audit table refuses UPDATE and DELETE',
    async (name) => {
      const client = new pg.Client({ connectionString: hub().databaseUrls[name] });
      await client.connect();
      try {
        await expect(
          client.query(`update audit_trail set actor_id = 'someone-else'`),
        ).rejects.toThrow(/append-only/);
        await expect(client.query(`delete from audit_trail`)).rejects.toThrow(/append-only/);
      } finally {
        await client.end();
      }
    },
  );
});

describe('pagination', () => {
  it('walks every unit exactly once with cursors', async () => {
    const total = (await data<any>(`{ organisations(first: 1) { totalCount } }`)).organisations
      .totalCount;
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result: any = await data(
        `query($after: String) { organisations(first: 40, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      for (const edge of result.organisations.edges) seen.add(edge.node.id);
      if (!result.organisations.pageInfo.hasNextPage) break;
      after = result.organisations.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
  });

  it('orders by a column and keeps the order across pages', async () => {
    const first = await data<any>(
      `{ arrears(first: 5, orderBy: { field: AMOUNT_DUE, direction: DESC }) { pageInfo { endCursor } edges { node { amountDue } } } }`,
    );
    const next = await data<any>(
      `query($a: String) { arrears(first: 5, after: $a, orderBy: { field: AMOUNT_DUE, direction: DESC }) { edges { node { amountDue } } } }`,
      { a: first.arrears.pageInfo.endCursor },
    );
    const amounts = [...first.arrears.edges, ...next.arrears.edges].map((e: any) =>
      Number(e.node.amountDue),
    );
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('refuses first > 500 and a cursor from another ordering', async () => {
    const big = await gql(`{ organisations(first: 501) { totalCount } }`);
    expect(errorCodes(big)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors![0]!.extensions!.field).toBe('first');
    const page = await data<any>(
      `{ arrears(first: 1, orderBy: { field: AMOUNT_DUE }) { pageInfo { endCursor } } }`,
    );
    const wrong = await gql(
      `query($a: String) { arrears(first: 1, after: $a, orderBy: { field: CONTRACT_SIGNED_ON }) { totalCount } }`,
      { a: page.arrears.pageInfo.endCursor },
    );
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0]!.extensions!.field).toBe('after');
  });
});
