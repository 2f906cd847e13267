// Putting a unit on the dishonest-entity list and taking it off (信用修复). Each mutation declares
// what it writes: a unit or a penalty outside the viewer's reach is refused before anything below.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  assertMove,
  changeEntity,
  createEntity,
  Creates,
  DateScalar,
  Problems,
  Writes,
  type SubgraphContext,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { checkKnownUnit } from '../input-checks.js';
import { Penalty } from './penalty.entity.js';
import { PENALTY_TRANSITIONS, PenaltyStatus } from './penalty.enums.js';
import { ListDishonestInput } from './penalty.inputs.js';
import { checkDelisting, checkListing, removalDateProblems } from './penalty.validation.js';
import { supervisionMessages as msg } from '../messages.js';

@Resolver(() => Penalty)
export class PenaltyMutations {
  @Authorized('INSPECTOR')
  @Creates(Penalty, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId' })
  @Mutation(() => Penalty, { description: 'Puts a unit on the dishonest-entity list.' })
  async listDishonest(
    @Arg('input', () => ListDishonestInput) input: ListDishonestInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Penalty> {
    requireNamedUnits(input, { unitId: 'unit' });
    const { problems, value } = checkListing(input);
    const p = new Problems().merge(problems);
    const unit = await checkKnownUnit(p, input.unitId, 'unitId');
    if (unit && (await ctx.em.count(Penalty, { unitId: unit.id, status: PenaltyStatus.LISTED })))
      p.add('unitId', msg.alreadyListed(unit));
    p.throwIfAny('input');
    return createEntity(ctx, Penalty, {
      unitId: input.unitId,
      reason: value.reason,
      measures: [...value.measures],
      listedOn: value.listedOn,
      status: PenaltyStatus.LISTED,
    });
  }

  @Authorized('INSPECTOR')
  @Writes(Penalty, 'penaltyId')
  @Mutation(() => Penalty, {
    description: 'Takes a unit off the list (信用修复), with the reason.',
  })
  delist(
    @Arg('penaltyId', () => ID) penaltyId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('removedOn', () => DateScalar) removedOn: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Penalty> {
    const { problems, value } = checkDelisting({ removedOn, reason });
    // Top-level arguments: the problems are named "reason", "removedOn".
    new Problems().merge(problems).throwIfAny('');
    return changeEntity(
      ctx,
      Penalty,
      {
        id: penaltyId,
        expectedVersion,
        action: 'DELIST',
        reason: value.reason,
        field: 'penaltyId',
        label: msg.penalty(),
      },
      (penalty) => {
        assertMove(
          PENALTY_TRANSITIONS,
          penalty.status,
          PenaltyStatus.REMOVED,
          msg.removeFromList().text(),
          msg.penalty().text(),
        );
        new Problems().merge(removalDateProblems(value.removedOn, penalty.listedOn)).throwIfAny('');
        penalty.status = PenaltyStatus.REMOVED;
        penalty.removedOn = value.removedOn;
        penalty.removalReason = value.reason;
        return penalty;
      },
    );
  }
}
