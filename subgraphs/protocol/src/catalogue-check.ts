// Checks a package's catalogue (src/messages.ts) for its tests: every message is used somewhere in
// the package's code, and every text reads Chinese in `zh` and has no Chinese in `en`. Test helpers
// without a test framework (they return what is wrong; the test asserts it is nothing), here so that
// the gateway can use them too; the subgraphs get them from @arrears-hub/subgraph-kit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { declaredMessages, Message } from './localized-messages.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]/;

/** The package's source files: .ts (and .tsx) under `dir`, without tests, declarations, builds. */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a file gives the catalogues it imports (`import { kitMessages as msg } from './messages.js'`),
 * and the catalogue a messages file declares itself (`export const kitMessages = defineMessages(`). */
function catalogueNames(source: string): string[] {
  const names: string[] = [];
  const imports = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"][^'"]*messages(?:\.js|\.ts)?['"]/g;
  for (const m of source.matchAll(imports)) {
    for (const binding of m[1]!.split(',')) {
      const parts = binding.trim().split(/\s+as\s+/);
      const local = (parts[1] ?? parts[0])!.trim();
      if (/^\w+$/.test(local)) names.push(local);
    }
  }
  for (const m of source.matchAll(/const\s+(\w+)\s*=\s*defineMessages\(/g)) names.push(m[1]!);
  return names;
}

/**
 * The keys of catalogue `scope` (imported by the caller first, so it is declared) that no source
 * file under `sourceDir` names as `<catalogue>.<key>` (called there, or handed on as the function
 * a table maps to) — under whatever name the file imports the catalogue. An empty list means every
 * message is used.
 */
export function checkCatalogueUsage(scope: string, sourceDir: string): string[] {
  const keys = declaredMessages()
    .filter((entry) => entry.scope === scope)
    .map((entry) => entry.key);
  if (!keys.length) throw new Error(`no catalogue "${scope}" is declared: import it first`);
  const used = new Set<string>();
  for (const file of sourceFiles(sourceDir)) {
    const source = readFileSync(file, 'utf8');
    const names = catalogueNames(source);
    if (!names.length) continue;
    const alias = names.map(escape).join('|');
    for (const key of keys) {
      if (used.has(key)) continue;
      if (new RegExp(`\\b(?:${alias})\\s*\\.\\s*${escape(key)}\\b`).test(source)) used.add(key);
    }
  }
  return keys.filter((key) => !used.has(key));
}

/** A parameter object that answers every property with `{name}` (and lists with one such item). */
const placeholders: unknown = new Proxy(
  {},
  { get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined) },
);

/**
 * What is wrong with the texts of `catalogue`: each message rendered (with `samples[key]` as its
 * parameters, else placeholders) must have Chinese in `zh` and none in `en`. A message whose
 * template needs real parameters (a list it joins) and has no sample is reported too.
 */
export function checkCatalogueTexts(
  catalogue: Record<string, (params: never) => Message>,
  samples: Record<string, unknown> = {},
): string[] {
  const problems: string[] = [];
  for (const [key, make] of Object.entries(catalogue)) {
    let message: Message;
    try {
      message = (make as (params?: unknown) => Message)(samples[key] ?? placeholders);
    } catch (error) {
      problems.push(`${key}: cannot render without a sample (${(error as Error).message})`);
      continue;
    }
    if (!CJK.test(message.zh)) problems.push(`${key}: zh has no Chinese: ${message.zh}`);
    if (CJK.test(message.en)) problems.push(`${key}: en has Chinese: ${message.en}`);
    if (!message.en.trim()) problems.push(`${key}: en is empty`);
  }
  return problems;
}
