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
//
// The same reloads keep the other facts a line holds of its parties for the ledger's slices (issue
// 18): the debtor's kind now (ArrearFilter.debtorKinds) and the creditor's name in matching form
// and credit code (ArrearFilter.search). The first reload compares every line's facts with the
// registry (and fills in those of lines written before they were kept); later reloads look only at
// the units whose facts changed between two copies.
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  BACKGROUND,
  log,
  nameKey,
  unitDirectory,
  type DirectoryUnit,
} from '@arrears-hub/subgraph-kit';

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

interface Reclassed {
  id: string;
  kind: string;
}

interface Renamed {
  id: string;
  name_key: string;
  credit_code: string | null;
}

type Facts = Pick<DirectoryUnit, 'id' | 'kind' | 'name' | 'creditCode'>;

const renamed = (unit: Facts): Renamed => ({
  id: unit.id,
  name_key: nameKey(unit.name),
  credit_code: unit.creditCode ?? null,
});

/** Units whose kind changed between two copies of the registry (their lines as debtor follow). */
export function reclassedUnits(
  units: ReadonlyMap<string, Facts>,
  previous: ReadonlyMap<string, Facts>,
): Reclassed[] {
  const changed: Reclassed[] = [];
  for (const unit of units.values()) {
    const before = previous.get(unit.id);
    if (before && before.kind !== unit.kind) changed.push({ id: unit.id, kind: unit.kind });
  }
  return changed;
}

/** Units whose name or credit code changed between two copies (their lines as creditor follow). */
export function renamedUnits(
  units: ReadonlyMap<string, Facts>,
  previous: ReadonlyMap<string, Facts>,
): Renamed[] {
  const changed: Renamed[] = [];
  for (const unit of units.values()) {
    const before = previous.get(unit.id);
    if (before && (before.name !== unit.name || before.creditCode !== unit.creditCode))
      changed.push(renamed(unit));
  }
  return changed;
}

async function run(orm: MikroORM, sql: string, rows: readonly object[]): Promise<number> {
  if (!rows.length) return 0;
  const result = await orm.em
    .fork()
    .execute<{ affectedRows?: number }>(sql, [JSON.stringify(rows)], 'run', { label: BACKGROUND });
  return result.affectedRows ?? 0;
}

const reclassDebtors = (orm: MikroORM, rows: readonly Reclassed[]) =>
  run(
    orm,
    `update arrear a set debtor_unit_kind = m.kind
       from jsonb_to_recordset(?::jsonb) as m(id uuid, kind text)
      where a.debtor_id = m.id and a.debtor_unit_kind is distinct from m.kind`,
    rows,
  );

const renameCreditors = (orm: MikroORM, rows: readonly Renamed[]) =>
  run(
    orm,
    `update arrear a set creditor_name_key = m.name_key, creditor_credit_code = m.credit_code
       from jsonb_to_recordset(?::jsonb) as m(id uuid, name_key text, credit_code text)
      where a.creditor_id = m.id
        and (a.creditor_name_key, a.creditor_credit_code) is distinct from (m.name_key, m.credit_code)`,
    rows,
  );

/** Every party whose facts on some line differ from the registry's (the first reload). */
async function staleParties(
  orm: MikroORM,
  units: ReadonlyMap<string, DirectoryUnit>,
): Promise<{ reclassed: Reclassed[]; renamed: Renamed[] }> {
  const em = orm.em.fork();
  const [debtors, creditors] = await Promise.all([
    em.execute<{ id: string; kind: string | null }[]>(
      'select distinct debtor_id::text as id, debtor_unit_kind as kind from arrear',
      [],
      'all',
      { label: BACKGROUND },
    ),
    orm.em
      .fork()
      .execute<{ id: string; name_key: string; credit_code: string | null }[]>(
        'select distinct creditor_id::text as id, creditor_name_key as name_key, creditor_credit_code as credit_code from arrear',
        [],
        'all',
        { label: BACKGROUND },
      ),
  ]);
  const reclassed = new Map<string, Reclassed>();
  for (const row of debtors) {
    const unit = units.get(row.id);
    if (unit && unit.kind !== row.kind) reclassed.set(unit.id, { id: unit.id, kind: unit.kind });
  }
  const renames = new Map<string, Renamed>();
  for (const row of creditors) {
    const unit = units.get(row.id);
    if (!unit) continue;
    const now = renamed(unit);
    if (now.name_key !== row.name_key || now.credit_code !== row.credit_code)
      renames.set(unit.id, now);
  }
  return { reclassed: [...reclassed.values()], renamed: [...renames.values()] };
}

export function keepDebtorPlaces(orm: MikroORM): void {
  let comparedAll = false;
  unitDirectory().onRefresh(async (units, previous) => {
    const first = !comparedAll;
    const moves = first ? await misplacedDebtors(orm, units) : movedUnits(units, previous);
    const facts = first
      ? await staleParties(orm, units)
      : { reclassed: reclassedUnits(units, previous), renamed: renamedUnits(units, previous) };
    comparedAll = true;
    const lines = await moveDebtors(orm, moves);
    if (moves.length)
      log('rollup').info(
        { units: moves.length, lines },
        'debtors moved in the region tree: their ledger lines and totals follow',
      );
    const reclassedLines = await reclassDebtors(orm, facts.reclassed);
    const renamedLines = await renameCreditors(orm, facts.renamed);
    if (reclassedLines || renamedLines)
      log('rollup').info(
        { reclassedLines, renamedLines },
        'debtor kinds and creditor names or codes changed: the ledger lines keep them in step',
      );
  });
  // Load the directory now rather than at the first request, so that places missing from earlier
  // lines are filled in at once (if organisations is not up yet, the first request will do it).
  void unitDirectory()
    .all()
    .catch(() => undefined);
}
