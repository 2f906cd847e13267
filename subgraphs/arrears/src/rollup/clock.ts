// The rollup's age buckets are for one date, the clock's (ledger_rollup_clock). A read that finds
// the clock behind today (the first read of a new day, China time) moves it: ledger_rollup_advance
// re-ages only the lines whose bucket changed between the two dates, under the clock's row lock, so
// concurrent readers and writers see either the old day's buckets or the new day's, never a mix.
// It runs outside the request's transaction (a fork), since it writes.
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';

export async function advanceRollupClock(ctx: SubgraphContext, today: string): Promise<void> {
  await ctx.em.fork().execute('select ledger_rollup_advance(?::date)', [today]);
}
