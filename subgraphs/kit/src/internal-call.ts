// A subgraph asking another subgraph's internal routes for facts it needs (the unit directory, a
// debt before paying it). Signed like a gateway call, as the service viewer
// `service:<this subgraph>` — startSubgraph names the service once; the target is SUBGRAPH_URL_<NAME>.
import { signViewer, VIEWER_HEADER, viewerSecretFromEnv } from './viewer-header.js';

let serviceName = 'subgraph';

/** Called once by startSubgraph: the name every internal call of this process is signed with. */
export function nameThisService(name: string): void {
  serviceName = name;
}

/** Where subgraph `name` answers: SUBGRAPH_URL_<NAME>, hyphens as underscores (as the launcher sets it). */
export function subgraphUrl(name: string): string {
  const key = `SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`;
  const url = process.env[key];
  if (!url)
    throw new Error(`${key} is not set: the ${serviceName} subgraph needs the ${name} subgraph.`);
  return url;
}

/** A signed GET of an internal route; throws "<path> answered <status>" on anything but 2xx. */
export async function signedGet<T>(url: URL): Promise<T> {
  const response = await fetch(url, {
    headers: {
      [VIEWER_HEADER]: signViewer(
        { id: `service:${serviceName}`, roles: ['LEADING_GROUP'] },
        viewerSecretFromEnv(),
      ),
    },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

export function internalGet<T>(subgraph: string, path: string): Promise<T> {
  return signedGet<T>(new URL(path, subgraphUrl(subgraph)));
}
