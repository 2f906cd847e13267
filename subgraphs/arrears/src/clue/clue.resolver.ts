import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  paginate,
  SortDirection,
  todayInChina,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { Clue } from '../entities/clue.entity.js';
import { ClueClockStage, ClueStatus } from '../entities/enums.js';
import { OrganisationRef } from '../external/organisation.js';
import { arrearById, clueById } from '../loaders.js';
import { ClueClock, clueClock } from './clue-clock.js';
import { canSeeArrear, canSeeClue, clueScope, jurisdictionOf } from '../scope.js';
import { ClueConnection, ClueFilter } from './clue.inputs.js';

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
  async clue(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Clue | null> {
    const clue = await clueById.load(ctx, id);
    return clue && canSeeClue(await jurisdictionOf(ctx), clue) ? clue : null;
  }

  @Authorized()
  @Query(() => ClueConnection, {
    description:
      'Clues and complaints, newest first; `filter.overdueStage` finds those past their clock.',
  })
  async clues(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ClueFilter, { nullable: true }) filter: ClueFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Clue>> {
    const where = {
      $and: [clueWhere(filter), clueScope(await jurisdictionOf(ctx))],
    } as FilterQuery<Clue>;
    return paginate(ctx.em, Clue, where, {
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
  complainant(@Root() clue: Clue): OrganisationRef | null {
    return clue.complainantId ? { id: clue.complainantId } : null;
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
  async arrear(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<Arrear | null> {
    const arrear = clue.arrearId ? await arrearById.load(ctx, clue.arrearId) : null;
    return arrear && canSeeArrear(await jurisdictionOf(ctx), arrear) ? arrear : null;
  }

  @FieldResolver(() => Clue, {
    nullable: true,
    description: 'An earlier open clue about the same debt, found at intake.',
  })
  async duplicateOf(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<Clue | null> {
    const earlier = clue.duplicateOfId ? await clueById.load(ctx, clue.duplicateOfId) : null;
    return earlier && canSeeClue(await jurisdictionOf(ctx), earlier) ? earlier : null;
  }

  // Personal contact details (2025 art. 25¶5: keep personal information confidential): for the
  // people who handle or oversee complaints, not for every reader.
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @FieldResolver(() => String, { nullable: true })
  contactName(@Root() clue: Clue): string | null {
    return clue.contactName ?? null;
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @FieldResolver(() => String, { nullable: true })
  contactPhone(@Root() clue: Clue): string | null {
    return clue.contactPhone ?? null;
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @FieldResolver(() => String, { nullable: true })
  contactAddress(@Root() clue: Clue): string | null {
    return clue.contactAddress ?? null;
  }
}
