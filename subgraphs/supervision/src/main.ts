// Runs the supervision subgraph: PORT, DATABASE_URL, HUB_VIEWER_SECRET, HUB_DEMO_DATA, SUBGRAPH_URL_ORGANISATIONS,
// SUBGRAPH_URL_ARREARS, HUB_ASSESSMENT_WEIGHTS from the env.
import { runSubgraph } from '@arrears-hub/subgraph-kit';
import { subgraph } from './schema.js';

await runSubgraph(subgraph);
