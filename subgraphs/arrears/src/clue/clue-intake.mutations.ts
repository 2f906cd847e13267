// Filing a clue or complaint (登记) from any channel. The parties are matched against the registry
// (clue-parties.ts); the clue is given its region (the respondent's, else the one given, else the
// filing viewer's) and that region's intake office (region settings), which, with the region's
// leading group, sees and acts on it from now on. The review clock (the region's review days, at
// most 10 working days, on the region's calendar; a year the calendar lacks is an error naming
// it) starts, and an earlier open clue about the same debt is flagged as its original. An
// enterprise files only in its own name, through self-service: the hub sets the channel and the
// day received. A petition (信访) is told to the region's petition and stability group.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addDays,
  createEntity,
  CreatesOpen,
  inTransaction,
  Problems,
  todayInChina,
  type SubgraphContext,
  unscoped,
} from '@arrears-hub/subgraph-kit';
import {
  calendarFor,
  chainOfRegion,
  loadLayers,
  requireDay,
  settingsFor,
  type Layers,
  type RegionChain,
} from '../region-settings/region-layers.js';
import { addWorkingDaysOn } from '../rules/working-days.js';
import { resolveParties, type ResolvedParty } from './clue-parties.js';
import { petitionNotice } from './clue-notices.js';
import { intakeChain } from './clue-region.js';
import { Clue } from './clue.entity.js';
import { ClueChannel, ClueStatus } from './clue.enums.js';
import { FileClueInput } from './clue.inputs.js';
import { filingProblems, type CleanFiling, type ClueFiling } from './clue.validation.js';
import { arrearsMessages as msg } from '../messages.js';

const INTAKE = ['BUREAU', 'LEADING_GROUP', 'INSPECTOR', 'ENTERPRISE'] as const;

/** Whether the viewer files as an enterprise only (self-service, in its own name). */
export function filesAsEnterprise(ctx: SubgraphContext): boolean {
  const roles = ctx.viewer.roles;
  return roles.length === 1 && roles[0] === 'ENTERPRISE';
}

@Resolver(() => Clue)
export class ClueIntakeResolver {
  @Authorized(...INTAKE)
  @Mutation(() => Clue, {
    description:
      'Registers a clue or complaint from any channel: the parties are matched to the registry, the clue goes to its region’s intake office, and the review clock (the region’s, at most 10 working days) starts. An enterprise files its own complaint (SELF_SERVICE, received today).',
  })
  // Anyone allowed to file may file about any unit: the new clue's `filer` is the viewer, which
  // createEntity checks; no relation of the input decides who may file.
  @CreatesOpen(Clue, 'whoever may file may complain about any unit; the filer is the viewer')
  async fileClue(
    @Arg('input', () => FileClueInput) input: FileClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const enterprise = filesAsEnterprise(ctx);
    const own = enterprise ? (ctx.viewer.organisationId ?? '') : null;
    const { problems, clean } = filingProblems(input, own);
    const all = new Problems().merge(problems);
    let given: RegionChain | null = null;
    if (input.regionCode && !all.has('regionCode')) {
      given = await chainOfRegion(input.regionCode);
      if (!given) all.add('regionCode', msg.noSuchRegion({ code: input.regionCode }));
    }
    all.throwIfAny('input');
    const complainantId = enterprise ? own : (input.complainantId ?? null);
    const lookIn = given?.regionCode ?? ctx.viewer.regionCode ?? null;
    const [respondent, complainant] = await resolveParties(
      [
        {
          id: input.respondentId,
          name: clean.respondentName,
          creditCode: input.respondentCreditCode,
        },
        {
          id: complainantId,
          name: clean.complainantName,
          creditCode: input.complainantCreditCode,
        },
      ],
      lookIn,
    );
    // The units named by id must be registered (an id already at fault needs no second word).
    if (input.respondentId && !respondent!.unitId)
      all.add('respondentId', msg.noSuchUnitId({ id: input.respondentId }));
    if (complainantId && !complainant!.unitId)
      all.add(
        enterprise ? 'complainantName' : 'complainantId',
        msg.noSuchUnitId({ id: complainantId }),
      );
    all.throwIfAny('input');
    const chain = await intakeChain(ctx, respondent!.unit?.regionPath ?? null, given);
    const data = await clueData(ctx, input, clean, chain, {
      respondent: respondent!,
      complainant: complainant!,
      enterprise,
    });
    return inTransaction(ctx, async (em) => {
      const clue = await createEntity(ctx, Clue, data, { em });
      if (clue.channel === ClueChannel.PETITION) await petitionNotice(em, clue);
      return clue;
    });
  }
}

