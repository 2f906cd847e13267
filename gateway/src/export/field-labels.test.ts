import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { chineseHeaders, FIELD_LABELS } from './field-labels.js';

describe('chineseHeaders', () => {
  it('labels each field of a path, keeps aliases as written and unknown fields by name', () => {
    const query = `query Q { arrears(first: 5) { edges { node {
      contractNo outstanding payer: debtor { name region { name } } creditor { ...C } newField } } } }
      fragment C on Organisation { name creditCode }`;
    expect(
      chineseHeaders(query, 'Q', 'arrears.edges.node', [
        'contractNo',
        'outstanding',
        'payer.name',
        'payer.region.name',
        'creditor.name',
        'creditor.creditCode',
        'newField',
      ]),
    ).toEqual([
      '合同编号',
      '欠款余额（元）',
      'payer·名称',
      'payer·地区·名称',
      '债权企业·名称',
      '债权企业·统一社会信用代码',
      'newField',
    ]);
  });

  it('labels a plain list, and keeps the path of two columns that would read the same', () => {
    const query = `{ regions { name arrearsSummary { count outstanding } units: unitIds, other: unitIds } }`;
    expect(
      chineseHeaders(query, undefined, 'regions', [
        'name',
        'arrearsSummary.count',
        'arrearsSummary.outstanding',
      ]),
    ).toEqual(['名称', '欠款汇总·笔数', '欠款汇总·欠款余额（元）']);
    const twice = `{ organisations { edges { node { a: name b: shortName x: region { name } y: parent { name } } } } }`;
    expect(
      chineseHeaders(twice, undefined, 'organisations.edges.node', ['x.name', 'y.name']),
    ).toEqual(['x·名称', 'y·名称']);
    expect(
      chineseHeaders(
        `{ organisations { edges { node { name shortName: name } } } }`,
        undefined,
        'organisations.edges.node',
        ['name', 'shortName'],
      ),
    ).toEqual(['名称', 'shortName']);
  });

  it('has a label for every field the registered operations select', () => {
    const dir = fileURLToPath(new URL('../../operations/', import.meta.url));
    const missing = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')))
      visit(parse(readFileSync(dir + file, 'utf8')), {
        Field(node) {
          if (!['edges', 'node', 'pageInfo', 'hasNextPage', 'endCursor'].includes(node.name.value))
            if (!FIELD_LABELS[node.name.value]) missing.add(node.name.value);
        },
      });
    // Fields of mutations and file downloads are not rows of a CSV; everything else is labelled.
    const notRows = [
      'importLedger',
      'rows',
      'imported',
      'unchanged',
      'rejected',
      'writtenNothing',
      'errors',
      'row',
      'column',
      'message',
      'notices',
      'newCreditors',
      'ledgerExport',
      'fileName',
      'mediaType',
      'contentBase64',
      'ledgerTemplate',
      'registerArrear',
      'clues',
      'arrears',
      'workingGroups',
      'groupReports',
      'reportingDeadline',
      'moved',
      'basis',
      'calendarWarnings',
      'lines',
      'report',
      'payments',
    ];
    expect([...missing].filter((f) => !notRows.includes(f))).toEqual([]);
  });
});
