// A GraphQL result as a table, for a CSV download: the rows are the first list in the answer (a
// connection's nodes, or a plain list), the columns every leaf under a row, named by its path
// ("debtor.name"). Nested lists of values are joined; nested lists of objects are kept as JSON,
// since one row per debt must stay one row.

export interface ResultTable {
  /** Where the rows came from, e.g. "arrears.edges.node". */
  source: string;
  columns: string[];
  rows: Record<string, string>[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first list under `data`, depth first in field order; a connection's edges become nodes. */
function findRows(value: Json, path: string[]): { path: string[]; rows: Json[] } | null {
  if (Array.isArray(value)) {
    const nodes = value.every((e) => isObject(e) && 'node' in e)
      ? value.map((e) => (e as { node: Json }).node)
      : value;
    return { path: nodes === value ? path : [...path, 'node'], rows: nodes };
  }
  if (!isObject(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findRows(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

function flatten(value: Json, prefix: string, into: Record<string, string>): void {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  if (Array.isArray(value)) {
    into[prefix] = value.every((v) => !isObject(v) && !Array.isArray(v))
      ? value.map((v) => (v === null ? '' : String(v))).join('；')
      : JSON.stringify(value);
    return;
  }
  into[prefix] = value === null ? '' : String(value);
}

export function resultTable(data: Json): ResultTable | null {
  const found = findRows(data, []);
  if (!found) return null;
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows = found.rows.map((row) => {
    const flat: Record<string, string> = {};
    flatten(row, isObject(row) ? '' : 'value', flat);
    for (const column of Object.keys(flat))
      if (!seen.has(column)) {
        seen.add(column);
        columns.push(column);
      }
    return flat;
  });
  return { source: found.path.join('.'), columns, rows };
}
