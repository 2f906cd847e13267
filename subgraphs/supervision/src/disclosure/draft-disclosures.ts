// Drafting a year's disclosures from the ledger (the arrears subgraph's disclosureFigures, for the
// person or job asking): new drafts for units that have none, drafts already there regenerated
// from today's ledger, reviewed or published ones frozen. Used by generateDisclosures and by the
// disclosure-calendar job in January.
import {
  callContract,
  changeEntity,
  createEntities,
  DISCLOSURE_FIGURES,
  type DirectoryUnit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Disclosure } from './disclosure.entity.js';
import { DisclosureStatus } from './disclosure.enums.js';
import { supervisionMessages as msg } from '../messages.js';

/** Rendered in the language of the request that meets it. */
const label = () => msg.disclosure();

/** The drafts of `year` for `unitIds` (named from `units`); null when the ledger answered for
 * none of them (all out of the person's reach). */
export async function draftDisclosures(
  ctx: SubgraphContext,
  year: number,
  unitIds: string[],
  units: readonly Pick<DirectoryUnit, 'id' | 'name'>[],
): Promise<Disclosure[] | null> {
  const figures = await callContract(ctx, DISCLOSURE_FIGURES, { units: unitIds, year });
  if (!figures.length) return null;
  const names = new Map(units.map((u) => [u.id, u.name]));
  const existing = new Map(
    (await ctx.em.find(Disclosure, { year, unitId: { $in: figures.map((f) => f.unitId) } })).map(
      (d) => [d.unitId, d],
    ),
  );

  const created = await createEntities(
    ctx,
    Disclosure,
    figures
      .filter((f) => !existing.has(f.unitId))
      .map((f) => ({
        unitId: f.unitId,
        unitName: names.get(f.unitId) ?? f.unitId,
        year,
        overdueContracts: f.overdueContracts,
        overdueAmount: f.overdueAmount,
        status: DisclosureStatus.DRAFT,
      })),
    {
      action: 'GENERATE',
      conflicts: { unique: { default: msg.disclosuresBeingDrafted({ year }) } },
    },
  );
  const byUnit = new Map(created.map((d) => [d.unitId, d]));

  // Drafts already there are regenerated from today's ledger; reviewed or published ones are
  // frozen.
  for (const f of figures) {
    const current = existing.get(f.unitId);
    if (!current || current.status !== DisclosureStatus.DRAFT) continue;
    const unitName = names.get(f.unitId) ?? current.unitName;
    const unchanged =
      current.unitName === unitName &&
      current.overdueContracts === f.overdueContracts &&
      current.overdueAmount === f.overdueAmount;
    if (unchanged) {
      byUnit.set(f.unitId, current);
      continue;
    }
    const regenerated = await changeEntity(
      ctx,
      Disclosure,
      { id: current.id, action: 'GENERATE', label: label() },
      (d) => {
        if (d.status !== DisclosureStatus.DRAFT) return null;
        d.unitName = unitName;
        d.overdueContracts = f.overdueContracts;
        d.overdueAmount = f.overdueAmount;
        return d;
      },
    );
    if (regenerated) byUnit.set(f.unitId, regenerated);
  }
  return figures.flatMap((f) => byUnit.get(f.unitId) ?? []);
}
