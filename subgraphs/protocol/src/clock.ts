// The hub's one clock. Everything that asks "what time is it" or "what day is it in China" for a
// business rule (deadlines, overdue, reminders, the scheduled jobs) goes through `now()`, so a
// test can move the whole process in time: a subgraph outside production answers
// POST /debug/clock (docs/jobs-and-notices.md). The clock keeps running from the moment it was set
// (an offset from the real clock, not a frozen instant), so timestamps still order.
// Database defaults (`now()` in SQL) and the job queue's own timers stay on the real clock.

let offsetMs = 0;

/** The current instant by the hub's clock (the real one unless a test moved it). */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Moves this process's clock so that it reads `at` now (and runs on from there); `null` puts
 * it back on the real clock. Only the debug route and tests call it. */
export function setClock(at: Date | null): void {
  offsetMs = at ? at.getTime() - Date.now() : 0;
}

/** How far the clock is from the real one, in milliseconds (0 while it has not been moved). */
export function clockOffsetMs(): number {
  return offsetMs;
}
