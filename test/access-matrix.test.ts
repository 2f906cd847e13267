// The role × operation suite, generated from the ownership declarations every subgraph publishes
// (/debug/ownership) and from the composed schema: for every owned entity and every viewer (each
// role, bound and unbound to a unit or a region, and anonymous) it checks `_entities`, every list
// and single query, every nested field that returns the entity, the field-level rules, the
// summaries of an unrelated unit, and every mutation outside (and, where no write can happen,
// inside) the viewer's reach. Expectations come from an independent oracle reading the databases
// (harness/access-oracle.ts). A new entity or mutation is covered without writing a test.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@arrears-hub/protocol';
import { ADMIN, gql, hub, subgraphRequest, type As } from './harness/client.ts';
import {
  loadRegistry,
  loadRows,
  Oracle,
  ownershipOf,
  query,
  reachOf,
  type Reach,
  type Registry,
  type SubgraphOwnership,
  type TestViewer,
} from './harness/access-oracle.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const supergraph = buildSchema(readFileSync(`${ROOT}schema/supergraph.graphql`, 'utf8'), {
  assumeValidSDL: true,
});
const subgraphNames = Object.keys(hub().subgraphUrls);
const subgraphSchemas = new Map<string, GraphQLSchema>(
  subgraphNames.map((name) => [
    name,
    buildSchema(readFileSync(`${ROOT}schema/${name}.graphql`, 'utf8'), { assumeValidSDL: true }),
  ]),
);
const sdlText = new Map(
  subgraphNames.map((name) => [name, readFileSync(`${ROOT}schema/${name}.graphql`, 'utf8')]),
);

// Declarations are read at collection time so that each entity and mutation gets its own test.
const ownerships = new Map<string, SubgraphOwnership>();
for (const name of subgraphNames) ownerships.set(name, await ownershipOf(name));

let registry: Registry;
const oracles = new Map<string, Oracle>();
let viewers: TestViewer[];
const reaches = new Map<string, Reach>();

async function unitByName(name: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    'organisations',
    "select id from organisation where name like $1 || '%' order by name limit 1",
    [name],
  );
  if (!row) throw new Error(`demo unit ${name} is missing`);
  return row.id;
}

function testViewer(label: string, as: As | null): TestViewer {
  const viewer: Viewer = as
    ? {
        id: as.sub ?? `access-${label}`,
        roles: as.roles,
        organisationId: as.org,
        regionCode: as.region,
      }
    : { id: 'anonymous', roles: [] };
  return { label, as: as ? { ...as, sub: viewer.id } : null, viewer };
}

beforeAll(async () => {
  registry = await loadRegistry();
  for (const [name, ownership] of ownerships)
    oracles.set(name, new Oracle(ownership, await loadRows(name, ownership)));
  const housing = await unitByName('达拉特旗住房和城乡建设局');
  const town = await unitByName('树林召镇人民政府');
  const hengtai = await unitByName('恒泰建筑工程有限公司');
  viewers = [
    testViewer('ADMIN', { roles: ['ADMIN'] }),
    testViewer('LEADING_GROUP', { roles: ['LEADING_GROUP'] }),
    testViewer('LEADING_GROUP@达拉特旗', { roles: ['LEADING_GROUP'], region: '150621' }),
    testViewer('LEADING_GROUP@树林召镇', { roles: ['LEADING_GROUP'], region: '150621101' }),
    testViewer('LEADING_GROUP@晋城城区', { roles: ['LEADING_GROUP'], region: '140502' }),
    testViewer('INSPECTOR@达拉特旗', { roles: ['INSPECTOR'], region: '150621' }),
    testViewer('INSPECTOR@叶县', { roles: ['INSPECTOR'], region: '410422' }),
    testViewer('FINANCE@达拉特旗', { roles: ['FINANCE'], region: '150621' }),
    testViewer('BUREAU 住建局', { roles: ['BUREAU'], org: housing }),
    testViewer('BUREAU 树林召镇', { roles: ['BUREAU'], org: town }),
    testViewer('BUREAU 住建局@达拉特旗', { roles: ['BUREAU'], org: housing, region: '150621' }),
    testViewer('ENTERPRISE 恒泰', { roles: ['ENTERPRISE'], org: hengtai }),
    testViewer('anonymous', null),
  ];
  // Viewers the clue workflow distinguishes, taken from the demo data where it has them.
  const [clue] = await query<{ respondent: string; complainant: string | null }>(
    'arrears',
    'select respondent_id as respondent, complainant_id as complainant from clue where respondent_id is not null order by id limit 1',
  );
  if (clue) {
    viewers.push(
      testViewer('BUREAU respondent of a clue', { roles: ['BUREAU'], org: clue.respondent }),
    );
    if (clue.complainant)
      viewers.push(
        testViewer('ENTERPRISE complainant of a clue', {
          roles: ['ENTERPRISE'],
          org: clue.complainant,
        }),
      );
  }
  for (const v of viewers) reaches.set(v.label, reachOf(v.viewer, registry));
});

