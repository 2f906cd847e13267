// The statutory terms of 《保障中小企业款项支付条例》 as pure functions: regime, due date,
// overdue days and ageing, late interest, banned terms. No database, no GraphQL.
export * from './ageing.js';
export * from './due-date.js';
export * from './interest.js';
export * from './regime.js';
export * from './violations.js';
