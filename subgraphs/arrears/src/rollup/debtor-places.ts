// Each ledger line carries its debtor's place in the region tree (arrear.debtor_region_path), and
// the rollup carries it to the debtor's totals, so that a region's figures are an index range. The
// place comes from the organisations registry, through this subgraph's copy of it (the kit's unit
// directory). There is no event bus yet: a unit moving to another region is seen when the directory
// reloads (every 30 s while requests come in, or on POST /debug/directory/refresh), and this brings
// the ledger in step then, in one statement — the triggers move the unit's totals with its lines.
//
// On the first reload after start every debtor the rollup knows is compared with the registry
// (this fills in the places of lines written before places were kept); after that only the units
// whose place changed between two reloads are looked at, so an ordinary reload runs no SQL.
import type { MikroORM } from '@mikro-orm/postgresql';
import { BACKGROUND, log, unitDirectory, type DirectoryUnit } from '@arrears-hub/subgraph-kit';

interface Move {
  id: string;
  path: string;
}

/** Lines of the moved units take their new place (and, through the triggers, their totals). */
async function moveDebtors(orm: MikroORM, moves: readonly Move[]): Promise<number> {
  if (!moves.length) return 0;
  const result = await orm.em.fork().execute<{ affectedRows?: number }>(
    `update arrear a set debtor_region_path = m.path
       from jsonb_to_recordset(?::jsonb) as m(id uuid, path text)
      where a.debtor_id = m.id and a.debtor_region_path is distinct from m.path`,
    [JSON.stringify(moves)],
    'run',
    { label: BACKGROUND },
  );
  return result.affectedRows ?? 0;
}

/** Debtors whose place in the rollup differs from the registry's. */
async function misplacedDebtors(
  orm: MikroORM,
  units: ReadonlyMap<string, DirectoryUnit>,
): Promise<Move[]> {
  const rows = await orm.em
    .fork()
    .execute<{ debtor_id: string; region_path: string }[]>(
      'select debtor_id::text as debtor_id, region_path from ledger_unit_totals',
      [],
      'all',
      { label: BACKGROUND },
    );
  const moves: Move[] = [];
  for (const row of rows) {
    const path = units.get(row.debtor_id)?.regionPath;
    if (path && path !== row.region_path) moves.push({ id: row.debtor_id, path });
  }
  return moves;
}

/** Units whose place differs between two copies of the registry. */
export function movedUnits(
  units: ReadonlyMap<string, Pick<DirectoryUnit, 'id' | 'regionPath'>>,
  previous: ReadonlyMap<string, Pick<DirectoryUnit, 'id' | 'regionPath'>>,
): Move[] {
  const moves: Move[] = [];
  for (const unit of units.values()) {
    const before = previous.get(unit.id);
    if (before && before.regionPath !== unit.regionPath)
      moves.push({ id: unit.id, path: unit.regionPath });
  }
  return moves;
}

export function keepDebtorPlaces(orm: MikroORM): void {
  let comparedAll = false;
  unitDirectory().onRefresh(async (units, previous) => {
    const moves = comparedAll ? movedUnits(units, previous) : await misplacedDebtors(orm, units);
    comparedAll = true;
    const lines = await moveDebtors(orm, moves);
    if (moves.length)
      log('rollup').info(
        { units: moves.length, lines },
        'debtors moved in the region tree: their ledger lines and totals follow',
      );
  });
  // Load the directory now rather than at the first request, so that places missing from earlier
  // lines are filled in at once (if organisations is not up yet, the first request will do it).
  void unitDirectory()
    .all()
    .catch(() => undefined);
}
