export * from './declare.js';
export * from './describe.js';
export * from './field-rules.js';
export * from './filter.js';
export * from './guards.js';
export * from './scope.js';
