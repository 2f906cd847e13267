// A seeded, time-bounded fuzz run against the shared test hub, generated from the schema the
// gateway serves (schema/supergraph.graphql's API): valid and broken documents, right- and
// wrong-typed variables, odd unicode (NUL, lone surrogates, zero-width and full-width characters,
// right-to-left marks, very long strings), huge and negative numbers, malformed requests. A client
// mistake must get a coded 4xx or a coded error, never a 5xx or "Unexpected error.".
// Queries run as signed-in viewers; mutations run anonymously, so they are refused before they
// write anything (and still exercise variable coercion and the refusal paths).
// HUB_FUZZ_SEED, HUB_FUZZ_REQUESTS (default 3000) and HUB_FUZZ_SECONDS (default 120) change the run.
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { hub, tokenFor, type As } from './harness/client.ts';

const SEED = Number(process.env.HUB_FUZZ_SEED ?? 20261201);
const REQUESTS = Number(process.env.HUB_FUZZ_REQUESTS ?? 3000);
const SECONDS = Number(process.env.HUB_FUZZ_SECONDS ?? 120);
const CONCURRENCY = 6;

/** mulberry32: small, fast, reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof random>;

const ODD_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  '\u200B',
  '\u200Bcontract\u200B',
  'ＨＴ－２０２６０１',
  '\u202Eevil\u202C',
  '😀'.repeat(50),
  '%s%n%x',
  "'; drop table arrear; --",
  '{"$ne":null}',
  '<script>alert(1)</script>',
  '\\u0000',
  'é'.normalize('NFD'),
  '达拉特旗',
  '150621',
  '00000000-0000-4000-8000-000000000000',
  'not-a-uuid',
  'x'.repeat(10_000),
  '2026-02-30',
  '2026-12-01',
  '1200.50',
  '-1.005',
  '1e9',
  'sha256:abc',
];

const ODD_NUMBERS = [0, 1, -1, 2, 50, 500, 501, 2147483647, -2147483648, 2 ** 53, 1.5, -0.0, 1e308];

/** A value for an input type: usually well-typed, sometimes not (`wrong`). */
function valueFor(type: GraphQLInputType, r: Random, depth: number, wrong: boolean): unknown {
  if (wrong && r.chance(0.15))
    return r.pick<unknown>([null, 'text', 12, true, [], {}, { $ne: null }, ['a', 1], 1.5, '']);
  if (isNonNullType(type)) return valueFor(type.ofType, r, depth, wrong);
  if (r.chance(0.05)) return null;
  if (isListType(type)) {
    const n = r.pick([0, 1, 2, 3, wrong ? 600 : 2]);
    return Array.from({ length: n }, () => valueFor(type.ofType, r, depth + 1, wrong));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return wrong && r.chance(0.2)
      ? r.pick(['NOT_A_VALUE', 'query', '', 'pending'])
      : r.pick(values);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const fields = Object.values(type.getFields());
    const value: Record<string, unknown> = {};
    for (const f of fields)
      if (isNonNullType(f.type) || r.chance(0.5))
        value[f.name] = valueFor(f.type, r, depth + 1, wrong);
    if (wrong && r.chance(0.1)) value[r.pick(['unknownField', '__proto__', 'constructor'])] = 1;
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return r.chance(0.8) ? r.pick([1, 2, 5, 10, 50]) : r.pick(ODD_NUMBERS);
      case 'Float':
        return r.pick(ODD_NUMBERS);
      case 'Boolean':
        return r.chance(0.9) ? r.chance(0.5) : r.pick(['true', 0, 1]);
      case 'ID':
        return r.pick([
          '00000000-0000-4000-8000-000000000000',
          `${Array.from({ length: 8 }, () => r.int(16).toString(16)).join('')}-0000-4000-8000-000000000001`,
          '150621',
          'not-an-id',
          '\u0000',
          '1',
        ]);
      case 'Date':
        return r.pick(['2024-01-10', '2026-12-01', '2026-02-30', '2026-13-01', '20260101', '']);
      case 'Money':
      case 'SignedMoney':
        return r.pick([
          '0',
          '1.00',
          '1200.50',
          '-5.00',
          '1.005',
          '1e5',
          1200,
          '99999999999999999999',
        ]);
      default:
        return r.pick(ODD_STRINGS);
    }
  }
  return null;
}

