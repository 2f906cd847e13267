// npm run new-subgraph -- <name> [--entity ClassName] [--no-install]
//   Generates subgraphs/<name> from scripts/scaffold/template in the hub's one layout (config,
//   rules, one aggregate folder: an example entity owned by a unit, its queries, mutations, loaders,
//   validation and tests, and its field on Organisation), registers it (schema/supergraph.yaml with
//   the next free port, root workspaces, test/package.json, eslint.config.js's boundary rules, the
//   callers of the kit's unit and region directory contracts), formats what it wrote with prettier,
//   links it (npm install), builds it, writes its initial migration and composes the supergraph.
//   On any failure everything it wrote is undone.
//   --no-install links the workspace with a symlink instead of `npm install` (offline, temp copies;
//   the lockfile is then not updated: run `npm install` before committing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collisions, deriveNames, nameProblem } from './scaffold/names.ts';
import { renderTemplate } from './scaffold/render.ts';
import {
  addLintBoundaries,
  addTestDependency,
  addWorkspace,
  nextPort,
  registeredSubgraphs,
  registerInSupergraph,
} from './scaffold/registry.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');

function fail(message: string): never {
  console.error(`new-subgraph: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  let entity: string | undefined;
  let install = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--entity') entity = argv[++i];
    else if (arg.startsWith('--entity=')) entity = arg.slice('--entity='.length);
    else if (arg === '--no-install') install = false;
    else if (arg.startsWith('--'))
      fail(
        `unknown option ${arg}. Usage: npm run new-subgraph -- <name> [--entity ClassName] [--no-install]`,
      );
    else positional.push(arg);
  }
  if (positional.length > 1) fail(`one name at a time; got ${positional.join(', ')}.`);
  return { name: positional[0], entity, install };
}

function run(step: string, command: string, args: string[]): void {
  console.log(`\n▸ ${step}: ${[command.replace(`${BIN}/`, ''), ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}` },
  });
  if (result.status !== 0)
    throw new Error(
      `${step} failed (exit ${result.status ?? result.signal}); see the output above.`,
    );
}

const args = parseArgs(process.argv.slice(2));
const problem = nameProblem(args.name);
if (problem) fail(problem);
const name = args.name!;
let names;
try {
  names = deriveNames(name, args.entity);
} catch (error) {
  fail((error as Error).message);
}
const registry = registeredSubgraphs(ROOT);
const clashes = collisions(
  ROOT,
  names,
  registry.map((s) => s.name),
);
if (clashes.length) fail(`cannot create "${name}":\n  - ${clashes.join('\n  - ')}`);
const port = nextPort(registry.map((s) => s.port));
const target = join(ROOT, 'subgraphs', name);
const link = join(ROOT, 'node_modules', '@arrears-hub', name);

// Shared files are restored byte for byte if a later step fails.
const shared = [
  'package.json',
  'package-lock.json',
  'test/package.json',
  'eslint.config.js',
  'schema/supergraph.yaml',
  'schema/supergraph.graphql',
  'schema/contracts.yaml',
].map((f) => join(ROOT, f));
const saved = new Map(shared.filter(existsSync).map((f) => [f, readFileSync(f)]));
const sdlFile = join(ROOT, 'schema', `${name}.graphql`);

try {
  console.log(
    `Creating the ${name} subgraph (entity ${names.Entity}, Organisation.${names.entities}, port ${port}, database hub_${names.database})`,
  );
  const files = await renderTemplate(target, { ...names, port });
  console.log(`wrote ${files.length} files under subgraphs/${name}`);
  registerInSupergraph(ROOT, name, port);
  addWorkspace(ROOT, name);
  addTestDependency(ROOT, name);
  addLintBoundaries(ROOT, name);
  console.log(
    'registered in schema/supergraph.yaml, package.json workspaces, test/package.json and eslint.config.js',
  );
  // The template is written for reading, not to the column: prettier gives it the repository's
  // format (and re-wraps the edited lists), so `npm run lint` passes on what was generated.
  const format = (paths: string[]) =>
    run('format', join(BIN, 'prettier'), ['--write', '--log-level', 'warn', ...paths]);
  format([
    `subgraphs/${name}`,
    'package.json',
    'test/package.json',
    'eslint.config.js',
    'schema/supergraph.yaml',
  ]);

  if (args.install) run('link the workspace', 'npm', ['install', '--no-audit', '--no-fund']);
  else {
    // What npm does for a workspace: a relative symlink under node_modules/@arrears-hub.
    await mkdir(join(ROOT, 'node_modules', '@arrears-hub'), { recursive: true });
    await symlink(join('..', '..', 'subgraphs', name), link);
    console.log(
      `linked node_modules/@arrears-hub/${name} (no npm install: run it before committing, for the lockfile)`,
    );
  }
  const build = () =>
    run('build', join(BIN, 'turbo'), [
      'run',
      'build',
      `--filter=@arrears-hub/${name}...`,
      '--output-logs=errors-only',
    ]);
  build();
  run('initial migration', join(BIN, 'tsx'), ['scripts/migration-create.ts', name, 'initial']);
  format([`subgraphs/${name}/src/migrations`]);
  build(); // compiles the migration into dist/, where `npm start` applies it from
  // Composition loads every registered subgraph's dist/: build the others only if one is missing.
  const unbuilt = registry.filter(
    (s) => !existsSync(join(ROOT, 'subgraphs', s.name, 'dist', 'schema.js')),
  );
  if (unbuilt.length)
    run(`build ${unbuilt.map((s) => s.name).join(', ')}`, join(BIN, 'turbo'), [
      'run',
      'build',
      '--output-logs=errors-only',
    ]);
  run('compose', join(BIN, 'tsx'), ['scripts/compose.ts']);
} catch (error) {
  console.error(
    `\nnew-subgraph: ${(error as Error).message}\nUndoing: removing subgraphs/${name} and restoring the shared files.`,
  );
  await rm(target, { recursive: true, force: true });
  await rm(link, { force: true });
  await rm(sdlFile, { force: true });
  for (const [file, content] of saved) writeFileSync(file, content);
  process.exit(1);
}

console.log(`
The ${name} subgraph is ready:
  subgraphs/${name}/           its package (README.md says what to change first)
  schema/${name}.graphql       its SDL; schema/supergraph.graphql now has Organisation.${names.entities}
  npm test                     runs its unit tests with everything else
  npm start                    starts it on port ${port} with its own database hub_${names.database}
Commit subgraphs/${name}, schema/, package.json, package-lock.json, test/package.json and
eslint.config.js together.`);