export type FilingParties = {
  respondent: ResolvedParty;
  complainant: ResolvedParty;
  enterprise: boolean;
};

async function clueData(
  ctx: SubgraphContext,
  input: FileClueInput,
  clean: CleanFiling,
  chain: RegionChain,
  parties: FilingParties,
) {
  const receivedOn = parties.enterprise ? todayInChina() : input.receivedOn!;
  const layers = await loadLayers(ctx.em, [chain], { days: intakeWindow([receivedOn]) });
  const filing = {
    ...input,
    complainantId: parties.complainant.unitId,
    respondentId: parties.respondent.unitId,
  };
  const duplicate = clean.contractNo ? await findOpenDuplicate(ctx.em, filing, clean) : null;
  return clueRecord(ctx, input, clean, chain, layers, parties, {
    duplicateOfId: duplicate?.id ?? null,
    field: parties.enterprise ? 'input' : 'input.receivedOn',
  });
}

/** The calendar days the review clocks of clues received on `days` may need. */
export function intakeWindow(days: readonly string[]): { from: string; to: string } {
  const sorted = [...days].sort();
  return { from: addDays(sorted[0]!, 1), to: addDays(sorted.at(-1)!, 90) };
}

/**
 * The new clue's columns from a checked filing, its region chain (with the layers loaded for it)
 * and its resolved parties; the missing-year error names `field`.
 */
export function clueRecord(
  ctx: SubgraphContext,
  input: ClueFiling,
  clean: CleanFiling,
  chain: RegionChain,
  layers: Layers,
  parties: FilingParties,
  extra: { duplicateOfId: string | null; field: string },
) {
  const { respondent, complainant, enterprise } = parties;
  const receivedOn = enterprise ? todayInChina() : input.receivedOn!;
  const channel = enterprise ? ClueChannel.SELF_SERVICE : input.channel!;
  const settings = settingsFor(layers, chain);
  const review = requireDay(
    addWorkingDaysOn(receivedOn, settings.reviewWorkingDays, calendarFor(layers, chain)),
    chain,
    extra.field,
  );
  // An enterprise's own name and credit code are the registry's.
  const self = enterprise ? complainant.unit : null;
  return {
    channel,
    externalRef: clean.externalRef,
    receivedOn,
    regionCode: chain.regionCode,
    intakeOfficeId: settings.intakeOfficeId,
    filedByUnitId: enterprise ? null : (ctx.viewer.organisationId ?? null),
    complainantId: complainant.unitId,
    complainantName: self?.name ?? clean.complainantName,
    complainantCreditCode: self?.creditCode ?? input.complainantCreditCode ?? null,
    complainantSizeClass: input.complainantSizeClass ?? self?.sizeClass ?? null,
    complainantMatchedBy: complainant.matchedBy,
    complainantCandidateIds: complainant.candidateIds,
    contactName: clean.contactName,
    contactPhone: clean.contactPhone,
    contactAddress: clean.contactAddress,
    respondentId: respondent.unitId,
    respondentName: clean.respondentName,
    respondentCreditCode: input.respondentCreditCode ?? respondent.unit?.creditCode ?? null,
    respondentMatchedBy: respondent.matchedBy,
    respondentCandidateIds: respondent.candidateIds,
    amountClaimed: input.amountClaimed,
    contractNo: clean.contractNo,
    facts: clean.facts,
    request: clean.request,
    evidence: clean.evidence,
    notInOtherProceedings: input.notInOtherProceedings,
    status: ClueStatus.RECEIVED,
    reviewDueOn: review.day,
    duplicateOfId: extra.duplicateOfId,
    registeredBy: ctx.viewer.id,
  };
}

/** The same creditor, debtor and contract in a clue that is still open (not rejected or closed),
 * whoever filed it: duplicates are found across the hub, not within the filer's view. */
export async function findOpenDuplicate(
  em: EntityManager,
  input: ClueFiling,
  clean: CleanFiling,
): Promise<Clue | null> {
  const complainant = input.complainantId
    ? { complainantId: input.complainantId }
    : input.complainantCreditCode
      ? { complainantCreditCode: input.complainantCreditCode }
      : { complainantName: clean.complainantName };
  const respondent = input.respondentId
    ? { respondentId: input.respondentId }
    : input.respondentCreditCode
      ? { respondentCreditCode: input.respondentCreditCode }
      : { respondentName: clean.respondentName };
  return em.findOne(
    Clue,
    {
      contractNo: clean.contractNo,
      status: { $nin: [ClueStatus.REJECTED, ClueStatus.CLOSED] },
      ...complainant,
      ...respondent,
    },
    { orderBy: { receivedOn: 'asc' }, ...unscoped('duplicate detection looks at every open clue') },
  );
}
