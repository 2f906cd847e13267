// The registry of subgraphs the scripts know: name, default port, how to load its definition.
// schema/supergraph.yaml carries the same list for people and composition; keep them in step.
import type { SubgraphDefinition } from '@arrears-hub/subgraph-kit';

export interface SubgraphEntry {
  name: string;
  defaultPort: number;
  /** The package's built entry point, run as its own process. */
  main: string;
  load(): Promise<SubgraphDefinition>;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'organisations',
    defaultPort: 4001,
    main: 'subgraphs/organisations/dist/main.js',
    load: async () => (await import('@arrears-hub/organisations')).organisationsSubgraph,
  },
  {
    name: 'arrears',
    defaultPort: 4002,
    main: 'subgraphs/arrears/dist/main.js',
    load: async () => (await import('@arrears-hub/arrears')).arrearsSubgraph,
  },
];
