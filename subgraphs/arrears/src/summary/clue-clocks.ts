// 线索时限: the running clues about the scope's units by where their clock stands today: on time,
// due within a few days, or past due. The same clocks as `Clue.clock` (review until transferred,
// handling until answered), counted in SQL from the stored due dates so a dashboard does not have
// to page through every clue.
import { Field, Int, ObjectType } from 'type-graphql';
import { defineLoader, todayInChina, UserInputError } from '@arrears-hub/subgraph-kit';
import { ClueStatus } from '../clue/clue.enums.js';
import { clueCounts } from './clue-figures.js';
import { scopeKey, type SummaryScope } from './scope.js';
import { arrearsMessages as msg } from '../messages.js';

@ObjectType('ClueClockCounts', {
  description: 'Running clues by the state of their clock today (China time).',
})
export class ClueClockCounts {
  @Field(() => Int, { description: 'More than dueSoonDays left.' })
  onTime!: number;

  @Field(() => Int, { description: 'Due today or within dueSoonDays.' })
  dueSoon!: number;

  @Field(() => Int, { description: 'Past the deadline.' })
  overdue!: number;
}

export function checkDueSoonDays(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > 90)
    throw new UserInputError(msg.dueSoonDaysRange(), 'dueSoonDays');
  return days;
}

interface Key {
  scope: SummaryScope;
  dueSoonDays: number;
}

const keyOf = (k: Key) => `${scopeKey(k.scope)}@${k.dueSoonDays}`;

/** The running clock's due date, as in clue/clue-clock.ts: review while received, transfer once accepted, handling once transferred. */
const DUE_ON = `case when c.status = '${ClueStatus.RECEIVED}' then c.review_due_on
  when c.status = '${ClueStatus.ACCEPTED}' then coalesce(c.transfer_due_on, c.review_due_on)
  when c.status in ('${ClueStatus.ASSIGNED}', '${ClueStatus.VERIFIED}') then c.handling_due_on end`;

export const clueClocksOf = defineLoader<Key, ClueClockCounts>(
  async (keys, ctx) => {
    const today = todayInChina();
    const result = new Map<string, ClueClockCounts>();
    for (const days of new Set(keys.map((k) => k.dueSoonDays))) {
      const scopes = keys.filter((k) => k.dueSoonDays === days).map((k) => k.scope);
      // Days left on the running clock; null for a clue whose clock has stopped (not counted).
      const left = `(${DUE_ON}) - ?::date`;
      const counts = await clueCounts(
        ctx,
        scopes,
        {
          onTime: `count(*) filter (where ${left} > ?)`,
          dueSoon: `count(*) filter (where ${left} between 0 and ?)`,
          overdue: `count(*) filter (where ${left} < 0)`,
        },
        [today, days, today, days, today],
      );
      for (const scope of scopes)
        result.set(
          keyOf({ scope, dueSoonDays: days }),
          counts.get(scopeKey(scope)) ?? { onTime: 0, dueSoon: 0, overdue: 0 },
        );
    }
    return keys.map((k) => result.get(keyOf(k))!);
  },
  { cacheKey: keyOf },
);
