// Runs the supervision subgraph. Its own settings are read first (config.ts), so a bad one stops
// it before it listens; the kit reads the rest (subgraphs/kit/README.md, "Settings").
import { runSubgraph } from '@arrears-hub/subgraph-kit';
import { supervisionConfig } from './config.js';
import { subgraph } from './schema.js';

supervisionConfig();
await runSubgraph(subgraph);
