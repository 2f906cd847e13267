// Hive Gateway (@graphql-hive/gateway, a devDependency) configured for `npm run bench:gateway`: the
// hub's committed supergraph, the subgraphs of the bench's hub, and the one thing our subgraphs
// demand of any caller: a signed viewer (x-hub-viewer). Hive has no notion of our JWTs, so it sends
// one fixed LEADING_GROUP viewer (the same identity the bench's token carries to our gateway),
// signed with the hub's viewer secret and signed again every 60 s (a signature is good for 120 s).
// Set by the bench, in the environment:
//   BENCH_SUBGRAPH_URLS  {"organisations": "http://127.0.0.1:…/graphql", …}
//   BENCH_DEDUPE         "0": Hive's in-flight de-duplication of subgraph requests off (on as shipped)
//   BENCH_VIEWER_ID      the viewer's id (the bench token's subject)
//   HUB_VIEWER_SECRET    the viewer secret (the development one when unset)
import { signViewer, viewerSecretFromEnv, VIEWER_HEADER } from '@arrears-hub/protocol';

const secret = viewerSecretFromEnv(process.env);
const viewer = { id: process.env.BENCH_VIEWER_ID ?? 'bench', roles: ['LEADING_GROUP' as const] };
let signed = '';
let signedAt = 0;
function viewerHeader(): string {
  if (Date.now() - signedAt > 60_000) {
    signed = signViewer(viewer, secret);
    signedAt = Date.now();
  }
  return signed;
}

const urls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const deduplicateInflightRequests = process.env.BENCH_DEDUPE !== '0';

// A plain object (what Hive's defineConfig returns): importing Hive's types here would bring the DOM
// library into the type check of the scripts, which the test package compiles too.
export const gatewayConfig = {
  transportEntries: Object.fromEntries(
    Object.entries(urls).map(([name, location]) => [
      name,
      { location, options: { deduplicateInflightRequests } },
    ]),
  ),
  propagateHeaders: { fromClientToSubgraphs: () => ({ [VIEWER_HEADER]: viewerHeader() }) },
};
