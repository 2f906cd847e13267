// Drafting a year's disclosures from the ledger and moving them to publication.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  assertMove,
  changeEntity,
  ForbiddenError,
  hasRole,
  OutOfReachError,
  Problems,
  PUBLISHING_KINDS,
  type SubgraphContext,
  todayInChina,
  unitDirectory,
  unitsInRegion,
  Writes,
  WritesSelected,
} from '@arrears-hub/subgraph-kit';
import { unitsInReach } from '../reach.js';
import { isLate } from '../rules/disclosure-year.js';
import { draftDisclosures } from './draft-disclosures.js';
import { Disclosure } from './disclosure.entity.js';
import { DISCLOSURE_TRANSITIONS, DisclosureStatus } from './disclosure.enums.js';
import { disclosureRequestProblems } from './disclosure.validation.js';
import { supervisionMessages as msg } from '../messages.js';

/** Rendered in the language of the request that meets it. */
const label = () => msg.disclosure();

@Resolver(() => Disclosure)
export class DisclosureMutations {
  // No argument names the units: they are the region's publishing units the viewer may act for
  // (asked of the Disclosure declaration, reach.ts), and a region holding none of them is
  // refused before anything else, as a record out of reach is. createEntities and changeEntity
  // check each draft again, and the arrears subgraph answers figures only for the person's units.
  @Authorized('LEADING_GROUP', 'BUREAU')
  @WritesSelected(Disclosure, 'the region’s publishing units the viewer may act for')
  @Mutation(() => [Disclosure], {
    description:
      'Drafts the disclosures of a year from the ledger (arrears subgraph) for the units of a region that must publish.',
  })
  async generateDisclosures(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => ID) regionCode: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disclosure[]> {
    const units = unitsInRegion(await unitDirectory().all(), regionCode).filter((u) =>
      PUBLISHING_KINDS.has(u.kind),
    );
    const reach = await unitsInReach(
      ctx,
      Disclosure,
      'unitId',
      units.map((u) => u.id),
    );
    if (!reach.unrestricted && !reach.unitIds.length) throw new OutOfReachError();
    const thisYear = Number(todayInChina().slice(0, 4));
    new Problems()
      .merge(
        disclosureRequestProblems({ year, regionCode, publishingUnits: units.length }, thisYear),
      )
      .throwIfAny('');
    const drafted = await draftDisclosures(ctx, year, reach.unitIds, units);
    if (!drafted) throw new OutOfReachError();
    return drafted;
  }

  @Authorized('LEADING_GROUP', 'INSPECTOR')
  @Writes(Disclosure, 'disclosureId')
  @Mutation(() => Disclosure, {
    description:
      'Moves a disclosure: DRAFT → REVIEWED → PUBLISHED (or back to DRAFT to regenerate).',
  })
  moveDisclosure(
    @Arg('disclosureId', () => ID) disclosureId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => DisclosureStatus) status: DisclosureStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disclosure> {
    if (status === DisclosureStatus.PUBLISHED && !hasRole(ctx, 'LEADING_GROUP'))
      throw new ForbiddenError(msg.onlyLeadingGroupPublishesDisclosures());
    return changeEntity(
      ctx,
      Disclosure,
      {
        id: disclosureId,
        expectedVersion,
        action: `MOVE_${status}`,
        field: 'disclosureId',
        label: label(),
      },
      (d) => {
        assertMove(
          DISCLOSURE_TRANSITIONS,
          d.status,
          status,
          msg.moveDisclosureTo({ status }).text(),
          msg.disclosure().text(),
        );
        if (status === DisclosureStatus.PUBLISHED) {
          d.publishedOn = todayInChina();
          d.late = isLate(d.year, d.publishedOn);
        }
        d.status = status;
        return d;
      },
    );
  }
}
