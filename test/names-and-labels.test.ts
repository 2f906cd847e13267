// Units found and listed the way a Chinese reader looks for them (pinyin, initials, aliases;
// documents' order then pinyin order, across page boundaries), the labels of every enum value
// (GET /labels) and instants in China Standard Time.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN, data, hub } from './harness/client.ts';

const UNITS = `query($f: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $f, first: $first, after: $after) {
    edges { node { id name displayOrder } } pageInfo { hasNextPage endCursor } } }`;

interface Unit {
  id: string;
  name: string;
  displayOrder: number | null;
}

async function allPages(filter: Record<string, unknown>, first: number): Promise<Unit[]> {
  const units: Unit[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await data(UNITS, { f: filter, first, after });
    units.push(...page.organisations.edges.map((e: any) => e.node));
    if (!page.organisations.pageInfo.hasNextPage) return units;
    after = page.organisations.pageInfo.endCursor;
  }
}

const names = (units: Unit[]) => units.map((u) => u.name);

describe('finding units by name, alias and pinyin', () => {
  it('finds 教育体育局 by its alias 教体局, its pinyin and its initials, in any case', async () => {
    for (const needle of ['教体', 'jiaoyu', 'JiaoYu Tiyu', 'jytyj', 'JYTYJ']) {
      const found = names(await allPages({ nameContains: needle, regionCode: '150621' }, 50));
      expect(found, needle).toContain('达拉特旗教育体育局');
    }
    // Nothing spans two name forms, and a plain miss finds nothing.
    expect(await allPages({ nameContains: 'zzqqxx' }, 50)).toEqual([]);
  });

  it('lists units in pinyin order, not by code point, across page boundaries', async () => {
    const tag = randomUUID()
      .slice(0, 6)
      .replace(/[^a-f]/g, 'x');
    // By code point 中 (U+4E2D) < 北 (U+5317) < 阿 (U+963F); by pinyin a < bei < zhong.
    // The tag goes last: a Latin run right after 张 would decide 张 against 张三 by its first letter.
    const written = ['中', '北', '阿', '张三', '张'].map((first) => `${first}测试单位${tag}`);
    for (const name of written)
      await data(
        `mutation($n: String!) { registerOrganisation(input: { name: $n, kind: PUBLIC_INSTITUTION, regionCode: "150621" }) { id } }`,
        { n: name },
        ADMIN,
      );
    const paged = names(await allPages({ nameContains: tag }, 2));
    expect(paged).toEqual(
      ['阿', '北', '张', '张三', '中'].map((first) => `${first}测试单位${tag}`),
    );
    // The new units are found by their pinyin too: 张三 → zhangsan.
    expect(names(await allPages({ nameContains: `zhangsanceshidanwei${tag}` }, 10))).toEqual([
      `张三测试单位${tag}`,
    ]);
  });

  it('puts the documents’ order first, then the other units by pinyin, page after page', async () => {
    const whole = await allPages({ regionCode: '150621' }, 500);
    const paged = await allPages({ regionCode: '150621' }, 7);
    expect(paged.map((u) => u.id)).toEqual(whole.map((u) => u.id));
    expect(new Set(paged.map((u) => u.id)).size).toBe(paged.length);
    const ordered = paged.filter((u) => u.displayOrder !== null);
    expect(ordered.length).toBeGreaterThan(10);
    // Every unit in the documents' order comes before every other, in that order.
    expect(paged.slice(0, ordered.length)).toEqual(ordered);
    const orders = ordered.map((u) => u.displayOrder!);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe('labels of enum values (GET /labels)', () => {
  it('gives every enum value a Chinese and an English label', async () => {
    const response = await fetch(new URL('/labels', hub().gatewayUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const labels = (await response.json()) as Record<
      string,
      Record<string, { zh: string; en: string }>
    >;
    expect(labels.OrganisationKind!.GOVERNMENT_DEPARTMENT!.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(labels.ArrearStatus!.CLEARED).toEqual({
      zh: expect.any(String),
      en: expect.any(String),
    });
    for (const [name, values] of Object.entries(labels))
      for (const [value, label] of Object.entries(values)) {
        expect(label.zh, `${name}.${value}`).toMatch(/[\u4e00-\u9fff]/);
        expect(label.en, `${name}.${value}`).toMatch(/^[^\u4e00-\u9fff]+$/);
      }
    // The same for every language: no Accept-Language dependence.
    const english = await fetch(new URL('/labels', hub().gatewayUrl), {
      headers: { 'accept-language': 'en' },
    });
    expect(await english.json()).toEqual(labels);
  });
});

describe('instants in China Standard Time', () => {
  it('returns registeredAt as ISO 8601 at +08:00', async () => {
    const result = await data<any>(`{ arrears(first: 1) { edges { node { registeredAt } } } }`);
    const at: string = result.arrears.edges[0].node.registeredAt;
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    expect(Number.isNaN(Date.parse(at))).toBe(false);
  });
});
