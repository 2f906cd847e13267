// Every subgraph needs a few facts about units it does not own: does this id exist, what kind of
// unit is it (the payment term depends on it), where is it (jurisdiction), who supervises it. The
// organisations subgraph serves them at GET /internal/units (signed like any gateway call); this
// directory fetches and caches them. It is a read-only copy through the owner's API, never a read
// of the owner's tables.
import { isUuid } from './ids.js';
import { signedGet, subgraphUrl } from './internal-call.js';

export interface DirectoryUnit {
  id: string;
  name: string;
  kind: string;
  status: string;
  regionCode: string;
  /** "/150000/150600/150621/": a region subtree is a prefix. */
  regionPath: string;
  parentId: string | null;
  supervisorId: string | null;
  sizeClass: string | null;
  creditCode: string | null;
}

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

/** Fresh enough for existence checks and jurisdiction; a unit registered a moment ago is fetched on demand. */
const TTL_MS = 30_000;

export class UnitDirectory {
  private units = new Map<string, DirectoryUnit>();
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(private readonly fetchUnits: UnitSource) {}

  private async refresh(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const units = await this.fetchUnits();
        this.units = new Map(units.map((u) => [u.id, u]));
        this.loadedAt = Date.now();
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** Forget the cache (the organisations subgraph calls it after changing a unit). */
  invalidate(): void {
    this.loadedAt = 0;
  }

  /** All units, refreshed when older than the TTL. */
  async all(): Promise<Map<string, DirectoryUnit>> {
    if (Date.now() - this.loadedAt > TTL_MS) await this.refresh();
    return this.units;
  }

  /** Units by id. Ids not in the cache (units registered since the last load) are asked for
   * individually, so unknown ids never cause a full reload. */
  async get(ids: readonly string[]): Promise<Map<string, DirectoryUnit>> {
    const units = await this.all();
    const missing = [...new Set(ids.filter((id) => !units.has(id) && isUuid(id)))];
    if (missing.length)
      for (const unit of await this.fetchUnits(missing.slice(0, 500))) units.set(unit.id, unit);
    return new Map(ids.filter((id) => units.has(id)).map((id) => [id, units.get(id)!]));
  }

  /** Units by 统一社会信用代码 (a spreadsheet names enterprises by code, not id). When a code is not
   * in the cache, the directory is reloaded once: the enterprise may have been registered just now. */
  async byCreditCode(codes: readonly string[]): Promise<Map<string, DirectoryUnit>> {
    const index = (units: Map<string, DirectoryUnit>) =>
      new Map([...units.values()].filter((u) => u.creditCode).map((u) => [u.creditCode!, u]));
    let byCode = index(await this.all());
    if (codes.some((code) => !byCode.has(code))) {
      this.invalidate();
      byCode = index(await this.all());
    }
    return byCode;
  }
}

/** Where the directory's facts come from: the organisations subgraph over HTTP, or (in the
 * organisations subgraph itself) its own database. */
export type UnitSource = (ids?: readonly string[]) => Promise<DirectoryUnit[]>;

export function httpUnitSource(organisationsUrl: string): UnitSource {
  return (ids) => {
    const url = new URL('/internal/units', organisationsUrl);
    if (ids) url.searchParams.set('ids', ids.join(','));
    return signedGet<DirectoryUnit[]>(url);
  };
}

let shared: UnitDirectory | undefined;

/** The organisations subgraph serves its own directory from its database. */
export function useLocalUnitSource(source: UnitSource): void {
  shared = new UnitDirectory(source);
}

/** The process's directory: the local source if one was set, else SUBGRAPH_URL_ORGANISATIONS. */
export function unitDirectory(): UnitDirectory {
  shared ??= new UnitDirectory(httpUnitSource(subgraphUrl('organisations')));
  return shared;
}
