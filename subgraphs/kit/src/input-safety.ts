// Every argument of every field, checked before any resolver sees it: a text that PostgreSQL
// cannot store (NUL, a lone surrogate) is refused with BAD_USER_INPUT naming the argument, instead
// of reaching the database as "invalid byte sequence" and coming back as "Unexpected error.".
// One global middleware, so no resolver can forget it.
import type { MiddlewareFn } from 'type-graphql';
import { isStorableText, UserInputError } from '@arrears-hub/protocol';
import { kitMessages as msg } from './messages.js';

/** The path of the first unstorable string inside `value`, or null. */
export function unstorablePath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorablePath(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = unstorablePath(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

export const inputSafetyMiddleware: MiddlewareFn = ({ args }, next) => {
  for (const [name, value] of Object.entries(args ?? {})) {
    const path = unstorablePath(value, name);
    if (path) {
      throw new UserInputError(msg.unstorableText(), path);
    }
  }
  return next();
};
