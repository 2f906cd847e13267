import { describe, expect, it } from 'vitest';
import { routeProblems } from './reporting-route.validation.js';

const group = { name: '城建领域线索摸排小组', regionCode: '150621', aggregatorIds: ['housing'] };
const town = {
  name: '锡尼街道办事处',
  kind: 'SUBDISTRICT_OFFICE',
  regionPath: '/150000/150600/150621/150621201/',
};
const fields = (...args: Parameters<typeof routeProblems>) =>
  routeProblems(...args).map((p) => p.field);

describe('routing a unit through a sector group', () => {
  it('takes a reporting unit of the group’s region; the only aggregating unit by default', () => {
    expect(fields({ unitId: 'u', groupId: 'g' }, { unit: town, group })).toEqual([]);
  });

  it('refuses a unit outside the region, one that keeps no ledger, and a group that aggregates nothing', () => {
    const elsewhere = { ...town, regionPath: '/410000/410400/410422/' };
    expect(fields({ unitId: 'u', groupId: 'g' }, { unit: elsewhere, group })).toEqual(['unitId']);
    expect(
      fields(
        { unitId: 'u', groupId: 'g' },
        { unit: { ...town, kind: 'PRIVATE_ENTERPRISE' }, group },
      ),
    ).toEqual(['unitId']);
    expect(
      fields({ unitId: 'u', groupId: 'g' }, { unit: town, group: { ...group, aggregatorIds: [] } }),
    ).toEqual(['groupId']);
  });

  it('needs the aggregating unit named when the group has several, and one of the group’s', () => {
    const several = { ...group, aggregatorIds: ['agri', 'forest', 'water'] };
    expect(fields({ unitId: 'u', groupId: 'g' }, { unit: town, group: several })).toEqual([
      'aggregatorId',
    ]);
    expect(
      fields({ unitId: 'u', groupId: 'g', aggregatorId: 'forest' }, { unit: town, group: several }),
    ).toEqual([]);
    expect(
      fields({ unitId: 'u', groupId: 'g', aggregatorId: 'police' }, { unit: town, group: several }),
    ).toEqual(['aggregatorId']);
  });

  it('names what is missing', () => {
    expect(fields({ unitId: 'u', groupId: 'g' }, { unit: null, group: null })).toEqual([
      'unitId',
      'groupId',
    ]);
  });
});
