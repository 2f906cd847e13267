import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  mayReadField,
  recordHistory,
  unitDirectory,
  UserInputError,
  PageArgs,
  paginate,
  SortDirection,
  todayInChina,
  unitInRegionWhere,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { arrearById } from '../ledger/arrear.loaders.js';
import { Clue, ClueOwnership, COMPLAINANT_PRIVACY } from './clue.entity.js';
import { ClueClockStage, ClueStatus, PartyMatchedBy } from './clue.enums.js';
import { ClueEvidence } from './clue-evidence.entity.js';
import { isRespondentStaff } from './clue-guards.js';
import { ClueInfoRequest } from './clue-info-request.entity.js';
import { ClueConnection, ClueFilter } from './clue.inputs.js';
import { clueById, evidenceOfClue, infoRequestsOfClue } from './clue.loaders.js';
import { ClueClock, clueClock, ClueClockLine, clueClocks } from './clue-clock.js';
import { arrearsMessages as msg } from '../messages.js';

/** What the complainant's name reads as for a viewer COMPLAINANT_PRIVACY leaves out: the field is
 * non-null in the schema, so it is masked rather than nulled as the other confidential fields are. */
export const CONFIDENTIAL_NAME = msg.confidentialName;

/** Whether the viewer may know who complained: the same rule as the confidential fields (never
 * the respondent's own staff, whatever other relation they hold). */
async function mayKnowComplainant(ctx: SubgraphContext, clue: Clue): Promise<boolean> {
  return mayReadField(
    ctx,
    ClueOwnership,
    COMPLAINANT_PRIVACY,
    clue as unknown as Record<string, unknown>,
  );
}

/** The region codes of the subtrees of `codes` (the region directory). */
async function regionsUnder(codes: readonly string[]): Promise<string[]> {
  const regions = [...(await unitDirectory().regions()).values()];
  return regions
    .filter((r) => codes.some((code) => r.path.includes(`/${code}/`)))
    .map((r) => r.code);
}

