// Part of npm run schema:check: lists the breaking changes of the committed supergraph against the
// previous commit's (a removed field, a changed type, a new required argument …) with
// @graphql-inspector/core. Breaking changes fail the check unless the commit message says
// "[schema-breaking]" — the change is then intended and announced in CHANGELOG.md.
// HUB_SCHEMA_BASE=<git ref> compares against another base (e.g. the last release tag).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { apiSchemaOf, schemaChanges } from './lib/schema-diff.ts';
import { ROOT } from './lib/subgraphs.ts';

const FILE = 'schema/supergraph.graphql';
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

const base = process.env.HUB_SCHEMA_BASE ?? 'HEAD~1';
let previous: string;
try {
  previous = git('show', `${base}:${FILE}`);
} catch {
  console.log(`schema changes: no ${FILE} at ${base} to compare with.`);
  process.exit(0);
}
const {
  all: changes,
  breaking,
  dangerous,
} = await schemaChanges(
  await apiSchemaOf(previous),
  await apiSchemaOf(readFileSync(`${ROOT}${FILE}`, 'utf8')),
);
for (const c of dangerous) console.log(`dangerous: ${c.message}`);
for (const c of breaking) console.log(`BREAKING: ${c.message}`);
const message = (() => {
  try {
    return git('log', '-1', '--format=%B');
  } catch {
    return '';
  }
})();
console.log(
  `schema changes against ${base}: ${changes.length} (${breaking.length} breaking, ${dangerous.length} dangerous).`,
);
if (breaking.length && !message.includes('[schema-breaking]')) {
  console.error(
    'Breaking schema changes: if they are intended, say "[schema-breaking]" in the commit message and note them in CHANGELOG.md.',
  );
  process.exit(1);
}
