// Runs the finance subgraph. Its own settings are in config.ts; the kit reads the rest
// (DATABASE_URL, PORT, HOST, HUB_VIEWER_SECRET, HUB_DEMO_DATA, SUBGRAPH_URL_ORGANISATIONS,
// SUBGRAPH_URL_ARREARS).
import { runSubgraph } from '@arrears-hub/subgraph-kit';
import { financeConfig } from './config.js';
import { subgraph } from './schema.js';

// Read the settings before listening, so a bad value stops the start instead of a request.
financeConfig();
await runSubgraph(subgraph);
