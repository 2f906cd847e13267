import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enumLabelsOfSdl, englishFromValueName } from '@arrears-hub/protocol';

const supergraph = readFileSync(
  new URL('../../schema/supergraph.graphql', import.meta.url),
  'utf8',
);

describe('enum labels in the supergraph', () => {
  const labels = enumLabelsOfSdl(supergraph);

  it('gives every enum value of schema/supergraph.graphql a Chinese label and an English one', () => {
    const values = Object.entries(labels).flatMap(([name, byValue]) =>
      Object.entries(byValue).map(([value, label]) => ({ at: `${name}.${value}`, ...label })),
    );
    expect(values.length).toBeGreaterThan(300);
    for (const v of values) {
      expect(v.zh, v.at).toMatch(/[\u4e00-\u9fff]/);
      expect(v.en, v.at).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
    expect(Object.keys(labels).some((n) => n.startsWith('join__'))).toBe(false);
  });

  it('derives English from the value name when none is declared', () => {
    expect(englishFromValueName('NOT_YET_DUE')).toBe('Not yet due');
    expect(labels.SortDirection!.ASC).toEqual({ zh: '升序', en: 'Asc' });
  });
});
