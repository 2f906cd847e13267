// PARTY_MATCHES: parties named by credit code or name resolved to units of the registry, for the
// subgraphs that take names as clerks and enterprises write them (complaints today; the ledger's
// registration and imports can use the same lookup). The rule is rules/party-names.ts; the
// registry is read in two statements whatever the number of parties (its units with their names,
// short names, aliases and credit codes, and its regions). Registry facts are public to every
// signed-in viewer, so the contract is the service's own.
import type { EntityManager } from '@mikro-orm/postgresql';
import { PARTY_MATCHES, servePostContract, type PartyMatch } from '@arrears-hub/subgraph-kit';
import {
  resolveParty,
  type PartyName,
  type RegistryRegion,
  type RegistryUnit,
} from '../rules/party-names.js';
import { directoryRegions } from './unit-directory.contract.js';

async function registryUnits(em: EntityManager): Promise<RegistryUnit[]> {
  return em.execute<RegistryUnit[]>(
    `select o.id, o.name, o.short_name as "shortName", o.aliases, o.credit_code as "creditCode",
            r.path as "regionPath"
       from organisation o join region r on r.code = o.region_code
      where o.status <> 'DISSOLVED'
      order by o.id`,
  );
}

/** Resolves each party, in order (rules/party-names.ts). */
export async function matchParties(
  em: EntityManager,
  parties: readonly PartyName[],
): Promise<PartyMatch[]> {
  if (!parties.length) return [];
  const units = await registryUnits(em);
  const regions = await directoryRegions(em);
  const known: RegistryRegion[] = regions.map((r) => ({
    code: r.code,
    name: r.name,
    path: r.path,
  }));
  return parties.map((party) => resolveParty(party, units, known));
}

export const partyMatchesContract = servePostContract(PARTY_MATCHES, async ({ parties }, ctx) =>
  matchParties(ctx.em, parties),
);
