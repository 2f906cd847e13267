// The viewer's jurisdiction (kit/jurisdiction.ts) on finance records: a budget line, a project, a
// restriction belong to their unit.
import { jurisdictionOf, type SubgraphContext } from '@arrears-hub/subgraph-kit';

export { jurisdictionOf };

export async function unitFilter(
  ctx: SubgraphContext,
  property: string,
): Promise<Record<string, unknown>> {
  return (await jurisdictionOf(ctx)).filter(property);
}
