// Every subgraph needs a few facts about units it does not own: does this id exist, what kind of
// unit is it (the payment term depends on it), where is it (jurisdiction), who supervises it. The
// organisations subgraph serves them through the UNIT_DIRECTORY and REGION_DIRECTORY contracts;
// this directory fetches and caches them. It is a read-only copy through the owner's API, never a
// read of the owner's tables. When a refresh fails (organisations down) the last good copy keeps
// serving, with its age, so jurisdiction keeps working through the outage.
//
// Every process of every subgraph holds a copy, so a change must reach them all, replicas
// included: the organisations subgraph announces each change (`directoryChanged`) on the signals
// database (LISTEN/NOTIFY, HUB_SIGNALS_DATABASE_URL); each process then re-reads the units named
// (or everything, for a region) at once instead of at the end of the 30 s TTL. Without a signals
// database only the announcing process learns at once; the others within the TTL.
import { isUuid, log, MAX_SIGNAL_BYTES, PROCESS_ID, type Signals } from '@arrears-hub/protocol';
import { callContract } from './contracts/call.js';
import {
  REGION_DIRECTORY,
  UNIT_DIRECTORY,
  type DirectoryRegion,
  type DirectoryUnit,
} from './contracts/catalogue.js';

export type { DirectoryRegion, DirectoryUnit };

/** Whether a unit lies in a region or a region below it (the region path is a chain of codes). */
export function inRegion(unit: Pick<DirectoryUnit, 'regionPath'>, regionCode: string): boolean {
  return unit.regionPath.includes(`/${regionCode}/`);
}

/** The units of a region and the regions below it. */
export function unitsInRegion(
  units: ReadonlyMap<string, DirectoryUnit>,
  regionCode: string,
): DirectoryUnit[] {
  return [...units.values()].filter((unit) => inRegion(unit, regionCode));
}

/** Where the directory's facts come from: the organisations subgraph over HTTP, or (in the
 * organisations subgraph itself) its own database. */
export interface DirectorySource {
  units(ids?: readonly string[]): Promise<DirectoryUnit[]>;
  regions(): Promise<DirectoryRegion[]>;
}

/** Fresh enough for existence checks and jurisdiction; a unit registered a moment ago is fetched on demand. */
const TTL_MS = 30_000;

/** Told after every successful reload, with the new copy and the one before it (empty on the first
 * load). A subgraph that keeps facts from the registry in its own tables (the arrears subgraph keeps
 * each debtor's place in the region tree) brings them in step here: after a reload, and after the
 * units an announced change names are re-read (directoryChanged). */
export type DirectoryListener = (
  units: ReadonlyMap<string, DirectoryUnit>,
  previous: ReadonlyMap<string, DirectoryUnit>,
) => Promise<void> | void;

export class UnitDirectory {
  private units = new Map<string, DirectoryUnit>();
  private readonly listeners: DirectoryListener[] = [];
  private notified: Promise<void> = Promise.resolve();
  private regionMap = new Map<string, DirectoryRegion>();
  /** When to reload (the TTL runs from here; after a failure it is moved to retry in 5 s). */
  private loadedAt = 0;
  /** When the copy in use was loaded: its age, however the retries after failures go. */
  private copiedAt = 0;
  private loading: Promise<void> | undefined;
  /** The last refresh error while an older copy kept serving (for /health and the logs). */
  lastError: Error | undefined;

  constructor(private readonly source: DirectorySource) {}

