// GET /labels: the Chinese and English label of every enum value the API has, for UIs, as
// `{ EnumName: { VALUE: { zh, en } } }`, the same in every language. Read from the supergraph's
// enum value descriptions (the subgraphs declare them with registerLabelledEnum), once.
import { enumLabelsOfSdl, sendJson, type RouteHandler } from '@arrears-hub/protocol';

export function labelsRoute(supergraphSdl: string): RouteHandler {
  const labels = enumLabelsOfSdl(supergraphSdl);
  return (_req, res) => sendJson(res, 200, labels, { 'cache-control': 'public, max-age=300' });
}
