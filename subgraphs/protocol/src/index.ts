// @arrears-hub/protocol: what the gateway and the subgraphs agree on, with no ORM and no schema
// builder, so the gateway (and the pure rules/ folders, through the subpath exports such as
// `@arrears-hub/protocol/money`) can use it without loading either.
export * from './calendar-date.js';
export * from './date-time.js';
export * from './enum-labels.js';
export * from './clock.js';
export * from './credit-code.js';
export * from './csv.js';
export * from './database.js';
export * from './errors.js';
export * from './half-year.js';
export * from './http.js';
export * from './ids.js';
export * from './localized-messages.js';
export * from './logging.js';
export * from './messages.js';
export * from './metrics.js';
export * from './money.js';
export * from './page-size.js';
export * from './problems.js';
export * from './signals.js';
export * from './state-machine.js';
export * from './telemetry.js';
export * from './text.js';
export * from './unit-kinds.js';
export * from './viewer-header.js';
