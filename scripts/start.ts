// npm start: the whole hub on this machine. Embedded PostgreSQL keeps its data under .data/, demo
// data is loaded into empty databases, Ctrl-C stops everything. DATABASE_URL_<SUBGRAPH> (e.g.
// DATABASE_URL_ARREARS) points a subgraph at an external PostgreSQL instead.
import { join } from 'node:path';
import { startStack } from './lib/stack.ts';
import { ROOT } from './lib/subgraphs.ts';

const started = Date.now();
const stack = await startStack({
  dataDir: process.env.HUB_DATA_DIR ?? join(ROOT, '.data', 'postgres'),
  persistent: true,
  demoData: process.env.HUB_DEMO_DATA !== '0',
  fixedPorts: true,
});

const base = stack.gatewayUrl.replace(/\/graphql$/, '');
console.log(`
清欠数据枢纽 Arrears Hub is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s)
  GraphQL   ${stack.gatewayUrl}
  Dashboard ${base}/dashboard  (the leading group's page)
  GraphiQL  ${base}/graphiql   (development: opens with a LEADING_GROUP token; CSV button)
  Health    ${base}/health  ${base}/ready
  Subgraphs ${Object.entries(stack.subgraphUrls)
    .map(([n, u]) => `${n} ${u}`)
    .join(', ')}
  A token for scripts: npm run token -- LEADING_GROUP
Press Ctrl-C to stop.`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the hub…');
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
