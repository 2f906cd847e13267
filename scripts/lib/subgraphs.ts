// The subgraphs the scripts know, read from schema/supergraph.yaml (the one registry).
// Convention: subgraph <name> is the package @arrears-hub/<name> in subgraphs/<name>, whose entry
// point exports `subgraph` (its SubgraphDefinition) and whose dist/main.js runs it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { SubgraphDefinition } from '@arrears-hub/subgraph-kit';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMA_DIR = `${ROOT}schema/`;

export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  defaultPort: number;
  /** Its own database, hub_<name>; hyphens become underscores (PostgreSQL identifiers). */
  databaseName: string;
  /** Suffix of its env variables (SUBGRAPH_URL_<KEY>, DATABASE_URL_<KEY>): "LABOUR_DISPUTES". */
  envKey: string;
  /** The SDL file the composed supergraph is built from, under schema/. */
  sdlFile: string;
  /** The built entry point, run as its own process. */
  main: string;
  load(): Promise<SubgraphDefinition>;
}

interface SupergraphYaml {
  federation_version: string;
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function readRegistry(): SubgraphEntry[] {
  const yaml = parse(readFileSync(`${SCHEMA_DIR}supergraph.yaml`, 'utf8')) as SupergraphYaml;
  return Object.entries(yaml.subgraphs).map(([name, entry]) => ({
    name,
    routingUrl: entry.routing_url,
    defaultPort: Number(new URL(entry.routing_url).port),
    databaseName: `hub_${name.replace(/-/g, '_')}`,
    envKey: name.toUpperCase().replace(/-/g, '_'),
    sdlFile: new URL(entry.schema.file, `file://${SCHEMA_DIR}`).pathname,
    main: `${ROOT}subgraphs/${name}/dist/main.js`,
    load: async () =>
      ((await import(`@arrears-hub/${name}`)) as { subgraph: SubgraphDefinition }).subgraph,
  }));
}

export const SUBGRAPHS = readRegistry();
