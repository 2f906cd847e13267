// Every setting the organisations subgraph reads, in one place: this is the only file of the
// subgraph allowed to read process.env (eslint refuses it anywhere else). The registry has no
// setting of its own today; the kit reads the common ones (PORT, HOST, DATABASE_URL,
// HUB_VIEWER_SECRET, HUB_DEMO_DATA, HUB_SQL_LOG, NODE_ENV, SUBGRAPH_URL_<NAME>: see
// subgraphs/kit/README.md, "Settings"). A new setting is read here and listed in README.md.
export interface OrganisationsConfig {
  /** The name the subgraph registers under (schema/supergraph.yaml) and signs its calls with. */
  name: 'organisations';
}

const config: OrganisationsConfig = { name: 'organisations' };

/** The settings of this process. */
export function organisationsConfig(): OrganisationsConfig {
  return config;
}