export async function clueWhere(filter: ClueFilter | null): Promise<FilterQuery<Clue>> {
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
  if (filter.filedByUnitIds)
    and.push({ filedByUnitId: { $in: uuidList(filter.filedByUnitIds, 'filter.filedByUnitIds') } });
  if (filter.regionCodes) {
    if (filter.regionCodes.length > 100)
      throw new UserInputError(msg.tooManyRegions(), 'filter.regionCodes');
    and.push({ regionCode: { $in: await regionsUnder(filter.regionCodes) } });
  }
  if (filter.respondentRegionCode !== null && filter.respondentRegionCode !== undefined)
    and.push(
      await unitInRegionWhere(
        'respondent_id',
        filter.respondentRegionCode,
        'filter.respondentRegionCode',
      ),
    );
  if (filter.unlinkedParties === true)
    and.push({ $or: [{ respondentId: null }, { complainantId: null }] });
  else if (filter.unlinkedParties === false)
    and.push({ respondentId: { $ne: null }, complainantId: { $ne: null } });
  if (filter.receivedFrom) and.push({ receivedOn: { $gte: filter.receivedFrom } });
  if (filter.receivedTo) and.push({ receivedOn: { $lte: filter.receivedTo } });
  const asOf = filter.asOf ?? todayInChina();
  if (filter.overdueStage === ClueClockStage.REVIEW) {
    and.push({ status: ClueStatus.RECEIVED, reviewDueOn: { $lt: asOf } });
  } else if (filter.overdueStage === ClueClockStage.TRANSFER) {
    // Clues accepted before the transfer clock was kept run on the review day.
    and.push({
      status: ClueStatus.ACCEPTED,
      $or: [{ transferDueOn: { $lt: asOf } }, { transferDueOn: null, reviewDueOn: { $lt: asOf } }],
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
  async clues(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ClueFilter, { nullable: true }) filter: ClueFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Clue>> {
    return paginate(ctx.em, Clue, await clueWhere(filter), {
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

  @FieldResolver(() => [ClueClockLine], {
    description:
      'Every clock of the clue (review, transfer, handling), each with its due day, when it stopped and whether it was or is overdue.',
  })
  clocks(@Root() clue: Clue): ClueClockLine[] {
    return clueClocks(clue);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The unit that receives complaints in the clue’s region (its intake office).',
  })
  intakeOffice(@Root() clue: Clue): OrganisationRef | null {
    return clue.intakeOfficeId ? { id: clue.intakeOfficeId } : null;
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The unit whose clerk filed it (e.g. the 政数局 for a 12345 work order).',
  })
  filedByUnit(@Root() clue: Clue): OrganisationRef | null {
    return clue.filedByUnitId ? { id: clue.filedByUnitId } : null;
  }

  @FieldResolver(() => [OrganisationRef], {
    description:
      'Units the respondent’s name fits when it fits several (the intake office links one with linkClueParties).',
  })
  respondentCandidates(@Root() clue: Clue): OrganisationRef[] {
    return clue.respondentId ? [] : clue.respondentCandidateIds.map((id) => ({ id }));
  }

  @FieldResolver(() => PartyMatchedBy, {
    nullable: true,
    description: 'How the complainant was matched to the registry (confidential: see contactName).',
  })
  async complainantMatchedBy(
    @Root() clue: Clue,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PartyMatchedBy | null> {
    return (await mayKnowComplainant(ctx, clue)) ? (clue.complainantMatchedBy ?? null) : null;
  }

  @FieldResolver(() => [OrganisationRef], {
    description: 'Units the complainant’s name fits when it fits several (confidential).',
  })
  async complainantCandidates(
    @Root() clue: Clue,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrganisationRef[]> {
    if (clue.complainantId || !(await mayKnowComplainant(ctx, clue))) return [];
    return clue.complainantCandidateIds.map((id) => ({ id }));
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [AuditEntry], {
    description:
      'Every recorded step of this clue, oldest first: intake, links, steps (inspectors and the leading group).',
  })
  history(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<AuditEntry[]> {
    return recordHistory(ctx, Clue, clue);
  }

  @FieldResolver(() => Boolean, {
    description: 'Both parties are matched to registered units (verifyClue can register the debt).',
  })
  partiesLinked(@Root() clue: Clue): boolean {
    return !!clue.respondentId && !!clue.complainantId;
  }

  @FieldResolver(() => [ClueEvidence], {
    description: 'Evidence attached to the complaint (never shown to the unit complained about).',
  })
  async evidenceFiles(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<ClueEvidence[]> {
    if (isRespondentStaff(ctx, clue)) return [];
    return (await evidenceOfClue.load(ctx, clue.id)) ?? [];
  }

  @FieldResolver(() => [ClueInfoRequest], {
    description: 'Requests for information to the complainant, and its answers.',
  })
  async infoRequests(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<ClueInfoRequest[]> {
    if (isRespondentStaff(ctx, clue)) return [];
    return (await infoRequestsOfClue.load(ctx, clue.id)) ?? [];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '统一社会信用代码 of the complainant (confidential: see contactName).',
  })
  complainantCreditCode(@Root() clue: Clue): string | null {
    return clue.complainantCreditCode ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Size class the complainant declares (confidential: see contactName).',
  })
  complainantSizeClass(@Root() clue: Clue): string | null {
    return clue.complainantSizeClass ?? null;
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
    description: `The complainant’s name as written; “${CONFIDENTIAL_NAME().zh}” for viewers the confidentiality rule leaves out (see contactPhone).`,
  })
  async complainantName(@Root() clue: Clue, @Ctx() ctx: SubgraphContext): Promise<string> {
    return (await mayKnowComplainant(ctx, clue))
      ? clue.complainantName
      : CONFIDENTIAL_NAME().text();
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

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the complainant wrote with its rating (confidential: see contactName).',
  })
  complainantRatingNote(@Root() clue: Clue): string | null {
    return clue.complainantRatingNote ?? null;
  }
}
