// A throw-away copy of the repository for tests that change it (the subgraph scaffold): the tracked
// and new source files plus the packages' built dist/, with node_modules LINKED to this checkout's
// instead of installed. Why not `npm install` in the copy: it takes 40 s or more, and needs the
// registry. The copy gets its own node_modules folder whose entries are symlinks to ours, except
// @arrears-hub/*, which point at the copy's own workspaces (what npm would have linked), so the copy
// builds and loads its own code against the same third-party packages (one graphql, as required).
//
// `siblings: 'committed-sdl'` puts a stand-in in place of each existing subgraph's built package:
// its `subgraph.buildSchema()` answers the SDL committed in schema/<name>.graphql, which is what
// composition reads of it anyway (`npm run schema:check` keeps that file equal to the real build).
// A test about one new subgraph then composes it with the others without depending on whether
// they are built, or built from the current kit.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface TempRepo {
  root: string;
  remove(): void;
}

export interface CopyOptions {
  /** `built` (default): the subgraphs' dist/ as this checkout has them; `committed-sdl`: stand-ins. */
  siblings?: 'built' | 'committed-sdl';
}

/** What the stand-in answers: the committed SDL, printed back unchanged by printSubgraphSchema. */
function standIn(name: string): string {
  return `// Stand-in written by test/harness/temp-repo.ts: the ${name} subgraph's committed SDL.
import { readFileSync } from 'node:fs';
import { buildASTSchema, parse } from 'graphql';

const sdl = readFileSync(new URL('../../../schema/${name}.graphql', import.meta.url), 'utf8');

export const subgraph = {
  name: '${name}',
  buildSchema: async () => buildASTSchema(parse(sdl), { assumeValidSDL: true }),
  ormConfig: () => {
    throw new Error('${name} is a stand-in (its committed SDL) in this copy: it has no database.');
  },
};
`;
}

export function copyRepo(source: string, options: CopyOptions = {}): TempRepo {
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
  const registered = (ws: string) =>
    ws.startsWith('subgraphs/') && existsSync(join(root, 'schema', `${basename(ws)}.graphql`));
  for (const ws of workspaces) {
    if (options.siblings === 'committed-sdl' && registered(ws)) {
      mkdirSync(join(root, ws, 'dist'), { recursive: true });
      writeFileSync(join(root, ws, 'dist', 'schema.js'), standIn(basename(ws)));
    }
    // Built output, so the copy composes without rebuilding every package.
    else if (existsSync(join(source, ws, 'dist')))
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
