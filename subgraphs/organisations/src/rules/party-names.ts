// How a party named by a clerk or an enterprise is found in the registry (docs/domain/registry.md,
// "Names as written"): the 统一社会信用代码 exactly; else the unit's full name exactly; else its
// short name or one of its aliases (教体局 for 教育体育局), also when the name starts with the
// name of the unit's region (达拉特旗教体局: 达拉特旗 + 教体局, where an alias may carry the
// region's level word, 旗教体局). Names are compared after NFKC (full-width letters and digits,
// brackets) and without white space. One fit is a match; several are candidates for the clerk.

export interface RegistryUnit {
  id: string;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
  creditCode: string | null;
  /** "/150000/150600/150621/". */
  regionPath: string;
}

export interface RegistryRegion {
  code: string;
  name: string;
  path: string;
}

export interface PartyName {
  name: string | null;
  creditCode: string | null;
  regionCode: string | null;
}

export type MatchedBy = 'CREDIT_CODE' | 'NAME' | 'ALIAS';

export interface PartyResolution {
  unitId: string | null;
  matchedBy: MatchedBy | null;
  candidateIds: string[];
}

export const MAX_CANDIDATES = 10;

/** A name as the hub compares it: NFKC, no white space, Chinese brackets as ASCII ones. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（【〔［]/g, '(')
    .replace(/[）】〕］]/g, ')');
}

/** The forms a party's name may match a unit by: the name itself anywhere, and after a region's
 * name the rest (with and without the region's level word) within that region. */
export function nameForms(
  name: string,
  regions: readonly RegistryRegion[],
): { form: string; regionPath: string | null }[] {
  const full = normaliseName(name);
  const forms: { form: string; regionPath: string | null }[] = [{ form: full, regionPath: null }];
  for (const region of regions) {
    const prefix = normaliseName(region.name);
    if (prefix.length < 2 || !full.startsWith(prefix) || full.length === prefix.length) continue;
    const rest = full.slice(prefix.length);
    forms.push({ form: rest, regionPath: region.path });
    forms.push({ form: prefix.slice(-1) + rest, regionPath: region.path });
  }
  return forms;
}

/** Every normalised form in which the registry knows a unit by something other than its name. */
export function aliasesOf(unit: RegistryUnit): Set<string> {
  return new Set(
    [unit.shortName, ...unit.aliases].filter((a): a is string => !!a).map(normaliseName),
  );
}

function within(unit: RegistryUnit, regionCode: string | null, regions: Map<string, string>) {
  if (!regionCode) return true;
  const path = regions.get(regionCode);
  return path ? unit.regionPath.startsWith(path) : true;
}

/** Several units fit: those of the party's region subtree, when that leaves any. */
function narrow(
  units: readonly RegistryUnit[],
  regionCode: string | null,
  regions: Map<string, string>,
): RegistryUnit[] {
  const inRegion = units.filter((u) => within(u, regionCode, regions));
  return inRegion.length ? inRegion : [...units];
}

const settle = (units: readonly RegistryUnit[], how: MatchedBy): PartyResolution | null => {
  if (!units.length) return null;
  if (units.length === 1) return { unitId: units[0]!.id, matchedBy: how, candidateIds: [] };
  return {
    unitId: null,
    matchedBy: null,
    candidateIds: units.slice(0, MAX_CANDIDATES).map((u) => u.id),
  };
};

/** Resolves one party against `units` (the registry, or the part of it any form could match). */
export function resolveParty(
  party: PartyName,
  units: readonly RegistryUnit[],
  allRegions: readonly RegistryRegion[],
): PartyResolution {
  const regionPaths = new Map(allRegions.map((r) => [r.code, r.path]));
  if (party.creditCode) {
    const byCode = units.filter((u) => u.creditCode === party.creditCode);
    if (byCode.length === 1)
      return { unitId: byCode[0]!.id, matchedBy: 'CREDIT_CODE', candidateIds: [] };
  }
  const none: PartyResolution = { unitId: null, matchedBy: null, candidateIds: [] };
  if (!party.name) return none;
  const forms = nameForms(party.name, allRegions);
  const full = forms[0]!.form;
  // Named within a region (the clue's): 教体局 written in 达拉特旗 may be the 旗教体局 of it or of a
  // region above it.
  const own = party.regionCode ? regionPaths.get(party.regionCode) : undefined;
  if (own)
    for (const region of allRegions)
      if (own.startsWith(region.path))
        forms.push({ form: normaliseName(region.name).slice(-1) + full, regionPath: region.path });
  const byName = units.filter((u) => normaliseName(u.name) === full);
  const named = settle(narrow(byName, party.regionCode, regionPaths), 'NAME');
  if (named) return named;
  const byAlias = units.filter((u) => {
    const known = aliasesOf(u);
    return forms.some(
      (f) =>
        (f.regionPath === null || u.regionPath.startsWith(f.regionPath)) &&
        (known.has(f.form) || (f.regionPath !== null && normaliseName(u.name) === f.form)),
    );
  });
  return settle(narrow(byAlias, party.regionCode, regionPaths), 'ALIAS') ?? none;
}
