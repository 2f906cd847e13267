// Runs the organisations subgraph (the kit reads PORT, HOST, DATABASE_URL, HUB_VIEWER_SECRET and
// HUB_DEMO_DATA; config.ts lists this subgraph's own settings).
import { runSubgraph } from '@arrears-hub/subgraph-kit';
import { subgraph } from './schema.js';

await runSubgraph(subgraph);
