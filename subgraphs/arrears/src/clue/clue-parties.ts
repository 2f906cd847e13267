// The parties of a complaint as the registry knows them: a respondent or complainant given by id is
// checked; one given by name or 统一社会信用代码 is looked up through the organisations subgraph's
// PARTY_MATCHES contract (credit code exact; name exact or by the unit's short name and aliases).
// What is not matched stays listed for the intake office (clues(filter: { unlinkedParties: true })),
// which links it with linkClueParties or registers the unit. One call per filing, whatever it names.
import {
  PARTY_MATCHES,
  postContract,
  unitDirectory,
  type DirectoryUnit,
  type PartyQuery,
} from '@arrears-hub/subgraph-kit';
import { PartyMatchedBy } from './clue.enums.js';

export interface NamedParty {
  id?: string | null;
  name: string | null;
  creditCode?: string | null;
}

export interface ResolvedParty {
  unitId: string | null;
  matchedBy: PartyMatchedBy | null;
  candidateIds: string[];
  unit: DirectoryUnit | null;
}

/**
 * Resolves each party (in order). `regionCode`: where the names are looked for first (the region
 * given at intake, or the filing viewer's). Parties given by id are only looked up in the directory.
 */
export async function resolveParties(
  parties: readonly NamedParty[],
  regionCode: string | null,
): Promise<ResolvedParty[]> {
  const byName = parties
    .map((party, index) => ({ party, index }))
    .filter(({ party }) => !party.id && (party.name || party.creditCode));
  const queries: PartyQuery[] = byName.map(({ party }) => ({
    name: party.name,
    creditCode: party.creditCode ?? null,
    regionCode,
  }));
  const matches = queries.length
    ? await postContract(null, PARTY_MATCHES, { parties: queries })
    : [];
  const found = new Map(byName.map(({ index }, i) => [index, matches[i]!]));
  const ids = [...parties.map((p) => p.id), ...matches.map((m) => m.unitId)].filter(
    (id): id is string => !!id,
  );
  const units = ids.length ? await unitDirectory().get([...new Set(ids)]) : new Map();
  return parties.map((party, index) => {
    if (party.id) {
      const unit = units.get(party.id) ?? null;
      return {
        unitId: unit ? party.id : null,
        matchedBy: unit ? PartyMatchedBy.ID : null,
        candidateIds: [],
        unit,
      };
    }
    const match = found.get(index);
    if (!match) return { unitId: null, matchedBy: null, candidateIds: [], unit: null };
    return {
      unitId: match.unitId,
      matchedBy: match.matchedBy ? PartyMatchedBy[match.matchedBy] : null,
      candidateIds: match.candidateIds,
      unit: match.unitId ? (units.get(match.unitId) ?? null) : null,
    };
  });
}
