// Disputes and court cases with their dates (arrear-period.entity.ts): opened by markDisputed and
// transferToJudicial, ended by verifyArrear (a settlement, a judgment) or a withdrawal. Each opening
// is a createEntity and each ending a changeEntity in the step's transaction, so both are audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  changeEntity,
  createEntity,
  todayInChina,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearPeriodKind } from './arrear.enums.js';
import type { Arrear } from './arrear.entity.js';
import { ArrearPeriod } from './arrear-period.entity.js';
import { arrearsMessages as msg } from '../messages.js';

/** The day a step took effect: the date given (not in the future, not before the contract), or today. */
export function stepDate(
  given: string | null | undefined,
  arrear: Pick<Arrear, 'contractSignedOn'>,
  field: string,
): string {
  const today = todayInChina();
  const day = given ?? today;
  if (day > today) throw new UserInputError(msg.dateInFuture(), field);
  if (day < arrear.contractSignedOn) throw new UserInputError(msg.dateBeforeContract(), field);
  return day;
}

export async function openPeriod(
  ctx: SubgraphContext,
  em: EntityManager,
  arrear: Arrear,
  kind: ArrearPeriodKind,
  startedOn: string,
  disputedAmount: string | null = null,
): Promise<ArrearPeriod> {
  return createEntity(
    ctx,
    ArrearPeriod,
    { arrear, kind, startedOn, disputedAmount, recordedBy: ctx.viewer.id },
    { em },
  );
}

/** Ends the debt's open periods of `kinds` on `endedOn` (never before a period started). */
export async function endPeriods(
  ctx: SubgraphContext,
  em: EntityManager,
  arrear: Arrear,
  kinds: readonly ArrearPeriodKind[],
  endedOn: string,
): Promise<void> {
  const open = await em.find(ArrearPeriod, {
    arrear: arrear.id,
    kind: { $in: [...kinds] },
    endedOn: null,
  });
  for (const period of open) {
    await changeEntity(
      ctx,
      ArrearPeriod,
      { id: period.id, action: 'END', label: msg.nounDisputeOrCourtPeriod(), em },
      (p) => {
        p.endedOn = endedOn > p.startedOn ? endedOn : p.startedOn;
        return p;
      },
    );
  }
}
