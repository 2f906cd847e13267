// The unit directory (kit/unit-directory.ts) from this subgraph's own database: the facts other
// subgraphs need about every unit (existence, kind, where, who supervises). Served to them at
// GET /internal/units (signed callers only; the kit checks) and used here directly; and a working
// group's member units at GET /internal/working-group-units (the arrears subgraph's group export).
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  isUuid,
  sendJson,
  type DirectoryUnit,
  type RouteHandler,
  type UnitSource,
} from '@arrears-hub/subgraph-kit';

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
    // ?id=<working group>: the group's name and its member units — those named as members and the
    // aggregating units (汇总单位), not the units of the leaders' posts (a 副旗长 sits in the group,
    // the government's own ledger is not the sector's). 404 when there is no such group.
    '/internal/working-group-units': async (_req, res, url) => {
      const id = url.searchParams.get('id') ?? '';
      if (!isUuid(id)) return sendJson(res, 404, { error: 'No such working group.' });
      const rows = await orm.em.fork().execute<{ name: string; unitId: string | null }[]>(
        `select g.name, u.organisation_id as "unitId"
           from working_group g
           left join (select working_group_id, organisation_id from working_group_member_unit
                      union select working_group_id, organisation_id from working_group_aggregating_unit) u
             on u.working_group_id = g.id
          where g.id = ?`,
        [id],
      );
      if (!rows.length) return sendJson(res, 404, { error: 'No such working group.' });
      sendJson(res, 200, {
        id,
        name: rows[0]!.name,
        unitIds: rows.map((r) => r.unitId).filter((u): u is string => !!u),
      });
    },
  };
}
