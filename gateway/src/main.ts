// Runs the gateway with its configuration from the environment (see config.ts and the README).
import { stopOnSignals } from '@arrears-hub/protocol';
import { loadConfig } from './config.js';
import { startGateway } from './gateway.js';

const config = loadConfig();
const gateway = await startGateway(config);
console.log(
  `[gateway] ready at ${gateway.url}${config.graphiql ? ` (GraphiQL: ${gateway.url.replace(/\/graphql$/, '/graphiql')})` : ''}`,
);
stopOnSignals('gateway', gateway.stop);
