// The options of @Trigger for a rollup's statement-level trigger: the entities declare the triggers
// their migrations create, so that the schema diff keeps them (the functions they call are written
// in the migrations). One builder, so that the declaration reads as what it is.
type Event = 'insert' | 'update' | 'delete';

const TRANSITION_TABLES: Record<Event, string> = {
  insert: 'referencing new table as new_rows',
  update: 'referencing old table as old_rows new table as new_rows',
  delete: 'referencing old table as old_rows',
};

export function rollupTrigger(table: string, name: string, event: Event, fn: string) {
  return {
    name,
    timing: 'after' as const,
    events: [event],
    forEach: 'statement' as const,
    expression: `create trigger ${name} after ${event} on ${table} ${TRANSITION_TABLES[event]} for each statement execute function ${fn}()`,
  };
}