  private async refresh(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const [units, regions] = await Promise.all([this.source.units(), this.source.regions()]);
        const previous = this.units;
        this.units = new Map(units.map((u) => [u.id, u]));
        this.notify(this.units, previous);
        this.regionMap = new Map(regions.map((r) => [r.code, r]));
        this.loadedAt = Date.now();
        this.copiedAt = this.loadedAt;
        this.lastError = undefined;
      } catch (error) {
        // Keep serving the last good copy; without one there is nothing to answer with.
        if (!this.loadedAt) throw error;
        this.lastError = error as Error;
        // Try again after a short pause rather than on every request.
        this.loadedAt = Date.now() - TTL_MS + 5_000;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** Calls `listener` after every reload from now on (one at a time, in order, off the request that
   * caused the reload; a listener that throws is logged and does not stop the directory). */
  onRefresh(listener: DirectoryListener): void {
    this.listeners.push(listener);
  }

  private notify(
    units: ReadonlyMap<string, DirectoryUnit>,
    previous: ReadonlyMap<string, DirectoryUnit>,
  ) {
    if (!this.listeners.length) return;
    this.notified = this.notified.then(async () => {
      for (const listener of this.listeners) {
        try {
          await listener(units, previous);
        } catch (error) {
          this.lastListenerError = error as Error;
          log('unit-directory').error({ err: error }, 'a listener of the unit directory failed');
        }
      }
    });
  }

  /** The last error a listener threw (for /health and the logs). */
  lastListenerError: Error | undefined;

  /** Reloads now and resolves once every listener has seen the new copy (development and tests:
   * POST /debug/directory/refresh; the benchmark after loading units straight into the database). */
  async refreshNow(): Promise<void> {
    await this.loading; // a load that began before the change would bring the old copy
    this.invalidate();
    await this.all();
    await this.notified;
  }

  /** Forget the cache (the organisations subgraph calls it after changing a unit). */
  invalidate(): void {
    if (this.loadedAt) this.loadedAt = 1;
  }

  /** Re-reads these units now (they changed); a unit that is gone leaves the copy. The listeners
   * see the new copy as after a reload. On failure the whole copy is forgotten instead, so nothing
   * stale outlives the next use. */
  async refreshUnits(ids: readonly string[]): Promise<void> {
    if (!this.copiedAt || !ids.length) return;
    try {
      const fresh = new Map((await this.source.units(ids)).map((u) => [u.id, u]));
      const previous = this.units;
      const next = new Map(previous);
      for (const id of ids) {
        const unit = fresh.get(id);
        if (unit) next.set(id, unit);
        else next.delete(id);
      }
      this.units = next;
      this.notify(this.units, previous);
    } catch (error) {
      log('unit-directory').warn({ err: error }, 'changed units not re-read: directory reloads');
      this.invalidate();
    }
  }

  /** Milliseconds since the copy in use was loaded (null before the first load). */
  ageMs(): number | null {
    return this.copiedAt ? Date.now() - this.copiedAt : null;
  }

  /**
   * Waits for a copy only when there is none yet or it was invalidated (the organisations
   * subgraph, after changing a unit, must see the change at once). A copy that is merely older
   * than the TTL keeps serving while the reload runs behind it: with a province's 50,000 units a
   * reload takes a second or two, and no request should wait for it.
   */
  private async current(): Promise<void> {
    if (this.loadedAt <= 1) await this.refresh();
    else if (Date.now() - this.loadedAt > TTL_MS) void this.refresh().catch(() => undefined);
  }

  /** All units, reloaded when older than the TTL. */
  async all(): Promise<Map<string, DirectoryUnit>> {
    await this.current();
    return this.units;
  }

  async regions(): Promise<Map<string, DirectoryRegion>> {
    await this.current();
    return this.regionMap;
  }

  /** Units by id. Ids not in the cache (units registered since the last load) are asked for
   * individually, so unknown ids never cause a full reload. */
  async get(ids: readonly string[]): Promise<Map<string, DirectoryUnit>> {
    const units = await this.all();
    const missing = [...new Set(ids.filter((id) => !units.has(id) && isUuid(id)))];
    if (missing.length)
      for (const unit of await this.source.units(missing)) units.set(unit.id, unit);
    return new Map(ids.filter((id) => units.has(id)).map((id) => [id, units.get(id)!]));
  }

  /** Units by 统一社会信用代码 (a spreadsheet names enterprises by code, not id). When a code is not
   * in the cache, the directory is reloaded once: the enterprise may have been registered just now. */
  async byCreditCode(codes: readonly string[]): Promise<Map<string, DirectoryUnit>> {
    const index = (units: Map<string, DirectoryUnit>) =>
      new Map(
        [...units.values()].filter((u) => u.creditCode).map((u) => [u.creditCode!, u] as const),
      );
    let byCode = index(await this.all());
    if (codes.some((code) => !byCode.has(code))) {
      this.invalidate();
      byCode = index(await this.all());
    }
    return byCode;
  }
}

/** What changed: these units, or (regions, or too many units to name) everything. */
export interface DirectoryChange {
  units?: string[];
  all?: boolean;
}

export const DIRECTORY_CHANNEL = 'hub_unit_directory';

let signals: Signals | undefined;

/** Applies a change to this process's copy. */
async function apply(change: DirectoryChange): Promise<void> {
  const directory = unitDirectory();
  if (change.all || !change.units) directory.invalidate();
  else await directory.refreshUnits(change.units);
}

/**
 * Called by the organisations subgraph after a committed change of units or regions: this
 * process's copy first (before the mutation answers, so the caller reads its own write), then
 * every other process's, through the signals database when there is one.
 */
export async function directoryChanged(change: DirectoryChange): Promise<void> {
  const payload: DirectoryChange =
    change.units && JSON.stringify(change.units).length < MAX_SIGNAL_BYTES - 200
      ? { units: [...new Set(change.units)] }
      : { all: true };
  await apply(payload);
  await signals?.notify(DIRECTORY_CHANNEL, payload);
}

/** Every process listens for changes announced by the others (start-subgraph.ts). */
export async function listenForDirectoryChanges(connection: Signals): Promise<void> {
  signals = connection;
  await connection.listen<DirectoryChange>(DIRECTORY_CHANNEL, {
    onSignal: (signal) => {
      if (signal.from === PROCESS_ID) return; // applied already, before it was sent
      void apply(signal.payload);
    },
    onReconnect: () => unitDirectory().invalidate(),
  });
}

/** The directory through the organisations subgraph's contracts. */
export function contractDirectorySource(): DirectorySource {
  return {
    units: (ids) => callContract(null, UNIT_DIRECTORY, { ids: ids ? [...ids] : [] }),
    regions: () => callContract(null, REGION_DIRECTORY, {}),
  };
}

let shared: UnitDirectory | undefined;

/** The organisations subgraph serves its own directory from its database. */
export function useLocalDirectorySource(source: DirectorySource): void {
  shared = new UnitDirectory(source);
}

/** The process's directory: the local source if one was set, else the organisations contracts. */
export function unitDirectory(): UnitDirectory {
  shared ??= new UnitDirectory(contractDirectorySource());
  return shared;
}
