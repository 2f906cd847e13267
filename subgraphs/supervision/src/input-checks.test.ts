import { describe, expect, it } from 'vitest';
import { Problems } from '@arrears-hub/subgraph-kit';
import { checkIdList, checkKnownUnit } from './input-checks.js';

const ID = '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10';

describe('id lists', () => {
  it('keeps each id once and names every entry that is not an id', () => {
    const p = new Problems();
    expect(checkIdList(p, [ID, 'x', ID, 'y'], 'arrearIds')).toEqual([ID, 'x', 'y']);
    expect(p.list.map((x) => x.message)).toEqual([
      '“x”不是有效的编号（id）。',
      '“y”不是有效的编号（id）。',
    ]);
  });

  it('refuses more ids than a page holds', () => {
    const p = new Problems();
    checkIdList(p, [ID, '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a11'], 'ids', 1);
    expect(p.list[0]!.message).toMatch(/一次最多 1 个编号/);
  });
});

describe('units', () => {
  it('an id that is not one names no unit (and asks no directory)', async () => {
    const p = new Problems();
    expect(await checkKnownUnit(p, 'unit-1', 'unitId')).toBeNull();
    expect(p.list).toEqual([
      {
        field: 'unitId',
        message: '没有编号为“unit-1”的单位。',
        messageId: 'supervision.noSuchUnit',
      },
    ]);
  });
});
