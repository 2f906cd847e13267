// Writes a subgraph from template/: every file ending in .tmpl, with {{placeholder}} in its text and
// __placeholder__ in its path replaced by the subgraph's names. Unknown placeholders are an error,
// so a typo in a template fails the scaffold instead of generating broken code.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_DIR = fileURLToPath(new URL('./template/', import.meta.url));

export type Values = Record<string, string | number>;

export function fill(
  text: string,
  values: Values,
  where: string,
  open = '{{',
  close = '}}',
): string {
  const pattern = new RegExp(`${escape(open)}([\\w-]+)${escape(close)}`, 'g');
  return text.replace(pattern, (_all, key: string) => {
    if (!(key in values)) throw new Error(`${where}: unknown placeholder ${open}${key}${close}`);
    return String(values[key]);
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function templates(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? templates(join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.tmpl') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat().sort();
}

/** Renders every template into `target`; returns the written paths relative to `target`. */
export async function renderTemplate(target: string, values: Values): Promise<string[]> {
  const written: string[] = [];
  for (const file of await templates(TEMPLATE_DIR)) {
    const source = relative(TEMPLATE_DIR, file);
    const path = fill(source.replace(/\.tmpl$/, ''), values, source, '__', '__');
    const text = fill(await readFile(file, 'utf8'), values, source);
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), text);
    written.push(path);
  }
  return written;
}
