// Runs the notices subgraph. Its own settings come from config.ts, read here first so that a bad
// value stops it before it listens; the kit reads the rest (subgraphs/kit/README.md, "Settings").
import { runSubgraph } from '@arrears-hub/subgraph-kit';
import { config } from './config.js';
import { subgraph } from './schema.js';

config();
await runSubgraph(subgraph);
