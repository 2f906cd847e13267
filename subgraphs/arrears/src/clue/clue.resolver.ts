import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  mayReadField,
  PageArgs,
  paginate,
  SortDirection,
  todayInChina,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { arrearById } from '../ledger/arrear.loaders.js';
import { Clue, ClueOwnership, COMPLAINANT_PRIVACY } from './clue.entity.js';
import { ClueClockStage, ClueStatus } from './clue.enums.js';
import { ClueConnection, ClueFilter } from './clue.inputs.js';
import { clueById } from './clue.loaders.js';
import { ClueClock, clueClock } from './clue-clock.js';

/** What the complainant's name reads as for a viewer COMPLAINANT_PRIVACY leaves out: the field is
 * non-null in the schema, so it is masked rather than nulled as the other confidential fields are. */
export const CONFIDENTIAL_NAME = '（投诉人信息保密）';

/** Whether the viewer may know who complained: the same rule as the confidential fields. */
function mayKnowComplainant(ctx: SubgraphContext, clue: Clue): Promise<boolean> {
  return mayReadField(
    ctx,
    ClueOwnership,
    COMPLAINANT_PRIVACY,
    clue as unknown as Record<string, unknown>,
  );
}

export function clueWhere(filter: ClueFilter | null): FilterQuery<Clue> {
  if (!filter) return {};
  const and: FilterQuery<Clue>[] = [];
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.channels?.length) and.push({ channel: { $in: filter.channels } });
  if (filter.handlingUnitIds)
    and.push({
      handlingUnitId: { $in: uuidList(filter.handlingUnitIds, 'filter.handlingUnitIds') },
    });
  if (filter.respondentIds)
    and.push({ respondentId: { $in: uuidList(filter.respondentIds, 'filter.respondentIds') } });
  if (filter.receivedFrom) and.push({ receivedOn: { $gte: filter.receivedFrom } });
  if (filter.receivedTo) and.push({ receivedOn: { $lte: filter.receivedTo } });
  const asOf = filter.asOf ?? todayInChina();
  if (filter.overdueStage === ClueClockStage.REVIEW) {
    and.push({
      status: { $in: [ClueStatus.RECEIVED, ClueStatus.ACCEPTED] },
      reviewDueOn: { $lt: asOf },
    });
  } else if (filter.overdueStage === ClueClockStage.HANDLING) {
    and.push({
      status: { $in: [ClueStatus.ASSIGNED, ClueStatus.VERIFIED] },
      handlingDueOn: { $lt: asOf },
    });
  }
  return and.length ? { $and: and } : {};
}

@Resolver(() => Clue)
export class ClueResolver {
  @Authorized()
  @Query(() => Clue, { nullable: true })
  clue(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Clue | null> {
    return clueById.load(ctx, id);
  }

  @Authorized()
  @Query(() => ClueConnection, {
    description:
      'Clues and complaints, newest first; `filter.overdueStage` finds those past their clock.',
  })
  clues(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ClueFilter, { nullable: true }) filter: ClueFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Clue>> {
    return paginate(ctx.em, Clue, clueWhere(filter), {
      first: page.first,
      after: page.after,
      sortField: 'receivedOn',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => ClueClock, {
    nullable: true,
    description: 'The deadline running now, judged today (China time).',
  })
  clock(@Root() clue: Clue): ClueClock | null {
    return clueClock(clue);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The complainant, when registered as a unit.',
  })
  async complainant(
    @Root() clue: Clue,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrganisationRef | null> {
    return clue.complainantId && (await mayKnowComplainant(ctx, clue))
      ? { id: clue.complainantId }
      : null;
  }

  @FieldResolver(() => String, {
    description: `The complainant’s name as written; “${CONFIDENTIAL_NAME}” for viewers the confidentiality rule leaves out (see contactPhone).`,
  })
  async complainantName(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<string> {
    return (await mayKnowComplainant(ctx, clue)) ? clue.complainantName : CONFIDENTIAL_NAME;
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The respondent, when registered as a unit.',
  })
  respondent(@Root() clue: Clue): OrganisationRef | null {
    return clue.respondentId ? { id: clue.respondentId } : null;
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The unit handling it (谁主管谁负责).',
  })
  handlingUnit(@Root() clue: Clue): OrganisationRef | null {
    return clue.handlingUnitId ? { id: clue.handlingUnitId } : null;
  }

  @FieldResolver(() => Arrear, {
    nullable: true,
    description: 'The ledger line it became or matched.',
  })
  arrear(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<Arrear | null> {
    return clue.arrearId ? arrearById.load(ctx, clue.arrearId) : Promise.resolve(null);
  }

  @FieldResolver(() => Clue, {
    nullable: true,
    description: 'An earlier open clue about the same debt, found at intake.',
  })
  duplicateOf(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<Clue | null> {
    return clue.duplicateOfId ? clueById.load(ctx, clue.duplicateOfId) : Promise.resolve(null);
  }

  // Personal contact details (2025 art. 25¶5: keep personal information confidential): the field
  // rules of Clue's ownership declaration (COMPLAINANT_PRIVACY) answer null to everyone else,
  // whichever path brought the clue.
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Confidential: the handling unit, the filing office, the complainant, the leading group and inspectors only.',
  })
  contactName(@Root() clue: Clue): string | null {
    return clue.contactName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Confidential: see contactName.' })
  contactPhone(@Root() clue: Clue): string | null {
    return clue.contactPhone ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Confidential: see contactName.' })
  contactAddress(@Root() clue: Clue): string | null {
    return clue.contactAddress ?? null;
  }
}
