// Runs the arrears subgraph: PORT, DATABASE_URL, HUB_VIEWER_SECRET, HUB_DEMO_DATA from the env.
import { runSubgraph } from '@arrears-hub/subgraph-kit';
import { arrearsSubgraph } from './schema.js';

await runSubgraph(arrearsSubgraph);
