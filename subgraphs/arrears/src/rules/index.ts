// The statutory terms of 《保障中小企业款项支付条例》 and the hub's clocks as pure functions:
// regime, due date, overdue days and ageing, late interest, banned terms, the undisputed part,
// working days, complaint clocks, reporting periods. No database, no GraphQL, no settings
// (docs/domain/regulation.md, docs/domain/complaints.md).
export * from './ageing.js';
export * from './clue-clock.js';
export * from './due-date.js';
export * from './interest.js';
export * from './regime.js';
export * from './region-settings.js';
export * from './reporting-period.js';
export * from './undisputed.js';
export * from './violations.js';
export * from './working-days.js';
export * from './contract-terms.js';
export * from './scheduled-alerts.js';
export * from './reporting-status.js';
export * from './new-arrears.js';
export * from './clue-closure.js';
export * from './zeroing-rate.js';
export * from './clue-outcome.js';
export * from './receivable-confirmation.js';
export * from './sheet-cells.js';
