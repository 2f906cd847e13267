// Validation returns problems instead of throwing at the first one: a clerk fixing a form (or a
// spreadsheet row) sees every broken rule at once. Domain code names its own fields
// ("contractNo"); the GraphQL layer prefixes them with the argument ("input.contractNo") and the
// spreadsheet import maps them to its columns.
import { UserInputError } from './errors.js';
import { Message } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';

export interface Problem {
  /** The domain field at fault, e.g. "contractNo" or "instalments.2.amount". */
  field: string;
  /** What is wrong and what to do, in words a clerk can act on, in the request's language. */
  message: string;
  /** The catalogue id of the message (the same in every language). */
  messageId: string;
}

/** Collects problems; `check` keeps going so that every rule is tried. */
export class Problems {
  readonly list: Problem[] = [];

  add(field: string, message: Message): this {
    this.list.push({ field, message: message.text(), messageId: message.id });
    return this;
  }

  /** Adds a problem found elsewhere as it is (its message already rendered), under `field`. */
  addFound(problem: Problem, field = problem.field): this {
    this.list.push({ ...problem, field });
    return this;
  }

  /** Records a problem unless `ok`; returns `ok` so dependent checks can be skipped. */
  check(ok: boolean, field: string, message: Message): boolean {
    if (!ok) this.add(field, message);
    return ok;
  }

  /** Adds problems found elsewhere, their fields under `prefix` ("terms" + "agreedDays"). */
  merge(problems: readonly Problem[], prefix?: string): this {
    for (const p of problems)
      this.list.push({ ...p, field: prefix ? `${prefix}.${p.field}` : p.field });
    return this;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  has(field: string): boolean {
    return this.list.some((p) => p.field === field || p.field.startsWith(`${field}.`));
  }

  /** Throws one BAD_USER_INPUT carrying every problem; nothing when there is none. */
  throwIfAny(argument = 'input'): void {
    if (!this.empty) throw problemsError(this.list, argument);
  }
}

/** The GraphQL path of a domain field under an argument: "input" + "contractNo". */
export function inputPath(argument: string, field: string): string {
  return argument ? `${argument}.${field}` : field;
}

/**
 * One BAD_USER_INPUT for a list of problems: `extensions.problems` holds them all (fields as
 * GraphQL paths), `extensions.field` and the message are the first one's.
 */
export function problemsError(problems: readonly Problem[], argument = 'input'): UserInputError {
  if (!problems.length) throw new Error('problemsError needs at least one problem');
  const shown = problems.map((p) => ({ ...p, field: inputPath(argument, p.field) }));
  const first = shown[0]!;
  const message =
    shown.length === 1
      ? first.message
      : msg.moreProblems({ first: first.message, more: shown.length - 1 }).text();
  return new UserInputError(Message.rendered(first.messageId, message), first.field, {
    problems: shown,
  });
}