const restricted = () => viewers.filter((v) => !reaches.get(v.label)!.all);
const signedViewer = (v: TestViewer): Viewer => v.viewer;

// ---------------------------------------------------------------------------------------------
// Reading the schema

interface TypeOwner {
  subgraph: string;
  entity: string;
}

function ownerOfType(typeName: string): TypeOwner | undefined {
  for (const [subgraph, ownership] of ownerships) {
    const found = ownership.entities.find((e) => e.graphqlType === typeName);
    if (found) return { subgraph, entity: found.entity };
  }
  return undefined;
}

/** The entity type a field returns, through lists, non-null and connections. */
function returnedEntityType(
  type: GraphQLOutputType,
): { typeName: string; connection: boolean; list: boolean } | undefined {
  let list = false;
  let t: GraphQLOutputType = type;
  while (isNonNullType(t) || isListType(t)) {
    if (isListType(t)) list = true;
    t = isNonNullType(t) ? t.ofType : (t as { ofType: GraphQLOutputType }).ofType;
  }
  const named = getNamedType(t);
  if (!isObjectType(named)) return undefined;
  const edges = named.name.endsWith('Connection') ? named.getFields().edges : undefined;
  if (edges) {
    const edge = getNamedType(edges.type) as GraphQLObjectType;
    return {
      typeName: getNamedType(edge.getFields().node!.type).name,
      connection: true,
      list: true,
    };
  }
  return { typeName: named.name, connection: false, list };
}

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** `@key(fields: "…")` of a type in a subgraph's SDL. */
function keyFields(subgraph: string, typeName: string): string[] | undefined {
  const m = new RegExp(`type ${typeName}\\b[^{]*@key\\(fields: "([^"]+)"`).exec(
    sdlText.get(subgraph)!,
  );
  return m ? m[1]!.split(/\s+/) : undefined;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The field that identifies a row of the type (id, or code for regions). */
function selection(typeName: string): string {
  const fields = (supergraph.getType(typeName) as GraphQLObjectType).getFields();
  return fields.id ? 'id' : fields.code ? 'code' : '__typename';
}

/** A type whose values are records (an entity of some subgraph, or anything with an id), as
 * opposed to a value type of figures: summaries must not wander into records. */
function isRecordType(type: GraphQLObjectType): boolean {
  return !!ownerOfType(type.name) || !!type.getFields().id || !!keyFieldsAnywhere(type.name);
}

function keyFieldsAnywhere(typeName: string): boolean {
  return subgraphNames.some((name) => !!keyFields(name, typeName));
}

function nodesOf(value: unknown, connection: boolean): Record<string, unknown>[] {
  if (!value) return [];
  if (connection)
    return ((value as { edges: { node: Record<string, unknown> }[] }).edges ?? []).map(
      (e) => e.node,
    );
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}

// ---------------------------------------------------------------------------------------------
// Reads, entity by entity

const described = [...ownerships].flatMap(([subgraph, o]) =>
  o.entities.filter((e) => e.graphqlType).map((e) => ({ subgraph, ...e })),
);

describe.each(described)('$graphqlType ($subgraph): reads', ({ subgraph, entity, graphqlType }) => {
  const typeName = graphqlType!;

  it('_entities answers each viewer exactly the rows it may read', async () => {
    const key = keyFields(subgraph, typeName);
    if (!key || key.length !== 1) return; // not a federation entity of this subgraph
    const oracle = oracles.get(subgraph)!;
    const rows = (oracle.rows.get(entity) ?? []).slice(0, 300);
    expect(rows.length, `${entity} has rows in the demo data`).toBeGreaterThan(0);
    const keyField = key[0]!;
    for (const v of viewers) {
      const reach = reaches.get(v.label)!;
      const representations = rows.map((r) => ({
        __typename: typeName,
        [keyField]: String(r[snake(keyField)]),
      }));
      const result = await subgraphRequest(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName} { ${keyField} } } }`,
        { r: representations },
        signedViewer(v),
      );
      expect(result.errors, `${v.label}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      const answered = (result.data!._entities as (Record<string, unknown> | null)[]).map(
        (e) => e !== null,
      );
      const expected = rows.map((r) => oracle.canRead(entity, r, reach));
      expect(answered, `${v.label} on ${typeName}`).toEqual(expected);
    }
  });

  it('every list query answers each viewer the rows it may read, no more and no fewer', async () => {
    const oracle = oracles.get(subgraph)!;
    const lists = Object.values(supergraph.getQueryType()!.getFields()).filter((f) => {
      const r = returnedEntityType(f.type);
      return r?.typeName === typeName && r.list && requiredArgs(f).length === 0;
    });
    for (const field of lists) {
      const r = returnedEntityType(field.type)!;
      const firstArg = field.args.some((a) => a.name === 'first') ? '(first: 500)' : '';
      const body = r.connection
        ? `{ totalCount edges { node { ${selection(typeName)} } } }`
        : `{ ${selection(typeName)} }`;
      const doc = `{ list: ${field.name}${firstArg} ${body} }`;
      const admin = await gql<any>(doc, {}, ADMIN);
      expect(admin.errors, JSON.stringify(admin.errors)).toBeUndefined();
      const complete = !r.connection || admin.data.list.totalCount <= 500;
      const key = selection(typeName);
      const adminIds = new Set(nodesOf(admin.data.list, r.connection).map((n) => String(n[key])));
      for (const v of viewers) {
        const reach = reaches.get(v.label)!;
        const visible = oracle.visibleIds(entity, reach, key);
        const result = await gql<any>(doc, {}, v.as);
        if (result.errors?.length) {
          // Refused outright (no role for this list, or anonymous): then nothing leaked.
          expect(
            result.errors.map((e) => e.extensions?.code),
            `${v.label} on ${field.name}`,
          ).toEqual(expect.arrayContaining([expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/)]));
          continue;
        }
        const ids = nodesOf(result.data.list, r.connection).map((n) => String(n[key]));
        const leaked = ids.filter((id) => !visible.has(id));
        expect(leaked, `${v.label} sees rows of ${field.name} outside its reach`).toEqual([]);
        if (complete) {
          const expected = [...adminIds].filter((id) => visible.has(id)).sort();
          expect([...ids].sort(), `${v.label} misses rows of ${field.name} it may read`).toEqual(
            expected,
          );
        }
      }
    }
  });

  it('every single query answers null for a row the viewer may not read', async () => {
    const oracle = oracles.get(subgraph)!;
    const singles = Object.values(supergraph.getQueryType()!.getFields()).filter((f) => {
      const r = returnedEntityType(f.type);
      const required = requiredArgs(f);
      return (
        r?.typeName === typeName &&
        !r.list &&
        required.length === 1 &&
        ['id', 'code'].includes(required[0]!.name)
      );
    });
    const rows = oracle.rows.get(entity) ?? [];
    for (const field of singles) {
      const arg = requiredArgs(field)[0]!.name;
      const argType = String(requiredArgs(field)[0]!.type);
      for (const v of restricted()) {
        const reach = reaches.get(v.label)!;
        const inside = rows.filter((r) => oracle.canRead(entity, r, reach)).slice(0, 3);
        const outside = rows.filter((r) => !oracle.canRead(entity, r, reach)).slice(0, 3);
        for (const row of [...inside, ...outside]) {
          const result = await gql<any>(
            `query($k: ${argType}) { one: ${field.name}(${arg}: $k) { ${selection(typeName)} } }`,
            { k: String(row[snake(arg)]) },
            v.as,
          );
          const got = !result.errors?.length && result.data?.one != null;
          if (oracle.canRead(entity, row, reach)) {
            if (!result.errors?.length) continue; // visible rows may still be refused by role: no leak either way
          } else {
            expect(
              got,
              `${v.label} reads ${field.name}(${arg}: ${String(row[snake(arg)])}) outside its reach`,
            ).toBe(false);
          }
        }
      }
    }
  });

  it('every nested field returning it answers only rows the viewer may read', async () => {
    const oracle = oracles.get(subgraph)!;
    for (const [fieldSubgraph, schema] of subgraphSchemas) {
      for (const type of Object.values(schema.getTypeMap())) {
        if (
          !isObjectType(type) ||
          type.name.startsWith('_') ||
          ['Query', 'Mutation'].includes(type.name)
        )
          continue;
        const parentKey = keyFields(fieldSubgraph, type.name);
        if (!parentKey || parentKey.length !== 1) continue;
        const parentOwner = ownerOfType(type.name);
        if (!parentOwner) continue;
        for (const field of Object.values(type.getFields())) {
          const r = returnedEntityType(field.type);
          if (r?.typeName !== typeName || requiredArgs(field).length) continue;
          // A subgraph returning a foreign record returns only its key; the owner resolves it
          // (and the _entities test above checks the owner).
          if (fieldSubgraph !== subgraph) continue;
          // Fields that @require data from another subgraph need the gateway to supply it.
          if (field.astNode?.directives?.some((d) => d.name.value === 'requires')) continue;
          const parents = (
            oracles.get(parentOwner.subgraph)!.rows.get(parentOwner.entity) ?? []
          ).slice(0, 150);
          const keyField = parentKey[0]!;
          const firstArg = field.args.some((a) => a.name === 'first') ? '(first: 500)' : '';
          const body = r.connection
            ? `{ edges { node { ${selection(typeName)} } } }`
            : `{ ${selection(typeName)} }`;
          for (const v of restricted()) {
            const key = selection(typeName);
            const visible = oracle.visibleIds(entity, reaches.get(v.label)!, key);
            const result = await subgraphRequest(
              fieldSubgraph,
              `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name} { nested: ${field.name}${firstArg} ${body} } } }`,
              {
                r: parents.map((p) => ({
                  __typename: type.name,
                  [keyField]: String(p[snake(keyField)]),
                })),
              },
              signedViewer(v),
            );
            if (result.errors?.length) {
              expect(result.errors.map((e) => e.extensions?.code)).toEqual(
                expect.arrayContaining([expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/)]),
              );
              continue;
            }
            const ids = (result.data!._entities as ({ nested: unknown } | null)[])
              .flatMap((e) => nodesOf(e?.nested, r.connection))
              .map((n) => String(n[key]));
            expect(
              ids.filter((id) => !visible.has(id)),
              `${v.label}: ${type.name}.${field.name} leaks ${typeName} rows`,
            ).toEqual([]);
          }
        }
      }
    }
  });

  it('field rules: a viewer outside a rule reads null, a viewer inside reads the value', async () => {
    const oracle = oracles.get(subgraph)!;
    const description = oracle.entity(entity);
    const rules = Object.entries(description.fields);
    if (!rules.length) return;
    // Protected fields are read through a list query of the type.
    const list = Object.values(supergraph.getQueryType()!.getFields()).find(
      (f) =>
        returnedEntityType(f.type)?.typeName === typeName &&
        returnedEntityType(f.type)!.list &&
        !requiredArgs(f).length,
    );
    expect(list, `${typeName} has a list query to read its protected fields through`).toBeTruthy();
    const shape = returnedEntityType(list!.type)!;
    const firstArg = list!.args.some((a) => a.name === 'first') ? '(first: 500)' : '';
    const fields = rules.map(([f]) => f).join(' ');
    const body = shape.connection ? `{ edges { node { id ${fields} } } }` : `{ id ${fields} }`;
    let compared = 0;
    for (const v of viewers) {
      const reach = reaches.get(v.label)!;
      const result = await gql<any>(`{ list: ${list!.name}${firstArg} ${body} }`, {}, v.as);
      if (result.errors?.length) continue;
      const rows = new Map((oracle.rows.get(entity) ?? []).map((r) => [String(r.id), r]));
      for (const node of nodesOf(result.data.list, shape.connection)) {
        compared += 1;
        const row = rows.get(String(node.id))!;
        // Field rules judge relations by the viewer's own roles (its unit, its enterprise, what
        // it filed), not by what a wide role covers: those roles must be named by the rule.
        const own = {
          ...v.viewer,
          roles: v.viewer.roles.filter((r) => r === 'BUREAU' || r === 'ENTERPRISE'),
        };
        const ownReach = {
          ...reachOf(own, registry),
          actorId: reach.actorId,
          signedIn: reach.signedIn,
        };
        const held = oracle.held(entity, row, ownReach);
        for (const [field, rule] of rules) {
          // A viewer whose own unit is named by an `exceptOwnUnit` relation never reads it.
          const ownUnitExcluded = (rule.exceptOwnUnit ?? []).some((name) => {
            const relation = description.relations.find((r) => r.name === name);
            return (
              relation?.kind === 'unit' &&
              !!v.viewer.organisationId &&
              String(row[relation.column]) === v.viewer.organisationId
            );
          });
          const allowed =
            v.viewer.roles.includes('ADMIN') ||
            (!ownUnitExcluded &&
              ((rule.roles ?? []).some((r) => (v.viewer.roles as string[]).includes(r)) ||
                (rule.relations ?? []).some((r) => held.has(r))));
          const stored = row[snake(field)];
          if (!allowed) expect(node[field], `${v.label} reads ${typeName}.${field}`).toBeNull();
          else if (stored !== null && stored !== undefined)
            expect(node[field], `${v.label} should read ${typeName}.${field}`).toBe(stored);
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Summaries of a unit the viewer has nothing to do with are empty

function numericSelection(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (requiredArgs(field).length) continue;
    const named = getNamedType(field.type);
    // A year or period echoed back (fiscalYear: 2026) is the question, not a figure about the unit.
    if (/year|period/i.test(field.name)) continue;
    if (isScalarType(named) && ['Int', 'Float', 'Money', 'SignedMoney'].includes(named.name))
      parts.push(field.name);
    else if (
      isObjectType(named) &&
      depth < 2 &&
      !isRecordType(named) &&
      !named.name.endsWith('Connection')
    ) {
      const inner = numericSelection(named, depth + 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function numbersIn(value: unknown): number[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'number') return [value];
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return [Number(value)];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('summaries', () => {
  it('the figures other bureaus add to a unit are empty for a viewer with no row about it', async () => {
    const organisation = supergraph.getType('Organisation') as GraphQLObjectType;
    const summaryFields = Object.values(organisation.getFields()).filter((f) => {
      if (requiredArgs(f).length) return false;
      const named = getNamedType(f.type);
      return isObjectType(named) && !isRecordType(named) && !named.name.endsWith('Connection');
    });
    const selectionSet = summaryFields
      .map((f) => `${f.name} { ${numericSelection(getNamedType(f.type) as GraphQLObjectType)} }`)
      .filter((s) => !s.endsWith('{  }'))
      .join(' ');
    expect(selectionSet.length).toBeGreaterThan(0);
    for (const v of restricted().filter((x) => x.as)) {
      const reach = reaches.get(v.label)!;
      // Units referenced by any row the viewer may read are "related"; pick units that are not.
      const related = new Set<string>();
      for (const oracle of oracles.values()) {
        for (const description of oracle.ownership.entities) {
          for (const row of oracle.rows.get(description.entity) ?? []) {
            if (description.read === 'signed-in' || !oracle.canRead(description.entity, row, reach))
              continue;
            for (const value of Object.values(row))
              if (typeof value === 'string') related.add(value);
          }
        }
      }
      const unrelated = [...registry.units.keys()].filter(
        (id) => !reach.units.has(id) && id !== reach.enterpriseId && !related.has(id),
      );
      // Prefer units that do have figures (seen by ADMIN), so an empty answer means something.
      let checked = 0;
      for (const id of unrelated) {
        if (checked >= 3) break;
        const doc = `query($id: ID!) { organisation(id: $id) { ${selectionSet} } }`;
        const admin = await gql<any>(doc, { id }, ADMIN);
        if (!numbersIn(admin.data?.organisation).some((n) => n !== 0)) continue;
        checked += 1;
        const result = await gql<any>(doc, { id }, v.as);
        expect(
          numbersIn(result.data?.organisation).filter((n) => n !== 0),
          `${v.label} reads figures of an unrelated unit ${id}`,
        ).toEqual([]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations: outside the viewer's reach, FORBIDDEN before any other answer, and nothing written

const validCreditCode = '91150621MA0N7K3X2U';

/** A value of `type` that passes GraphQL validation; `at(path)` overrides chosen paths. */
function filler(type: GraphQLInputType, path: string, at: (path: string) => unknown): unknown {
  const override = at(path);
  if (override !== undefined) return override;
  if (isNonNullType(type)) return filler(type.ofType, path, at);
  if (isListType(type)) return [filler(type.ofType, `${path}.0`, at)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const sub = `${path}.${field.name}`;
      if (isNonNullType(field.type) || at(sub) !== undefined || hasOverrideBelow(sub))
        value[field.name] = filler(field.type, sub, at);
    }
    return value;
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Money':
    case 'SignedMoney':
      return '1.00';
    case 'Date':
      return '2025-01-06';
    case 'CreditCode':
      return validCreditCode;
    case 'DateTime':
    case 'DateTimeISO':
      return '2025-01-06T00:00:00Z';
    default:
      return '测试';
  }
}

let overridePaths: string[] = [];
const hasOverrideBelow = (path: string) => overridePaths.some((p) => p.startsWith(`${path}.`));

function mutationDocument(
  name: string,
  overrides: Record<string, unknown>,
): { doc: string; variables: Record<string, unknown> } {
  const field = supergraph.getMutationType()!.getFields()[name]!;
  overridePaths = Object.keys(overrides);
  const at = (path: string) => overrides[path];
  const variables: Record<string, unknown> = {};
  const args: string[] = [];
  const defs: string[] = [];
  for (const arg of field.args) {
    if (
      !isNonNullType(arg.type) &&
      !hasOverrideBelow(arg.name) &&
      overrides[arg.name] === undefined
    )
      continue;
    variables[arg.name] = filler(arg.type, arg.name, at);
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const named = getNamedType(field.type);
  const select = isObjectType(named) ? ' { __typename }' : '';
  return {
    doc: `mutation${defs.length ? `(${defs.join(', ')})` : ''} { ${name}${args.length ? `(${args.join(', ')})` : ''}${select} }`,
    variables,
  };
}

async function auditCount(subgraph: string): Promise<number> {
  const [row] = await query<{ n: number }>(subgraph, 'select count(*)::int as n from audit_trail');
  return row!.n;
}

type Guard = SubgraphOwnership['mutations'][string][number] & { roles: string[] | null | 'anyone' };
const mutations = [...ownerships].flatMap(([subgraph, o]) =>
  Object.entries(o.mutations).flatMap(([name, guards]) =>
    (guards as Guard[]).map((guard, index) => ({ subgraph, name, index, guard })),
  ),
);

describe('every mutation declares what it writes', () => {
  it('the schema has no mutation without a declaration', () => {
    const declared = new Set(mutations.map((m) => m.name));
    const all = Object.keys(supergraph.getMutationType()!.getFields());
    expect(all.filter((m) => !declared.has(m))).toEqual([]);
  });
});

// Batches over what the filter selects, open filings and reference data have no target to refuse.
const guarded = mutations.filter(
  (m) =>
    m.guard.kind === 'writes' ||
    (m.guard.kind === 'creates' && Object.keys(m.guard.relations).length > 0),
);

describe.each(guarded)('mutation $name ($subgraph, guard $index)', ({ subgraph, name, guard }) => {
  it('is FORBIDDEN outside the viewer’s reach (and for a record that does not exist), writes nothing', async () => {
    const oracle = oracles.get(subgraph)!;
    const before = await auditCount(subgraph);
    let cases = 0;
    let authorizedCases = 0;
    for (const v of restricted().filter((x) => x.as)) {
      const reach = reaches.get(v.label)!;
      const authorized =
        guard.roles === 'anyone' ||
        guard.roles === null ||
        guard.roles.some((r) => (v.viewer.roles as string[]).includes(r));
      const targets: Record<string, unknown>[] = [];
      if (guard.kind === 'writes') {
        const rows = oracle.rows.get(guard.entity) ?? [];
        const outside = rows.find((r) => !oracle.canRead(guard.entity, r, reach));
        const readOnly = rows.find(
          (r) =>
            oracle.canRead(guard.entity, r, reach) &&
            !oracle.canWrite(guard.entity, r, reach, guard.as),
        );
        for (const row of [outside, readOnly])
          if (row) targets.push({ [guard.path]: String(row.id) });
        targets.push({ [guard.path]: randomUUID() });
      } else if (guard.kind === 'creates') {
        const description = oracle.entity(guard.entity);
        const overrides: Record<string, unknown> = {};
        for (const [relationName, path] of Object.entries(guard.relations)) {
          const relation = description.relations.find((r) => r.name === relationName)!;
          if (relation.kind === 'unit' || relation.kind === 'enterprise') {
            const unit = [...registry.units.keys()].find(
              (id) => !reach.units.has(id) && id !== reach.enterpriseId,
            );
            if (unit) overrides[path] = unit;
          } else if (relation.kind === 'region') {
            const code = [...registry.regions.keys()].find((c) => !reach.regions.has(c));
            if (code) overrides[path] = code;
          } else if (relation.kind === 'parent') {
            const parentRow = (oracle.rows.get(relation.parent!) ?? []).find(
              (r) => !oracle.canWrite(relation.parent!, r, reach, relation.parentRelations),
            );
            if (parentRow) overrides[path] = String(parentRow.id);
          }
        }
        if (Object.keys(overrides).length === Object.keys(guard.relations).length)
          targets.push(overrides);
      }
      for (const overrides of targets) {
        const { doc, variables } = mutationDocument(name, overrides);
        const result = await gql(doc, variables, v.as);
        cases += 1;
        if (authorized) authorizedCases += 1;
        expect(
          result.errors?.[0]?.extensions?.code,
          `${v.label}: ${name} ${JSON.stringify(overrides)} → ${JSON.stringify(result.errors)}`,
        ).toBe('FORBIDDEN');
      }
    }
    expect(cases).toBeGreaterThan(0);
    // Unless only ADMIN may call it, the guard itself (not only the role check) was exercised.
    if (
      guard.roles === 'anyone' ||
      guard.roles === null ||
      guard.roles.some((r) => r !== 'ADMIN')
    ) {
      expect(
        authorizedCases,
        `${name}: no restricted viewer with an allowed role was tried`,
      ).toBeGreaterThan(0);
    }
    expect(await auditCount(subgraph), `${name} wrote an audit entry while refusing`).toBe(before);
  });

  it('an unrestricted viewer gets a coded answer for a record that does not exist (never FORBIDDEN or an internal error)', async () => {
    if (guard.kind !== 'writes') return;
    const before = await auditCount(subgraph);
    const { doc, variables } = mutationDocument(name, { [guard.path]: randomUUID() });
    const result = await gql(doc, variables, ADMIN);
    const code = result.errors?.[0]?.extensions?.code;
    expect(code, JSON.stringify(result.errors)).toMatch(/NOT_FOUND|BAD_USER_INPUT|CONFLICT/);
    expect(await auditCount(subgraph)).toBe(before);
  });
});
