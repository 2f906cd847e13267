// npm run trusted-documents          compiles gateway/operations/*.graphql into gateway/trusted-documents.json
// tsx scripts/trusted-documents.ts --check   (part of npm run schema:check) fails when the manifest is stale
//                                            or an operation no longer validates against the supergraph.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { readOperations } from '../gateway/src/example-operations.ts';
import { documentId } from '../gateway/src/trusted-documents.ts';
import { ROOT } from './lib/subgraphs.ts';

const check = process.argv.includes('--check');
const MANIFEST = `${ROOT}gateway/trusted-documents.json`;
// The composed supergraph, with the federation join directives stripped to a plain API schema.
const { Supergraph } = await import('@apollo/federation-internals');
const supergraph = Supergraph.build(readFileSync(`${ROOT}schema/supergraph.graphql`, 'utf8'));
const apiSchema = supergraph.apiSchema().toGraphQLJSSchema();

let failed = 0;
const manifest: Record<string, { name: string; document: string }> = {};
for (const op of readOperations(`${ROOT}gateway/operations/`)) {
  const errors = validate(apiSchema, parse(op.document));
  if (errors.length) {
    failed += 1;
    console.error(`${op.name}: ${errors.map((e) => e.message).join('; ')}`);
  }
  manifest[documentId(op.document)] = { name: op.name, document: op.document };
}
const content = `${JSON.stringify(manifest, null, 2)}\n`;
if (check) {
  if (!existsSync(MANIFEST) || readFileSync(MANIFEST, 'utf8') !== content) {
    failed += 1;
    console.error(
      'gateway/trusted-documents.json is stale: run `npm run trusted-documents` and commit it.',
    );
  }
} else {
  writeFileSync(MANIFEST, content);
  console.log(`wrote gateway/trusted-documents.json (${Object.keys(manifest).length} operations)`);
}
if (failed) process.exit(1);
if (check)
  console.log(`trusted documents are up to date (${Object.keys(manifest).length} operations).`);
