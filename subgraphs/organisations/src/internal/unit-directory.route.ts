// The unit directory (kit/unit-directory.ts) from this subgraph's own database: the facts other
// subgraphs need about every unit (existence, kind, where, who supervises). Served to them at
// GET /internal/units (signed callers only; the kit checks) and used here directly.
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, sendJson, type DirectoryUnit, type RouteHandler, type UnitSource } from '@arrears-hub/subgraph-kit';

export function unitSource(orm: MikroORM): UnitSource {
  return (ids) =>
    orm.em.fork().execute<DirectoryUnit[]>(
      `select o.id, o.name, o.kind, o.status, o.region_code as "regionCode", r.path as "regionPath",
              o.parent_id as "parentId", o.supervisor_id as "supervisorId", o.size_class as "sizeClass", o.credit_code as "creditCode"
         from organisation o join region r on r.code = o.region_code
        ${ids ? 'where o.id in (?)' : ''}
        order by o.id`,
      ids ? [ids] : [],
    );
}

export function unitDirectoryRoutes(orm: MikroORM): Record<string, RouteHandler> {
  const source = unitSource(orm);
  return {
    // ?ids=a,b,c asks for some units only (ones registered since the caller's last full load).
    '/internal/units': async (_req, res, url) => {
      const ids = url.searchParams.get('ids')?.split(',').filter(isUuid).slice(0, 500);
      sendJson(res, 200, ids && !ids.length ? [] : await source(ids));
    },
  };
}
