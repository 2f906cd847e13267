// GET /internal/arrears?ids=a,b: the facts other subgraphs check before acting on a debt (the
// finance subgraph before paying it). Signed callers only (the kit checks).
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, sendJson, type RouteHandler } from '@arrears-hub/subgraph-kit';

export interface ArrearFacts {
  id: string;
  debtorId: string;
  creditorId: string;
  status: string;
  outstanding: string;
}

export function arrearFactRoutes(orm: MikroORM): Record<string, RouteHandler> {
  return {
    '/internal/arrears': async (_req, res, url) => {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(isUuid).slice(0, 500);
      if (!ids.length) return sendJson(res, 200, []);
      const rows = await orm.em.fork().execute<ArrearFacts[]>(
        `select id, debtor_id as "debtorId", creditor_id as "creditorId", status, outstanding::text as outstanding from arrear where id in (?)`,
        [ids],
      );
      sendJson(res, 200, rows);
    },
  };
}