function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, type)).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value as Record<string, unknown>)
      .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
      .map(([k, v]) => {
        const field = isInputObjectType(named) ? named.getFields()[k] : undefined;
        return `${k}: ${literal(v, field?.type ?? type)}`;
      })
      .join(', ')} }`;
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value))
    return value;
  return JSON.stringify(value);
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

/** A selection on an output type, at most `depth` levels down. */
function selection(type: GraphQLOutputType, r: Random, depth: number): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) => !f.name.startsWith('__'));
  const picked = new Map<string, string>();
  const tries = r.int(4) + 1;
  for (let i = 0; i < tries; i++) {
    const f = r.pick(fields);
    const args = argumentsFor(f, r, false, null);
    const inner = depth > 0 ? selection(f.type, r, depth - 1) : '';
    const leaf = isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type));
    if (!leaf && !inner) continue;
    if (f.args.some((a) => isNonNullType(a.type)) && args === null) continue;
    picked.set(f.name, `${f.name}${args ?? ''} ${inner}`);
  }
  if (!picked.size) picked.set('__typename', '__typename');
  return `{ ${[...picked.values()].join(' ')} }`;
}

/** Arguments written inline, or as variables recorded in `vars`; null when a required one is left out. */
function argumentsFor(
  field: GraphQLField<unknown, unknown>,
  r: Random,
  wrong: boolean,
  vars: { defs: string[]; values: Record<string, unknown> } | null,
): string | null {
  const parts: string[] = [];
  for (const arg of field.args as readonly GraphQLArgument[]) {
    if (!isNonNullType(arg.type) && r.chance(0.5)) continue;
    const value =
      arg.name === 'first' ? r.pick([1, 5, 50, 500, 501, -1, 0]) : valueFor(arg.type, r, 0, wrong);
    if (vars && r.chance(0.6)) {
      const name = `v${vars.defs.length}`;
      vars.defs.push(`$${name}: ${typeString(arg.type)}`);
      vars.values[name] = wrong && r.chance(0.2) ? r.pick<unknown>([null, 'x', 1, {}, []]) : value;
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

interface FuzzRequest {
  kind: string;
  body: string;
  as: As | null;
  method?: 'GET' | 'POST';
  contentType?: string;
}

function operation(schema: GraphQLSchema, r: Random, mutation: boolean): FuzzRequest {
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const field = r.pick(Object.values(root.getFields()).filter((f) => !f.name.startsWith('__')));
  const wrong = r.chance(0.4);
  const vars = { defs: [] as string[], values: {} as Record<string, unknown> };
  const args = argumentsFor(field, r, wrong, vars) ?? '';
  const inner = selection(field.type, r, r.int(3) + 1);
  const defs = vars.defs.length ? `(${vars.defs.join(', ')})` : '';
  const name = r.chance(0.5) ? ` Fuzz${r.int(1000)}` : '';
  const document = `${mutation ? 'mutation' : 'query'}${name}${defs} { ${field.name}${args} ${inner} }`;
  const variables = r.chance(0.1) ? { ...vars.values, unused: r.pick(ODD_STRINGS) } : vars.values;
  const as: As | null = mutation
    ? null
    : r.pick<As | null>([
        { roles: ['LEADING_GROUP'], sub: 'fuzz-leading' },
        { roles: ['INSPECTOR'], sub: 'fuzz-inspector' },
        { roles: ['LEADING_GROUP'], region: '150621', sub: 'fuzz-regional' },
        {
          roles: ['ENTERPRISE'],
          org: '00000000-0000-4000-8000-000000000000',
          sub: 'fuzz-enterprise',
        },
        null,
      ]);
  return {
    kind: `${mutation ? 'mutation' : 'query'} ${field.name}${wrong ? ' (wrong-typed)' : ''}`,
    body: JSON.stringify({ query: document, variables }),
    as,
  };
}

/** Breaks a valid document or request in one of many ways. */
function broken(schema: GraphQLSchema, r: Random): FuzzRequest {
  const base = operation(schema, r, false);
  const { query, variables } = JSON.parse(base.body) as { query: string; variables: unknown };
  const as: As = { roles: ['LEADING_GROUP'], sub: 'fuzz-broken' };
  const cut = r.int(query.length);
  const cases: [string, () => Partial<FuzzRequest> & { body: string }][] = [
    ['truncated', () => ({ body: JSON.stringify({ query: query.slice(0, cut), variables }) })],
    [
      'garbage inserted',
      () => ({
        body: JSON.stringify({
          query: `${query.slice(0, cut)}${r.pick(['}', '{', '(', '$', '@', '\u0000', '"', '...', '#', '\uD800'])}${query.slice(cut)}`,
          variables,
        }),
      }),
    ],
    [
      'unknown field',
      () => ({ body: JSON.stringify({ query: query.replace('{ ', '{ notAField ') }) }),
    ],
    [
      'two operations, no operationName',
      () => ({
        body: JSON.stringify({
          query: `query A { __typename } ${query.replace(/^query( Fuzz\d+)?/, 'query B')}`,
        }),
      }),
    ],
    [
      'unknown operationName',
      () => ({
        body: JSON.stringify({ query, variables, operationName: r.pick(['Nope', '\u0000', '']) }),
      }),
    ],
    [
      'subscription',
      () => ({ body: JSON.stringify({ query: query.replace(/^query/, 'subscription') }) }),
    ],
    [
      'variables not an object',
      () => ({ body: JSON.stringify({ query, variables: r.pick(['x', 1, [], true]) }) }),
    ],
    [
      'query not a string',
      () => ({ body: JSON.stringify({ query: r.pick([1, null, {}, ['{ __typename }']]) }) }),
    ],
    [
      'not JSON',
      () => ({ body: r.pick(['{', '{"query": "{ __typename }"', '\u0000', 'null', '[]', '"x"']) }),
    ],
    ['a batch', () => ({ body: JSON.stringify([{ query }, { query }]) })],
    [
      'deep nesting',
      () => ({
        body: JSON.stringify({
          query: `{ organisations(first: 1) { edges { node { ${'parent { '.repeat(20)}name${' }'.repeat(20)} } } } }`,
        }),
      }),
    ],
    [
      'many aliases',
      () => ({
        body: JSON.stringify({
          query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
        }),
      }),
    ],
    [
      'fragment cycle',
      () => ({
        body: JSON.stringify({
          query: `{ region(code: "150621") { ...A } } fragment A on Region { parent { ...B } } fragment B on Region { parent { ...A } }`,
        }),
      }),
    ],
    [
      'huge first in variables',
      () => ({
        body: JSON.stringify({
          query: `query($n: Int) { organisations(first: $n) { edges { node { name arrearsOwed(first: $n) { totalCount } } } } }`,
          variables: { n: r.pick([500, 2147483647, 1e6]) },
        }),
      }),
    ],
    ['a mutation over GET', () => ({ body: '', method: 'GET' as const })],
    ['text/plain body', () => ({ body: query, contentType: 'text/plain' })],
  ];
  const [kind, make] = r.pick(cases);
  return { kind: `broken: ${kind}`, as, ...make() };
}

async function send(request: FuzzRequest, token: (as: As) => Promise<string>) {
  const headers: Record<string, string> = {
    'content-type': request.contentType ?? 'application/json',
  };
  if (request.as) headers.authorization = `Bearer ${await token(request.as)}`;
  const url =
    request.method === 'GET'
      ? `${hub().gatewayUrl}?query=${encodeURIComponent('mutation { __typename }')}`
      : hub().gatewayUrl;
  if (request.method === 'GET') headers['apollo-require-preflight'] = 'true';
  const response = await fetch(url, {
    method: request.method ?? 'POST',
    headers,
    body: request.method === 'GET' ? undefined : request.body,
  });
  return { status: response.status, text: await response.text() };
}

describe('fuzzing the gateway from the schema', () => {
  it(
    `gives no 5xx and no "Unexpected error." (seed ${SEED}, up to ${REQUESTS} requests in ${SECONDS} s)`,
    async () => {
      const introspection = await fetch(hub().gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor({ roles: ['ADMIN'] })}`,
        },
        body: JSON.stringify({ query: getIntrospectionQuery() }),
      });
      const schema = buildClientSchema(
        ((await introspection.json()) as { data: IntrospectionQuery }).data,
      );
      const r = random(SEED);
      // The requests are drawn up front from one generator, so a seed always means the same run.
      const requests = Array.from({ length: REQUESTS }, () =>
        r.chance(0.25) ? broken(schema, r) : operation(schema, r, r.chance(0.3)),
      );
      const tokens = new Map<string, Promise<string>>();
      const token = (as: As) => {
        const key = JSON.stringify(as);
        if (!tokens.has(key)) tokens.set(key, tokenFor(as));
        return tokens.get(key)!;
      };
      const deadline = Date.now() + SECONDS * 1000;
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      const codes = new Map<string, number>();
      let withData = 0;
      let sent = 0;
      let next = 0;
      const worker = async () => {
        while (next < requests.length && Date.now() < deadline) {
          const request = requests[next++]!;
          const { status, text } = await send(request, token);
          sent += 1;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          for (const m of text.matchAll(/"code":"([A-Z_]+)"/g))
            codes.set(m[1]!, (codes.get(m[1]!) ?? 0) + 1);
          if (/^\{"data":\{/.test(text)) withData += 1;
          if (status >= 500 || text.includes('"INTERNAL_SERVER_ERROR"'))
            failures.push(
              `${request.kind} → ${status} ${text.slice(0, 300)}\n  request: ${request.body.slice(0, 600)}`,
            );
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      console.log(
        `fuzz (seed ${SEED}): ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${withData} with data, error codes ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}, ${failures.length} failures`,
      );
      expect(sent).toBeGreaterThan(Math.min(REQUESTS, 500));
      expect(failures.slice(0, 15)).toEqual([]);
    },
    (SECONDS + 60) * 1000,
  );
});
