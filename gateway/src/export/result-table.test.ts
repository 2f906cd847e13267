import { describe, expect, it } from 'vitest';
import { resultTable } from './result-table.js';

describe('resultTable', () => {
  it('takes a connection’s nodes as rows and leaf paths as columns', () => {
    const table = resultTable({
      arrears: {
        totalCount: 2,
        edges: [
          {
            node: {
              contractNo: 'A',
              outstanding: '10.00',
              debtor: { name: '交通局' },
              violations: ['X', 'Y'],
            },
          },
          {
            node: {
              contractNo: 'B',
              outstanding: '0.00',
              debtor: null,
              violations: [],
              extra: true,
            },
          },
        ],
      },
    });
    expect(table).toEqual({
      source: 'arrears.edges.node',
      columns: ['contractNo', 'outstanding', 'debtor.name', 'violations', 'debtor', 'extra'],
      rows: [
        { contractNo: 'A', outstanding: '10.00', 'debtor.name': '交通局', violations: 'X；Y' },
        { contractNo: 'B', outstanding: '0.00', debtor: '', violations: '', extra: 'true' },
      ],
    });
  });

  it('takes a plain list, keeps nested object lists as JSON, and says when there is no list', () => {
    expect(resultTable({ regions: [{ name: '叶县', units: [{ id: 1 }] }] })).toEqual({
      source: 'regions',
      columns: ['name', 'units'],
      rows: [{ name: '叶县', units: '[{"id":1}]' }],
    });
    expect(resultTable({ region: { name: '叶县' } })).toBeNull();
  });
});
