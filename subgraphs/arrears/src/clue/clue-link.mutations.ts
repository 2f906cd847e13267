// linkClueParties: the intake office links a complaint's respondent or complainant, named by a
// name the registry did not know (or knew several units by), to a registered unit. Audited as
// LINK with the clue's before and after. A clue without a region yet takes the respondent's, with
// that region's intake office; a clue's region never moves once set (routing is fixed at intake).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  isUuid,
  Problems,
  unitDirectory,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { chainOfPath, settingsOfChain } from '../region-settings/region-layers.js';
import { Clue, CLUE_INTAKE } from './clue.entity.js';
import { ClueStatus, PartyMatchedBy } from './clue.enums.js';
import { NotByRespondent } from './clue-guards.js';
import { LinkCluePartiesInput } from './clue.inputs.js';
import { changeClue } from './clue-workflow.mutations.js';
import { arrearsMessages as msg } from '../messages.js';

const OPEN = new Set([ClueStatus.RECEIVED, ClueStatus.ACCEPTED, ClueStatus.ASSIGNED]);

@Resolver(() => Clue)
export class ClueLinkResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => Clue, {
    description:
      'Links the respondent and/or complainant a complaint names to registered units (before verification; audited).',
  })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_INTAKE })
  async linkClueParties(
    @Arg('input', () => LinkCluePartiesInput) input: LinkCluePartiesInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const p = new Problems();
    if (!input.respondentId && !input.complainantId) p.add('respondentId', msg.nameAUnitToLink());
    for (const field of ['respondentId', 'complainantId'] as const) {
      const id = input[field];
      if (id && !isUuid(id)) p.add(field, msg.notAUnitId({ id }));
    }
    p.throwIfAny('input');
    const ids = [input.respondentId, input.complainantId].filter((id): id is string => !!id);
    const units = await unitDirectory().get(ids);
    for (const field of ['respondentId', 'complainantId'] as const) {
      const id = input[field];
      if (id && !units.has(id)) p.add(field, msg.noSuchUnitId({ id }));
    }
    p.throwIfAny('input');
    return changeClue(ctx, input, 'LINK', null, async (clue, em) => {
      if (!OPEN.has(clue.status))
        new Problems()
          .add(
            'clueId',
            msg.linkAfterVerification({ verified: clue.status === ClueStatus.VERIFIED }),
          )
          .throwIfAny('input');
      if (input.respondentId) {
        if (input.respondentId === clue.handlingUnitId)
          new Problems().add('respondentId', msg.handlerIsRespondent()).throwIfAny('input');
        clue.respondentId = input.respondentId;
        clue.respondentMatchedBy = PartyMatchedBy.LINKED;
        clue.respondentCandidateIds = [];
        clue.respondentCreditCode ??= units.get(input.respondentId)!.creditCode;
        if (!clue.regionCode) {
          const chain = chainOfPath(units.get(input.respondentId)!.regionPath);
          clue.regionCode = chain.regionCode;
          clue.intakeOfficeId ??= (await settingsOfChain(em, chain)).intakeOfficeId;
        }
      }
      if (input.complainantId) {
        clue.complainantId = input.complainantId;
        clue.complainantMatchedBy = PartyMatchedBy.LINKED;
        clue.complainantCandidateIds = [];
        clue.complainantCreditCode ??= units.get(input.complainantId)!.creditCode;
      }
    });
  }
}
