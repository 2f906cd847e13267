// GET /internal/arrears?ids=a,b: the facts other subgraphs check before acting on a debt (the
// finance subgraph before paying it). Signed callers only (the kit checks).
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, sendJson, todayInChina, type RouteHandler } from '@arrears-hub/subgraph-kit';
import { assessmentFigures, disclosureFigures } from '../summary/unit-figures.js';

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
      const rows = await orm.em
        .fork()
        .execute<ArrearFacts[]>(
          `select id, debtor_id as "debtorId", creditor_id as "creditorId", status, outstanding::text as outstanding from arrear where id in (?)`,
          [ids],
        );
      sendJson(res, 200, rows);
    },
    // The supervision subgraph's disclosures and assessments, computed like the GraphQL fields.
    '/internal/disclosure-figures': async (_req, res, url) => {
      const units = (url.searchParams.get('units') ?? '').split(',').filter(isUuid).slice(0, 500);
      const year = Number(url.searchParams.get('year'));
      if (!Number.isInteger(year)) return sendJson(res, 400, { error: 'year' });
      sendJson(res, 200, await disclosureFigures(orm.em.fork(), units, year));
    },
    '/internal/assessment-figures': async (_req, res, url) => {
      const units = (url.searchParams.get('units') ?? '').split(',').filter(isUuid).slice(0, 500);
      const year = Number(url.searchParams.get('year'));
      if (!Number.isInteger(year)) return sendJson(res, 400, { error: 'year' });
      sendJson(res, 200, await assessmentFigures(orm.em.fork(), units, year, todayInChina()));
    },
  };
}
