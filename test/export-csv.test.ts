// /export.csv: a query's rows as CSV, through the gateway's own /graphql with the caller's token —
// the same figures, the same jurisdiction, no mutations, and a clear refusal otherwise.
import { describe, expect, it } from 'vitest';
import { ADMIN, data, hub, INSPECTOR, LEADING_GROUP, tokenFor, type As } from './harness/client.ts';

const AS_OF = '2026-11-24';

async function download(params: Record<string, string> | null, as: As | null, body?: unknown) {
  const url = new URL('/export.csv', hub().gatewayUrl);
  for (const [k, v] of Object.entries(params ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = as
    ? { authorization: `Bearer ${await tokenFor(as)}` }
    : {};
  const response = await fetch(
    url,
    body
      ? {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }
      : { headers },
  );
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    text,
  };
}

const parseCsv = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('/export.csv', () => {
  it('downloads a registered operation with the figures the API gives', async () => {
    const csv = await download(
      { operation: 'OverdueWithoutPlan', variables: JSON.stringify({ asOf: AS_OF }) },
      LEADING_GROUP,
    );
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.disposition).toContain(`OverdueWithoutPlan-`);
    const [header, ...rows] = parseCsv(csv.text);
    // The headers are the fields' Chinese labels; ?headers=paths gives the GraphQL paths.
    expect(header!.split(',')).toEqual([
      '合同编号',
      '欠款余额（元）',
      '法定付款期限',
      '逾期天数',
      '逾期利息·金额（元）',
      '欠款单位·名称',
      '欠款单位·地区·名称',
      '债权企业·名称',
    ]);
    const byPath = await download(
      {
        operation: 'OverdueWithoutPlan',
        variables: JSON.stringify({ asOf: AS_OF }),
        headers: 'paths',
      },
      LEADING_GROUP,
    );
    const [pathHeader, ...pathRows] = parseCsv(byPath.text);
    expect(pathHeader!.split(',')).toEqual([
      'contractNo',
      'outstanding',
      'statutoryDueOn',
      'overdueDays',
      'lateInterest.amount',
      'debtor.name',
      'debtor.region.name',
      'creditor.name',
    ]);
    expect(pathRows).toEqual(rows);
    const api = await data<any>(
      `query($asOf: Date!) { arrears(first: 100, filter: { overdueOn: $asOf, hasRepaymentPlan: false }, orderBy: { field: OUTSTANDING, direction: DESC }) { edges { node { contractNo outstanding } } } }`,
      { asOf: AS_OF },
    );
    expect(rows.length).toBe(api.arrears.edges.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.split(',').slice(0, 2).join(','))).toEqual(
      api.arrears.edges.map((e: any) => `${e.node.contractNo},${e.node.outstanding}`),
    );
  });

  it('keeps to the viewer’s jurisdiction', async () => {
    const unit = await data<any>(
      `{ organisations(first: 1, filter: { kinds: [GOVERNMENT_DEPARTMENT], regionCode: "150621" }) { edges { node { id } } } }`,
    );
    const bureau: As = {
      roles: ['BUREAU'],
      org: unit.organisations.edges[0].node.id,
      sub: 'test-bureau-csv',
    };
    const query = `{ arrears(first: 500) { edges { node { id debtor { id } } } } }`;
    const all = parseCsv((await download(null, ADMIN, { query })).text);
    const own = parseCsv(
      (await download(null, { ...bureau, roles: ['INSPECTOR'], region: '150621' }, { query })).text,
    );
    expect(all.length).toBeGreaterThan(own.length);
    const mine = await download({ headers: 'paths' }, bureau, { query });
    // BUREAU may not send its own text where trusted documents are not enforced? It may: the
    // gateway's rules decide, and the rows are the bureau's own units only.
    expect(mine.status).toBe(200);
    const debtorColumn = parseCsv(mine.text)[0]!.split(',').indexOf('debtor.id');
    const debtors = new Set(
      parseCsv(mine.text)
        .slice(1)
        .map((r) => r.split(',')[debtorColumn]),
    );
    const visible = await data<any>(
      `{ arrears(first: 500) { edges { node { debtor { id } } } } }`,
      {},
      bureau,
    );
    expect([...debtors].sort()).toEqual(
      [...new Set(visible.arrears.edges.map((e: any) => e.node.debtor.id))].sort(),
    );
  });

  it('refuses mutations, unknown operations, results without a list and anonymous viewers', async () => {
    const mutation = await download(null, ADMIN, {
      query: `mutation { registerRegion(input: { code: "999999", name: "x", level: COUNTY }) { code } }`,
    });
    expect(mutation.status).toBe(400);
    expect(JSON.parse(mutation.text).errors[0]).toMatchObject({
      message: 'CSV 导出只执行查询（query），不执行修改。',
      extensions: { code: 'BAD_REQUEST', messageId: 'gateway.exportQueriesOnly' },
    });
    const unknown = await download({ operation: 'NoSuchOperation' }, LEADING_GROUP);
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('OverdueWithoutPlan');
    const noList = await download(null, INSPECTOR, {
      query: `{ region(code: "150621") { name } }`,
    });
    expect(noList.status).toBe(422);
    const anonymous = await download(
      { operation: 'OverdueWithoutPlan', variables: JSON.stringify({ asOf: AS_OF }) },
      null,
    );
    expect(anonymous.status).not.toBe(200);
    expect(anonymous.text).not.toContain('contractNo');
    const badVariables = await download(
      { operation: 'OverdueWithoutPlan', variables: '{not json' },
      LEADING_GROUP,
    );
    expect(badVariables.status).toBe(400);
  });

  it('GraphiQL offers the CSV download', async () => {
    const page = await (await fetch(new URL('/graphiql', hub().gatewayUrl))).text();
    expect(page).toContain("fetch('/export.csv'");
  });
});

describe('the README’s /export.csv examples', () => {
  it('work as written with curl (no -g needed)', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { promisify } = await import('node:util');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## CSV of any query'));
    const block = section.slice(
      section.indexOf('```bash') + 7,
      section.indexOf('```', section.indexOf('```bash') + 7),
    );
    // The token line asks the development secret; the test hub's own token stands in for it.
    const commands = block
      .split('\n')
      .filter((line) => !line.startsWith('TOKEN='))
      .join('\n')
      .replaceAll('localhost:4000', new URL(hub().gatewayUrl).host);
    expect(commands).toContain('curl');
    const dir = await mkdtemp(join(tmpdir(), 'hub-readme-csv-'));
    await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', commands], {
      cwd: dir,
      env: { ...process.env, TOKEN: await tokenFor(INSPECTOR) },
    });
    const overdue = parseCsv(await readFile(join(dir, 'overdue.csv'), 'utf8'));
    expect(overdue[0]).toContain('合同编号');
    expect(overdue.length).toBeGreaterThan(1);
    const units = parseCsv(await readFile(join(dir, 'units.csv'), 'utf8'));
    expect(units[0]).toBe('name,creditCode');
    expect(units.length).toBeGreaterThan(10);
  });
});
