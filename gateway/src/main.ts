// Runs the gateway with its configuration from the environment (see config.ts, the README and
// docs/operations.md): JSON logs, metrics at /metrics, traces when an OTLP endpoint is set.
import {
  configureLogging,
  configureMetrics,
  log,
  startTracing,
  stopOnSignals,
} from '@arrears-hub/protocol';
import { loadConfig } from './config.js';
import { startGateway } from './gateway.js';

const config = loadConfig();
configureLogging('gateway', { level: config.logLevel });
configureMetrics('gateway');
const tracing = startTracing('gateway', { endpoint: config.tracesEndpoint });
const gateway = await startGateway(config);
log().info(
  {
    url: gateway.url,
    graphiql: config.graphiql ? gateway.url.replace(/\/graphql$/, '/graphiql') : undefined,
    tracing: tracing.exporting ? config.tracesEndpoint : 'off',
  },
  `ready at ${gateway.url}`,
);
stopOnSignals('gateway', async () => {
  await gateway.stop();
  await tracing.shutdown();
});
