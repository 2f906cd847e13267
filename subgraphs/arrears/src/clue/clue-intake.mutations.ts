// Filing a clue or complaint (登记) from any channel: the review clock (the region's review days,
// at most 10 working days, on the region's calendar; a year the calendar lacks is an error naming
// it) starts, and an earlier open clue about the same debt is flagged as its
// original. Whoever files it is its filer (the ownership declaration's `filer`).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addDays,
  createEntity,
  CreatesOpen,
  Problems,
  type SubgraphContext,
  unitDirectory,
  unscoped,
} from '@arrears-hub/subgraph-kit';
import {
  calendarFor,
  loadLayers,
  requireDay,
  settingsFor,
} from '../region-settings/region-layers.js';
import { addWorkingDaysOn } from '../rules/working-days.js';
import { clueChain } from './clue-region.js';
import { Clue } from './clue.entity.js';
import { ClueStatus } from './clue.enums.js';
import { FileClueInput } from './clue.inputs.js';
import { filingProblems, type CleanFiling, type ClueFiling } from './clue.validation.js';

const INTAKE = ['BUREAU', 'LEADING_GROUP', 'INSPECTOR', 'ENTERPRISE'] as const;

@Resolver(() => Clue)
export class ClueIntakeResolver {
  @Authorized(...INTAKE)
  @Mutation(() => Clue, {
    description:
      'Registers a clue or complaint from any channel; the review clock (the region’s, at most 10 working days) starts.',
  })
  // Anyone allowed to file may file about any unit: the new clue's `filer` is the viewer, which
  // createEntity checks; no relation of the input decides who may file.
  @CreatesOpen(Clue, 'whoever may file may complain about any unit; the filer is the viewer')
  async fileClue(
    @Arg('input', () => FileClueInput) input: FileClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const roles = ctx.viewer.roles;
    const onlyEnterprise = roles.length === 1 && roles[0] === 'ENTERPRISE';
    const { problems, clean } = filingProblems(
      input,
      onlyEnterprise ? (ctx.viewer.organisationId ?? '') : null,
    );
    const all = new Problems().merge(problems);
    // The units named by id must be registered (an id already at fault needs no second word).
    const named = (['complainantId', 'respondentId'] as const).filter(
      (field) => input[field] && !all.has(field),
    );
    if (named.length) {
      const known = await unitDirectory().get(named.map((field) => input[field]!));
      for (const field of named)
        if (!known.has(input[field]!))
          all.add(field, `没有编号为“${input[field]}”的单位（there is no such unit）。`);
    }
    all.throwIfAny('input');
    return createEntity(ctx, Clue, await clueData(ctx, input, clean));
  }
}

async function clueData(ctx: SubgraphContext, input: FileClueInput, clean: CleanFiling) {
  const chain = await clueChain(ctx, input.respondentId);
  const layers = await loadLayers(ctx.em, [chain], {
    days: { from: addDays(input.receivedOn, 1), to: addDays(input.receivedOn, 90) },
  });
  const review = requireDay(
    addWorkingDaysOn(
      input.receivedOn,
      settingsFor(layers, chain).reviewWorkingDays,
      calendarFor(layers, chain),
    ),
    chain,
    'input.receivedOn',
  );
  const duplicate = clean.contractNo ? await findOpenDuplicate(ctx.em, input, clean) : null;
  return {
    channel: input.channel,
    externalRef: clean.externalRef,
    receivedOn: input.receivedOn,
    complainantId: input.complainantId ?? null,
    complainantName: clean.complainantName,
    complainantCreditCode: input.complainantCreditCode ?? null,
    complainantSizeClass: input.complainantSizeClass ?? null,
    contactName: clean.contactName,
    contactPhone: clean.contactPhone,
    contactAddress: clean.contactAddress,
    respondentId: input.respondentId ?? null,
    respondentName: clean.respondentName,
    respondentCreditCode: input.respondentCreditCode ?? null,
    amountClaimed: input.amountClaimed,
    contractNo: clean.contractNo,
    facts: clean.facts,
    request: clean.request,
    evidence: clean.evidence,
    notInOtherProceedings: input.notInOtherProceedings,
    status: ClueStatus.RECEIVED,
    reviewDueOn: review.day,
    duplicateOfId: duplicate?.id ?? null,
    registeredBy: ctx.viewer.id,
  };
}

/** The same creditor, debtor and contract in a clue that is still open (not rejected or closed),
 * whoever filed it: duplicates are found across the hub, not within the filer's view. */
async function findOpenDuplicate(
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
