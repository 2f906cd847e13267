// A subgraph asking another subgraph's internal route for facts it needs at write time (e.g. the
// finance subgraph checking a debt before paying it). Signed like a gateway call, with a service
// viewer; the target is SUBGRAPH_URL_<NAME>.
import { signViewer, VIEWER_HEADER, viewerSecretFromEnv } from './viewer-header.js';

export async function internalGet<T>(subgraph: string, path: string, caller: string): Promise<T> {
  const key = `SUBGRAPH_URL_${subgraph.toUpperCase().replace(/-/g, '_')}`;
  const base = process.env[key];
  if (!base) throw new Error(`${key} is not set: the ${caller} subgraph needs the ${subgraph} subgraph.`);
  const response = await fetch(new URL(path, base), {
    headers: { [VIEWER_HEADER]: signViewer({ id: `service:${caller}`, roles: ['LEADING_GROUP'] }, viewerSecretFromEnv()) },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${subgraph} ${path.split('?')[0]} answered ${response.status}`);
  return (await response.json()) as T;
}
