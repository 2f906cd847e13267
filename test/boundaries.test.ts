// A subgraph imports only the kit, never another subgraph (design: each bureau owns its domain).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SUBGRAPHS } from '../scripts/lib/subgraphs.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('package boundaries', () => {
  it.each(SUBGRAPHS.map((s) => s.name))(
    'subgraph %s imports no other subgraph and no gateway code',
    (name) => {
      const others = SUBGRAPHS.map((s) => s.name).filter((n) => n !== name);
      const offending: string[] = [];
      for (const file of sources(join(ROOT, 'subgraphs', name, 'src'))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
          const target = m[1]!;
          const foreign = others.some(
            (o) =>
              target === `@arrears-hub/${o}` ||
              target.includes(`/subgraphs/${o}/`) ||
              target.includes(`../${o}/`),
          );
          if (foreign || target.startsWith('@arrears-hub/gateway'))
            offending.push(`${file}: ${target}`);
        }
      }
      expect(offending).toEqual([]);
    },
  );
});
