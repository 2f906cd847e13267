// Organisation.notices for a list of units: the loader asks the database the same number of
// times for 1 unit and for 50 (no query per unit), and the kit's jurisdiction is in the statement
// without a line of it here. The ORM is built without connecting and its raw `execute` is
// replaced, so no database is needed; the unit directory is a local stand-in.
import { MikroORM } from '@mikro-orm/postgresql';
import {
  createRequestContext,
  useLocalDirectorySource,
  type DirectoryUnit,
  type Viewer,
} from '@arrears-hub/subgraph-kit';
import { describe, expect, it, vi } from 'vitest';
import { ormConfig } from '../mikro-orm.config.js';
import { noticesOfUnit } from './notice.loaders.js';

const unitId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const directoryUnit = (i: number): DirectoryUnit => ({
  id: unitId(i),
  name: `单位${i}`,
  kind: 'DEPARTMENT',
  status: 'ACTIVE',
  regionCode: '150621',
  regionPath: '/150000/150600/150621/',
  parentId: null,
  supervisorId: null,
  sizeClass: null,
  creditCode: null,
});
useLocalDirectorySource({
  units: async () => [1, 2, 3].map(directoryUnit),
  regions: async () => [],
});

const ADMIN: Viewer = { id: 'admin', roles: ['ADMIN'] };
const BUREAU_OF_UNIT_1: Viewer = { id: 'clerk', roles: ['BUREAU'], organisationId: unitId(1) };

describe('Organisation.notices', () => {
  const orm = new MikroORM(ormConfig('postgres://nobody@127.0.0.1:1/hub_unused'));
  const contextOf = (viewer: Viewer) => createRequestContext(orm.em, viewer);

  it.each([1, 50])('costs two statements for %i units', async (units) => {
    const ctx = contextOf(ADMIN);
    const execute = vi.spyOn(ctx.em, 'execute').mockResolvedValue([]);
    const pages = await Promise.all(
      Array.from({ length: units }, (_, i) =>
        noticesOfUnit.load(ctx, { parentId: unitId(i), first: 10 }),
      ),
    );
    expect(execute).toHaveBeenCalledTimes(2); // one page statement, one totals statement
    expect(pages.every((p) => p.totalCount === 0 && p.edges.length === 0)).toBe(true);
  });

  it('maps rows to each unit and keeps the page size', async () => {
    const ctx = contextOf(ADMIN);
    const row = (unit: number, n: number) => ({
      id: unitId(100 + n),
      unit_id: unitId(unit),
      title: `t${n}`,
      received_on: `2026-01-0${n}`,
      status: 'RECEIVED',
      version: 1,
      created_at: new Date(),
    });
    vi.spyOn(ctx.em, 'execute')
      .mockResolvedValueOnce([row(1, 3), row(1, 2), row(1, 1), row(2, 4)])
      .mockResolvedValueOnce([
        { parent: unitId(1), total: 3 },
        { parent: unitId(2), total: 1 },
      ]);
    const [one, two] = await Promise.all(
      [1, 2].map((u) => noticesOfUnit.load(ctx, { parentId: unitId(u), first: 2 })),
    );
    expect(one!.edges.map((e) => e.node.title)).toEqual(['t3', 't2']);
    expect(one!.pageInfo.hasNextPage).toBe(true);
    expect(one!.totalCount).toBe(3);
    expect(two!.edges.map((e) => e.node.title)).toEqual(['t4']);
  });

  it('keeps a bureau to its own units: the kit scopes both statements', async () => {
    const ctx = contextOf(BUREAU_OF_UNIT_1);
    const execute = vi.spyOn(ctx.em, 'execute').mockResolvedValue([]);
    await Promise.all([1, 2].map((u) => noticesOfUnit.load(ctx, { parentId: unitId(u) })));
    expect(execute).toHaveBeenCalledTimes(2);
    // The parents asked for are units 1 and 2; the jurisdiction condition holds unit 1 only.
    for (const [, params] of execute.mock.calls) {
      expect(params).toContainEqual([unitId(1), unitId(2)]);
      expect(params).toContainEqual([unitId(1)]);
    }
  });
});
