// The respondent never acts on a complaint against itself (2025 art. 25; docs/access-model.md).
// Its staff hold no writer relation of a clue through the respondent relation, but they may hold
// another one (the unit complained about may be the intake office, or supervise it): this check,
// stacked under each step's @Writes, refuses a step by the respondent's own staff whatever else
// they hold, before any validation, as the write check does. ADMIN is not refused.
import { createMethodMiddlewareDecorator } from 'type-graphql';
import { ForbiddenError, isUuid, unscoped, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Clue } from './clue.entity.js';
import { arrearsMessages as msg } from '../messages.js';

export const RESPONDENT_MAY_NOT_ACT = msg.respondentMayNotAct;

/** Whether the viewer works for the unit the clue is about. */
export function isRespondentStaff(
  ctx: Pick<SubgraphContext, 'viewer'>,
  clue: Pick<Clue, 'respondentId'>,
): boolean {
  const own = ctx.viewer.organisationId;
  return !!own && own === clue.respondentId && !ctx.viewer.roles.includes('ADMIN');
}

/** Refuses the step when the viewer is the respondent's own staff (the clue at `input.clueId`). */
export function NotByRespondent(): MethodDecorator {
  return createMethodMiddlewareDecorator<SubgraphContext>(async ({ args, context }, next) => {
    const id = (args.input as { clueId?: unknown } | undefined)?.clueId;
    if (typeof id === 'string' && isUuid(id) && context.viewer.organisationId) {
      const clue = await context.em
        .fork()
        .findOne(Clue, { id }, unscoped('the respondent check reads the clue it judges'));
      if (clue && isRespondentStaff(context, clue))
        throw new ForbiddenError(RESPONDENT_MAY_NOT_ACT(), { reason: 'RESPONDENT' });
    }
    return next();
  });
}
