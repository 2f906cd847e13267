// The shared files a new subgraph is registered in: schema/supergraph.yaml (routing url with the
// next free port), the root package.json workspaces, test/package.json (so turbo builds the new
// subgraph before the cross-subgraph suite starts the whole registry), eslint.config.js (its
// boundary rules).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const GATEWAY_PORT = 4000;

export function registeredSubgraphs(root: string): { name: string; port: number }[] {
  const doc = parseDocument(readFileSync(join(root, 'schema', 'supergraph.yaml'), 'utf8'));
  const subgraphs =
    (doc.toJS() as { subgraphs?: Record<string, { routing_url: string }> }).subgraphs ?? {};
  return Object.entries(subgraphs).map(([name, s]) => ({
    name,
    port: Number(new URL(s.routing_url).port),
  }));
}

/** One above the highest port in the registry (organisations 4001 … supervision 4004 → 4005). */
export function nextPort(ports: number[]): number {
  return Math.max(GATEWAY_PORT, ...ports) + 1;
}

export function registerInSupergraph(root: string, name: string, port: number): void {
  const file = join(root, 'schema', 'supergraph.yaml');
  // parseDocument keeps the file's comments and layout; only the new entry is added.
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn(
    ['subgraphs', name],
    doc.createNode({
      routing_url: `http://127.0.0.1:${port}/graphql`,
      schema: { file: `./${name}.graphql` },
    }),
  );
  writeFileSync(file, doc.toString());
}

function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** Adds subgraphs/<name> after the last subgraphs/* workspace, so the list stays grouped. */
export function addWorkspace(root: string, name: string): void {
  editJson(join(root, 'package.json'), (json) => {
    const workspaces = json.workspaces as string[];
    const entry = `subgraphs/${name}`;
    if (workspaces.includes(entry)) return;
    const last = workspaces.findLastIndex((w) => w.startsWith('subgraphs/'));
    workspaces.splice(last + 1, 0, entry);
  });
}

export function addTestDependency(root: string, name: string): void {
  editJson(join(root, 'test', 'package.json'), (json) => {
    const deps = json.dependencies as Record<string, string>;
    deps[`@arrears-hub/${name}`] = '0.1.0';
    json.dependencies = Object.fromEntries(
      Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)),
    );
  });
}

const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');
const namesIn = (list: string) => [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

/**
 * Adds the subgraph to `SUBGRAPHS` in eslint.config.js, so its code gets the boundary rules (the
 * kits only, settings only in config.ts) and no other subgraph may import it.
 */
export function addLintBoundaries(root: string, name: string): void {
  const file = join(root, 'eslint.config.js');
  const text = readFileSync(file, 'utf8');
  const list = /const SUBGRAPHS = \[([^\]]*)\];/.exec(text);
  if (!list)
    throw new Error(
      'eslint.config.js has no `const SUBGRAPHS = [...]` list to add the subgraph to: add it to the boundary rules by hand and update scripts/scaffold/registry.ts.',
    );
  const names = namesIn(list[1]!);
  if (names.includes(name)) return;
  writeFileSync(file, text.replace(list[0], `const SUBGRAPHS = [${quoted([...names, name])}];`));
}
