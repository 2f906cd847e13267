// Runs a mutation in one transaction and turns database refusals into coded errors, so a clerk
// reads "already registered" instead of "Unexpected error.", and nothing half-written remains.
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, type Message } from '@arrears-hub/protocol';
import type { SubgraphContext } from './context.js';
import { kitMessages as msg } from './messages.js';

export interface ConflictMessages {
  /** Message for a unique constraint violation, keyed by constraint name; `default` otherwise. */
  unique?: Record<string, Message> & { default?: Message };
}

export async function inTransaction<T>(
  ctx: SubgraphContext,
  work: (em: EntityManager) => Promise<T>,
  messages: ConflictMessages = {},
): Promise<T> {
  try {
    return await ctx.em.transactional((em) => work(em as EntityManager));
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const constraint = (error as { constraint?: string }).constraint ?? '';
      const message =
        messages.unique?.[constraint] ?? messages.unique?.default ?? msg.alreadyExists();
      throw new ConflictError(message, constraint ? { constraint } : {});
    }
    if (error instanceof OptimisticLockError) {
      throw new ConflictError(msg.changedMeanwhile());
    }
    throw error;
  }
}
