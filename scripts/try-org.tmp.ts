import { startEmbeddedPostgres } from '/work/main/scripts/lib/embedded-postgres.ts';
import { startSubgraph, signViewer, DEVELOPMENT_VIEWER_SECRET } from '@arrears-hub/subgraph-kit';
import { organisationsSubgraph } from '@arrears-hub/organisations';
const pg = await startEmbeddedPostgres({ dataDir: '/tmp/hubpg-try', persistent: false });
try {
  const t0 = Date.now();
  const sg = await startSubgraph(organisationsSubgraph, { databaseUrl: pg.urlFor('hub_organisations'), seedDemoData: true });
  console.log('started in', Date.now() - t0, sg.url);
  const q = async (query: string, variables = {}, roles = ['LEADING_GROUP']) => {
    const r = await fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-viewer': signViewer({ id: 'u1', roles: roles as never }, DEVELOPMENT_VIEWER_SECRET) }, body: JSON.stringify({ query, variables }) });
    return JSON.stringify(await r.json()).slice(0, 1500);
  };
  const sql = async () => (await (await fetch(sg.url.replace('/graphql', '/debug/sql'))).json()).statements;
  let s0 = await sql();
  console.log(await q(`{ regions(parentCode: "150621") { code name unitIds units(first: 2) { totalCount edges { node { name } } } } }`), await sql() - s0);
  s0 = await sql();
  console.log(await q(`{ organisations(first: 5, filter: { regionCode: "150621" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind region { name } size { sizeClass basis } posts { title holder { name } } } } } }`), await sql() - s0);
  console.log(await q(`{ workingGroups(first: 3) { edges { node { name kind aggregatingUnits { name } members { role post { title } holder { name } } } } } }`));
  console.log(await q(`mutation { registerOrganisation(input: { name: "测试公司", kind: PRIVATE_ENTERPRISE, regionCode: "150621", creditCode: "91310110666007217T", size: { industry: INDUSTRY, employees: 50, revenue: "5000000", asOf: "2024-12-31" } }) { id name version size { sizeClass } } }`));
  console.log(await q(`mutation { registerOrganisation(input: { name: "测试公司2", kind: PRIVATE_ENTERPRISE, regionCode: "150621", creditCode: "91310110666007217T" }) { id } }`));
  console.log(await q(`mutation { registerOrganisation(input: { name: "x", kind: PRIVATE_ENTERPRISE, regionCode: "150621", creditCode: "91310110666007217X" }) { id } }`));
  console.log(await q(`mutation($c: CreditCode) { registerOrganisation(input: { name: "x", kind: PRIVATE_ENTERPRISE, regionCode: "150621", creditCode: $c }) { id } }`, { c: '9131011066600721' }));
  console.log(await q(`{ _entities(representations: [{__typename: "Region", code: "150621"}]) { ... on Region { name unitIds } } }`));
  const r = await fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  console.log(r.status, await r.text());
  await sg.stop();
} finally { await pg.stop(); }
