// Who may call what. Resolvers declare it with type-graphql's @Authorized(...roles); this checker
// reads the viewer the gateway signed. Row-level jurisdiction (which units a viewer sees) is the
// job of the query scoping helpers, not of this checker.
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '@arrears-hub/protocol';
import type { SubgraphContext } from './context.js';
import { kitMessages as msg } from './messages.js';
import { isAnonymous, type Role } from '@arrears-hub/protocol';

/**
 * `@Authorized()` = any signed-in viewer; `@Authorized('ADMIN', 'BUREAU')` = one of these roles.
 * ADMIN passes every role check.
 */
export const hubAuthChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (isAnonymous(viewer)) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  if (viewer.roles.includes('ADMIN')) return true;
  if (roles.some((role) => viewer.roles.includes(role as Role))) return true;
  throw new ForbiddenError(msg.roleRequired({ needed: roles, held: viewer.roles }));
};

export function hasRole(ctx: SubgraphContext, ...roles: Role[]): boolean {
  return ctx.viewer.roles.includes('ADMIN') || roles.some((r) => ctx.viewer.roles.includes(r));
}
