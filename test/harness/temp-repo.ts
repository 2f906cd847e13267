// A throw-away copy of the repository for tests that change it (the subgraph scaffold): the tracked
// and new source files plus the packages' built dist/, with node_modules LINKED to this checkout's
// instead of installed. Why not `npm install` in the copy: it takes 40 s or more, and needs the
// registry. The copy gets its own node_modules folder whose entries are symlinks to ours, except
// @arrears-hub/*, which point at the copy's own workspaces (what npm would have linked), so the copy
// builds and loads its own code against the same third-party packages (one graphql, as required).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempRepo {
  root: string;
  remove(): void;
}

export function copyRepo(source: string): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'hub-scaffold-'));
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    { cwd: source, encoding: 'utf8' },
  )
    .split('\0')
    .filter((f) => f && existsSync(join(source, f)));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(source, file), join(root, file));
  }
  const workspaces = [
    'gateway',
    'test',
    ...readdirSync(join(source, 'subgraphs')).map((d) => `subgraphs/${d}`),
  ];
  for (const ws of workspaces) {
    // Built output, so the copy composes without rebuilding every package.
    if (existsSync(join(source, ws, 'dist')))
      cpSync(join(source, ws, 'dist'), join(root, ws, 'dist'), { recursive: true });
    // A workspace's own nested dependencies (e.g. pg for the kit).
    if (existsSync(join(source, ws, 'node_modules')))
      symlinkSync(join(source, ws, 'node_modules'), join(root, ws, 'node_modules'));
  }
  mkdirSync(join(root, 'node_modules', '@arrears-hub'), { recursive: true });
  for (const entry of readdirSync(join(source, 'node_modules'))) {
    if (entry !== '@arrears-hub')
      symlinkSync(join(source, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  for (const ws of workspaces) {
    const name =
      ws === 'test'
        ? 'e2e'
        : ws === 'subgraphs/kit'
          ? 'subgraph-kit'
          : ws.replace(/^subgraphs\//, '');
    symlinkSync(join('..', '..', ws), join(root, 'node_modules', '@arrears-hub', name));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
