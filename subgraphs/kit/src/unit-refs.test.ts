import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { HubError } from '@arrears-hub/protocol';
import type { SubgraphContext } from './context.js';
import type { PartyQuery } from './contracts/catalogue.js';
import { useLocalDirectorySource, type DirectoryUnit } from './unit-directory.js';
import { resolveUnitRefs, useLocalPartyMatcher, type UnitRef } from './unit-refs.js';

const unit = (name: string, creditCode: string, regionCode = '150621'): DirectoryUnit => ({
  id: randomUUID(),
  name,
  kind: 'GOVERNMENT_DEPARTMENT',
  status: 'ACTIVE',
  regionCode,
  regionPath: `/150000/150600/${regionCode}/`,
  parentId: null,
  supervisorId: null,
  sizeClass: null,
  sizeFactsAsOf: null,
  creditCode,
});

const units = Array.from({ length: 60 }, (_, i) =>
  unit(`单位${i}`, `91150621MA${String(i).padStart(7, '0')}X`),
);
const twins = [
  unit('甲旗教育体育局', 'TWIN-A', '150675'),
  unit('乙旗教育体育局', 'TWIN-B', '150676'),
];
const calls = { fullLoads: 0, byId: 0, matcher: 0, parties: [] as PartyQuery[] };

beforeEach(() => {
  Object.assign(calls, { fullLoads: 0, byId: 0, matcher: 0, parties: [] });
  useLocalDirectorySource({
    units: async (ids) => {
      if (ids?.length) calls.byId += 1;
      else calls.fullLoads += 1;
      const all = [...units, ...twins];
      return ids?.length ? all.filter((u) => ids.includes(u.id)) : all;
    },
    regions: async () => [],
  });
  useLocalPartyMatcher(async (parties) => {
    calls.matcher += 1;
    calls.parties.push(...parties);
    return parties.map((p) => {
      if (p.name === '教体局')
        return { unitId: null, matchedBy: null, candidateIds: twins.map((t) => t.id) };
      const found = units.find((u) => u.name === p.name);
      return found
        ? { unitId: found.id, matchedBy: 'NAME' as const, candidateIds: [] }
        : { unitId: null, matchedBy: null, candidateIds: [] };
    });
  });
});

afterAll(() => useLocalPartyMatcher(undefined));

const ctx = { viewer: { id: 'test', roles: ['LEADING_GROUP'] } } as unknown as SubgraphContext;
const refs = (list: UnitRef[]) => list.map((ref, i) => ({ ref, field: `input.units.${i}` }));

async function refusal(work: Promise<unknown>): Promise<HubError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HubError);
  return error as HubError;
}

describe('resolveUnitRefs', () => {
  it('resolves 60 references by id, credit code and name with one name call and one load', async () => {
    const mixed: UnitRef[] = units.map((u, i) =>
      i % 3 === 0 ? { id: u.id } : i % 3 === 1 ? { creditCode: u.creditCode } : { name: u.name },
    );
    const resolved = await resolveUnitRefs(ctx, refs(mixed));
    expect(resolved.map((r) => r.id)).toEqual(units.map((u) => u.id));
    expect(resolved.map((r) => r.matchedBy).slice(0, 3)).toEqual(['ID', 'CREDIT_CODE', 'NAME']);
    expect(calls.matcher).toBe(1);
    expect(calls.parties).toHaveLength(20);
    expect(calls.fullLoads).toBe(1);
    expect(calls.byId).toBe(0);
  });

  it('an ambiguous name lists the candidates', async () => {
    const error = await refusal(resolveUnitRefs(ctx, refs([{ name: '教体局' }])));
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.units.0.name',
      messageId: 'kit.unitRefAmbiguous',
      candidates: twins.map((t) => ({
        id: t.id,
        name: t.name,
        creditCode: t.creditCode,
        regionCode: t.regionCode,
      })),
    });
  });

  it('refuses a reference in none or two ways, an id that is no id, unknown codes and names', async () => {
    for (const [ref, field, messageId] of [
      [{}, 'input.units.0', 'kit.unitRefOneWay'],
      [{ id: units[0]!.id, name: 'x' }, 'input.units.0', 'kit.unitRefOneWay'],
      [{ id: 'nope' }, 'input.units.0.id', 'kit.notAnId'],
      [
        { creditCode: '91150621MA9999999X' },
        'input.units.0.creditCode',
        'kit.unitRefUnknownCreditCode',
      ],
      [{ name: '没有的单位' }, 'input.units.0.name', 'kit.unitRefUnknownName'],
    ] as const) {
      const error = await refusal(resolveUnitRefs(ctx, refs([ref as UnitRef])));
      expect(error.extensions, JSON.stringify(ref)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        messageId,
      });
    }
  });

  it('an id the directory does not have passes through, for the write check to judge', async () => {
    const id = randomUUID();
    const [resolved] = await resolveUnitRefs(ctx, refs([{ id }]));
    expect(resolved).toEqual({ id, unit: null, matchedBy: 'ID' });
  });
});
