// _entities for every @key, asked of the subgraph that resolves it (with the gateway's signature),
// and each representation batch costs one statement whatever its size.
import { describe, expect, it } from 'vitest';
import { data, sqlStatements, subgraphRequest } from './harness/client.ts';

async function someIds() {
  const result = await data<any>(
    `{ organisations(first: 20) { edges { node { id } } } arrears(first: 20) { edges { node { id } } } }`,
  );
  return {
    organisations: result.organisations.edges.map((e: any) => e.node.id) as string[],
    arrears: result.arrears.edges.map((e: any) => e.node.id) as string[],
  };
}

describe('entity references (_entities)', () => {
  it('organisations resolves Organisation by id, in one statement for 20 representations', async () => {
    const { organisations } = await someIds();
    const before = await sqlStatements('organisations');
    const result = await subgraphRequest(
      'organisations',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id name kind } } }`,
      {
        r: organisations.map((id) => ({ __typename: 'Organisation', id })),
      },
    );
    expect((await sqlStatements('organisations')) - before).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e: any) => e.id)).toEqual(organisations);
    expect(result.data!._entities.every((e: any) => e.name)).toBe(true);
  });

  it('organisations resolves Region by code, unknown codes as null', async () => {
    const result = await subgraphRequest(
      'organisations',
      `{ _entities(representations: [{ __typename: "Region", code: "150621" }, { __typename: "Region", code: "999999" }]) { ... on Region { code name unitIds } } }`,
    );
    expect(result.data!._entities[0]).toMatchObject({ code: '150621', name: '达拉特旗' });
    expect(result.data!._entities[0].unitIds.length).toBeGreaterThan(40);
    expect(result.data!._entities[1]).toBeNull();
  });

  it('arrears resolves Arrear by id, in one statement', async () => {
    const { arrears } = await someIds();
    const before = await sqlStatements('arrears');
    const result = await subgraphRequest(
      'arrears',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Arrear { id contractNo outstanding } } }`,
      {
        r: arrears.map((id) => ({ __typename: 'Arrear', id })),
      },
    );
    expect((await sqlStatements('arrears')) - before).toBe(1);
    expect(result.data!._entities.map((e: any) => e.id)).toEqual(arrears);
  });

  it('arrears extends Organisation and Region (with the @required path: no list of units)', async () => {
    const { organisations } = await someIds();
    const region = await data<any>(`{ region(code: "150621") { path arrearsSummary { count } } }`);
    expect(region.region.path).toBe('/150000/150600/150621/');
    const result = await subgraphRequest(
      'arrears',
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Organisation { id arrearsSummary { count } }
        ... on Region { code arrearsSummary { count } } } }`,
      {
        r: [
          { __typename: 'Organisation', id: organisations[0] },
          { __typename: 'Region', code: '150621', path: region.region.path },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].id).toBe(organisations[0]);
    expect(result.data!._entities[1].arrearsSummary.count).toBe(region.region.arrearsSummary.count);
    expect(region.region.arrearsSummary.count).toBeGreaterThan(10);
  });
});
