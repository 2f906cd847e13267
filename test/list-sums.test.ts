// Money-bearing lists total their money over the whole filter (issue 18): `sum` equals the sum of
// every page, counts only what the viewer may see, and costs one statement in the subgraph that
// owns the list, whatever the list's size.
import { describe, expect, it } from 'vitest';
import { data, leastStatements, LEADING_GROUP, type As } from './harness/client.ts';

/** Exact decimal addition on yuan strings (as cents, never a float). */
function add(a: string, b: string): string {
  const cents = (v: string) => {
    const negative = v.startsWith('-');
    const [whole, fraction = ''] = v.replace('-', '').split('.');
    const c = BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
    return negative ? -c : c;
  };
  const total = cents(a) + cents(b);
  const sign = total < 0n ? '-' : '';
  const abs = total < 0n ? -total : total;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

interface List {
  field: string;
  subgraph: string;
  money: string[];
  args?: string;
}

const LISTS: List[] = [
  { field: 'clues', subgraph: 'arrears', money: ['amountClaimed'] },
  {
    field: 'budgetLines',
    subgraph: 'finance',
    money: ['appropriated', 'adjustments', 'disbursed', 'available'],
  },
  { field: 'projects', subgraph: 'finance', money: ['approvedAmount'] },
  { field: 'disbursements', subgraph: 'finance', money: ['amount'] },
];

async function everyPage(
  list: List,
  as: As,
): Promise<{ rows: number; totals: Record<string, string> }> {
  const totals = Object.fromEntries(list.money.map((m) => [m, '0.00']));
  let after: string | null = null;
  let rows = 0;
  for (;;) {
    const page: any = await data<any>(
      `query($after: String) { ${list.field}(first: 7, after: $after) {
         edges { cursor node { ${list.money.join(' ')} } } pageInfo { hasNextPage } } }`,
      { after },
      as,
    );
    const connection = page[list.field];
    for (const { node } of connection.edges) {
      rows += 1;
      for (const m of list.money) totals[m] = add(totals[m]!, node[m]);
    }
    if (!connection.pageInfo.hasNextPage) return { rows, totals };
    after = connection.edges.at(-1).cursor;
  }
}

const SUM = (list: List) =>
  `{ ${list.field}(first: 1) { totalCount sum { ${list.money.join(' ')} } } }`;

describe('sums of money-bearing lists', () => {
  const viewers: [string, As][] = [
    ['the leading group', LEADING_GROUP],
    [
      'an inspector bound to 150621',
      { roles: ['INSPECTOR'], region: '150621', sub: 'sums-inspector' },
    ],
  ];
  for (const list of LISTS)
    for (const [who, as] of viewers)
      it(`${list.field}: sum equals every page added up, for ${who}`, async () => {
        const { rows, totals } = await everyPage(list, as);
        const answer = (await data<any>(SUM(list), {}, as))[list.field];
        expect(answer.totalCount).toBe(rows);
        expect(answer.sum).toEqual(totals);
      });

  it('the demo data gives the sums something to add', async () => {
    for (const list of LISTS.filter((l) => l.field !== 'disbursements')) {
      const answer = (await data<any>(SUM(list)))[list.field];
      expect(answer.totalCount, list.field).toBeGreaterThan(0);
    }
  });

  it('a sum costs one statement, and nothing when it is not selected', async () => {
    for (const list of LISTS) {
      const without = await leastStatements(() =>
        data(`{ ${list.field}(first: 5) { edges { node { id } } } }`),
      );
      const withSum = await leastStatements(() =>
        data(`{ ${list.field}(first: 5) { edges { node { id } } sum { ${list.money[0]} } } }`),
      );
      expect(withSum[list.subgraph]! - without[list.subgraph]!, list.field).toBe(1);
    }
  });
});
